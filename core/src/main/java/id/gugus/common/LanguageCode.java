package id.gugus.common;

import com.google.common.collect.ImmutableMap;
import id.gugus.error.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An ISO 639-2 language code such as {@code ind} (Indonesian), {@code msa} (Malay) or {@code khm}
 * (Khmer): the code set HTCDS 2.0 names for {@code prs_PrimaryLanguage} and
 * {@code prs_SecondaryLanguage}. The value is always the terminology code (ISO 639-2/T), lower
 * case; {@link #of} also takes the bibliographic code ({@code may}) and the two-letter ISO 639-1
 * code ({@code id}, {@code ms}), which HTCDS allows, and gives the same value for all three. The
 * withdrawn ISO 639-1 codes {@code in}, {@code iw} and {@code ji}, which Java wrote before JDK 17,
 * read as {@code ind}, {@code heb} and {@code yid}, and {@code mo} (Moldavian, merged in 2008) as
 * {@code ron}.
 *
 * <p>ISO 639-2 rather than the JDK's list: the JDK knows only the languages with a two-letter
 * code, and many languages of Indonesia's victims have none (Land Dayak {@code day}, Madurese
 * {@code mad}, Buginese {@code bug}, Balinese {@code ban}). The codes ship as
 * {@code iso-639-2.txt} beside this class.
 *
 * @param value the ISO 639-2/T code, three lower-case letters
 */
public record LanguageCode(String value) {
    private static final String LIST = "iso-639-2.txt";
    /** Every accepted spelling (T, B and ISO 639-1 code) to its terminology code. */
    private static final ImmutableMap<String, String> CODES = load();

    /** Indonesian, {@code ind}: the language of Indonesian proceedings (UU 8/1981 Art. 177 provides an interpreter otherwise). */
    public static final LanguageCode INDONESIAN = new LanguageCode("ind");

    public LanguageCode {
        Objects.requireNonNull(value, "value");
        if (!value.equals(CODES.get(value))) {
            throw ValidationException.invalidValue(CommonRule.LANGUAGE_CODE, "language", Texts.echo(value));
        }
    }

    /**
     * The language of an ISO 639-2/T, ISO 639-2/B or ISO 639-1 code, exactly as written (lower case).
     *
     * @throws ValidationException LANGUAGE-CODE if the text is none of them
     */
    public static LanguageCode of(String code) {
        Objects.requireNonNull(code, "code");
        String terminology = CODES.get(code);
        return new LanguageCode(terminology == null ? code : terminology);
    }

    /** Whether this is Indonesian. */
    public boolean isIndonesian() {
        return equals(INDONESIAN);
    }

    @Override
    public String toString() {
        return value;
    }

    private static ImmutableMap<String, String> load() {
        ImmutableMap.Builder<String, String> codes = ImmutableMap.builder();
        try (InputStream in = Objects.requireNonNull(LanguageCode.class.getResourceAsStream(LIST), LIST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split(" ");
                codes.put(columns[0], columns[0]);
                for (int i = 1; i < columns.length; i++) {
                    if (!columns[i].equals("-")) {
                        codes.put(columns[i], columns[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // ISO 639-1 withdrew in, iw and ji in 1989 (now id, he, yi), but Java wrote them for
        // Locale("id") until JDK 17, so records made by Java programs may still carry them.
        // Moldavian (mo, mol) was merged into Romanian in 2008; the JDK still lists mo.
        codes.put("in", "ind").put("iw", "heb").put("ji", "yid").put("mo", "ron");
        return codes.buildOrThrow();
    }
}
