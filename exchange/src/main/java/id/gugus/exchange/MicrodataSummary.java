package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What {@link CtdcMicrodata} did to make a file anonymous: the level each quasi-identifier was
 * generalised to, how many victims were suppressed (written with empty quasi-identifiers) or
 * withheld (left out, when fewer than k were suppressed, since they would form a class of their
 * own smaller than k), and the equivalence classes of the file. {@link #describe} says it in
 * Indonesian or English. Counts only: nothing of any victim.
 *
 * @param k the smallest class size asked for
 * @param victims the victims read
 * @param rows the rows written (victims less those withheld)
 * @param suppressedRecords rows written with every quasi-identifier empty
 * @param withheldRecords victims left out of the file
 * @param classes the equivalence classes of the rows written (same text in every quasi-identifier)
 * @param smallestClass the rows in the smallest of them; 0 for a file of no rows
 * @param attributes per quasi-identifier, in {@link QuasiIdentifier} order
 */
public record MicrodataSummary(int k, long victims, long rows, long suppressedRecords, long withheldRecords, long classes,
        long smallestClass, ImmutableList<Attribute> attributes) {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Copies the list. */
    public MicrodataSummary {
        attributes = ImmutableList.copyOf(attributes);
    }

    /**
     * One quasi-identifier in the file.
     *
     * @param attribute the quasi-identifier
     * @param level the generalisation level used for the whole file (0 = as recorded; {@link QuasiIdentifier#top()} = left out)
     * @param distinctValues the different texts of it in the file, the empty text included
     * @param suppressedValues the rows whose value of it was suppressed (empty although its level keeps a text)
     */
    public record Attribute(QuasiIdentifier attribute, int level, int distinctValues, long suppressedValues) {
        /** Checks the attribute is given. */
        public Attribute {
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /** The attribute line of {@code q}. */
    public Attribute attribute(QuasiIdentifier q) {
        return attributes.stream().filter(a -> a.attribute() == q).findFirst().orElseThrow();
    }

    /**
     * The summary as lines of text in {@code locale}'s language: Indonesian for {@code id},
     * English otherwise.
     */
    public String describe(Locale locale) {
        Locale language = locale.getLanguage().equals("id") ? Locale.forLanguageTag("id") : Locale.ENGLISH;
        ResourceBundle terms = ResourceBundle.getBundle("id.gugus.exchange.MicrodataTerms", language,
                MicrodataSummary.class.getClassLoader(), NO_FALLBACK);
        StringBuilder b = new StringBuilder();
        b.append(format(terms, language, "summary", k, victims, rows, classes, smallestClass)).append('\n');
        b.append(format(terms, language, "suppressed", suppressedRecords, withheldRecords)).append('\n');
        for (Attribute a : attributes) {
            QuasiIdentifier q = a.attribute();
            String levelName = terms.getString("level." + q.name() + "." + Math.min(a.level(), q.top()));
            b.append(format(terms, language, "attribute", q.header(), a.level(), levelName, a.distinctValues(),
                    a.suppressedValues())).append('\n');
        }
        return b.toString();
    }

    private static String format(ResourceBundle terms, Locale language, String key, Object... args) {
        return new MessageFormat(terms.getString(key), language).format(args);
    }
}
