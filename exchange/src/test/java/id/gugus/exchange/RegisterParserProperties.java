package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.Act;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Means;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.Sex;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.common.Rupiah;
import id.gugus.error.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.poi.ss.usermodel.DateUtil;

/** The register's parsers: Indonesian dates, NIK as text, rupiah with thousand separators, labels. */
class RegisterParserProperties {
    static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};
    static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"};

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1900, 3, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    static String ruleOf(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.violations().get(0).ruleId();
        }
        return "none";
    }

    @Property
    void everyIndonesianWritingOfADateReadsAsThatDate(@ForAll("dates") LocalDate d) {
        int day = d.getDayOfMonth();
        int month = d.getMonthValue();
        int year = d.getYear();
        List<String> written = List.of(
                String.format("%02d-%02d-%04d", day, month, year),
                String.format("%d/%d/%04d", day, month, year),
                String.format("%02d.%02d.%04d", day, month, year),
                day + " " + MONTHS[month - 1] + " " + year,
                day + " " + MONTHS[month - 1].toUpperCase(Locale.ROOT) + " " + year,
                day + " " + SHORT[month - 1] + " " + year,
                d.toString());
        for (String text : written) {
            assertThat(IndonesianDates.parse(text, "tanggal_laporan")).as(text).isEqualTo(d);
        }
    }

    @Property
    void anExcelDayNumberReadsAsItsDate(@ForAll("dates") LocalDate d) {
        double serial = DateUtil.getExcelDate(d);
        assertThat(IndonesianDates.of(new RegisterCell("", serial, null), "tanggal_lahir")).isEqualTo(d);
        assertThat(IndonesianDates.of(new RegisterCell("", null, d), "tanggal_lahir")).isEqualTo(d);
    }

    @Property
    void aDayThatIsNoCalendarDayIsRefusedAsNotARealDate(@ForAll @IntRange(min = 1900, max = 2099) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 29, max = 99) int day) {
        boolean real = day <= LocalDate.of(year, month, 1).lengthOfMonth();
        String text = String.format("%02d-%02d-%04d", day, month, year);
        if (real) {
            assertThat(IndonesianDates.parse(text, "c")).isEqualTo(LocalDate.of(year, month, day));
        } else {
            assertThatThrownBy(() -> IndonesianDates.parse(text, "c")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("[REGISTER-DATE]").hasMessageContaining("Not a real calendar date");
        }
    }

    @Property
    void aTwoDigitYearOrAnyOtherTextIsRefusedNotGuessed(@ForAll("dates") LocalDate d, @ForAll @StringLength(max = 12) String noise) {
        String twoDigits = String.format("%02d-%02d-%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
        assertThat(ruleOf(() -> IndonesianDates.parse(twoDigits, "c"))).isEqualTo("REGISTER-DATE");
        if (!noise.strip().matches(".*\\d.*")) {
            assertThat(ruleOf(() -> IndonesianDates.parse(noise, "c"))).isEqualTo("REGISTER-DATE");
        }
    }

    @Provide
    Arbitrary<String> niks() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.strings().numeric().ofLength(15))
                .as((first, rest) -> first + rest);
    }

    @Property
    void aNikAsTextReadsAsItsSixteenDigitsWithOrWithoutSpacesOrTheTextMark(@ForAll("niks") String nik) {
        String spaced = nik.substring(0, 6) + " " + nik.substring(6, 12) + " " + nik.substring(12);
        for (String text : List.of(nik, spaced, "'" + nik, " " + nik + " ")) {
            assertThat(NikText.of(RegisterCell.text(text), "nik").value()).isEqualTo(nik);
        }
    }

    @Property
    void aNikThatBecameANumberIsRefusedWithTheFixNeverRepaired(@ForAll("niks") String nik) {
        double number = Double.parseDouble(nik);
        assertThat(ruleOf(() -> NikText.of(new RegisterCell(nik, number, null), "nik"))).isEqualTo("REGISTER-NIK-NUMBER");
        String scientific = String.format(Locale.ROOT, "%.5E", number);
        assertThat(ruleOf(() -> NikText.of(RegisterCell.text(scientific), "nik"))).isEqualTo("REGISTER-NIK-NUMBER");
    }

    @Property
    void aNikOfAnotherLengthIsRefusedSayingHowManyDigitsWithoutShowingThem(
            @ForAll @StringLength(min = 1, max = 30) @net.jqwik.api.constraints.NumericChars String digits) {
        if (digits.length() == 16) {
            return;
        }
        assertThatThrownBy(() -> NikText.of(RegisterCell.text(digits), "nik")).isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.violations().get(0).ruleId()).isEqualTo("REGISTER-NIK");
                    assertThat(v.violations().get(0).messageEn()).isEqualTo(
                            "The NIK has " + digits.length() + " digits; 16 are required.");
                    if (digits.length() > 2) {
                        assertThat(v.getMessage(Locale.ENGLISH) + v.getMessage(Locale.forLanguageTag("id")))
                                .doesNotContain(digits);
                    }
                });
    }

    static String grouped(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    @Property
    void rupiahWithThousandSeparatorsReadsAsTheAmount(@ForAll @LongRange(min = 0, max = Rupiah.MAX) long amount) {
        String g = grouped(amount);
        for (String text : List.of(g, "Rp " + g, "Rp" + g, "Rp. " + g, g + ",00", "Rp " + g + ",-", "rp " + g + ",0",
                Long.toString(amount))) {
            assertThat(RupiahText.parse(text, "restitusi_dituntut").amount()).as(text).isEqualTo(amount);
        }
        assertThat(RupiahText.of(new RegisterCell(g, (double) Math.min(amount, 1L << 52), null), "r").amount())
                .isEqualTo(Math.min(amount, 1L << 52));
    }

    @Property
    void rupiahWithSubUnitsOrEnglishSeparatorsIsRefused(@ForAll @LongRange(min = 1000, max = 1_000_000_000_000L) long amount,
            @ForAll @IntRange(min = 1, max = 99) int sen) {
        String english = String.format(Locale.ROOT, "%,d", amount);
        assertThat(ruleOf(() -> RupiahText.parse(english, "r"))).isEqualTo("REGISTER-RUPIAH");
        assertThat(ruleOf(() -> RupiahText.parse(grouped(amount) + "," + String.format("%02d", sen), "r")))
                .isEqualTo("REGISTER-RUPIAH");
        assertThat(ruleOf(() -> RupiahText.parse("-" + grouped(amount), "r"))).isEqualTo("REGISTER-RUPIAH");
    }

    @Property
    void rupiahAboveTheMaximumIsRefusedByTheMoneyRule(@ForAll @LongRange(min = 1, max = 1_000_000) long over) {
        assertThat(ruleOf(() -> RupiahText.parse(grouped(Rupiah.MAX + over), "r"))).isEqualTo("MONEY-RANGE");
    }

    static final List<Class<? extends Enum<?>>> LABELLED = List.of(Sex.class, CaseStatus.class, Act.class, Means.class,
            ExploitationType.class, RecruitmentChannel.class, Platform.class, RestitutionHead.class, SuspectRole.class,
            SuspectKind.class);

    @Provide
    Arbitrary<Enum<?>> constants() {
        return Arbitraries.of(LABELLED).flatMap(type -> Arbitraries.of(List.of(type.getEnumConstants())));
    }

    @Property
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyLabelAndTheConstantsNameReadAsTheConstantInAnyCaseAndSpacing(@ForAll("constants") Enum<?> constant,
            @ForAll boolean upper) {
        Class type = constant.getDeclaringClass();
        for (String label : RegisterLabels.labels(constant)) {
            String written = "  " + (upper ? label.toUpperCase(Locale.ROOT) : label).replace(" ", "  ") + " ";
            assertThat(RegisterLabels.parse(type, written, "c")).as(written).isEqualTo(constant);
        }
        assertThat(RegisterLabels.parse(type, constant.name(), "c")).isEqualTo(constant);
        assertThat(RegisterLabels.parse(type, constant.name().toLowerCase(Locale.ROOT).replace('_', ' '), "c"))
                .isEqualTo(constant);
    }

    @Property
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aTextThatIsNoLabelIsRefusedListingTheLabels(@ForAll("constants") Enum<?> constant,
            @ForAll @StringLength(min = 1, max = 20) @net.jqwik.api.constraints.AlphaChars String text) {
        Class type = constant.getDeclaringClass();
        boolean known = List.of(type.getEnumConstants()).stream().anyMatch(c -> {
            Enum<?> e = (Enum<?>) c;
            return RegisterLabels.normalise(e.name()).equals(RegisterLabels.normalise(text))
                    || RegisterLabels.labels(e).stream().anyMatch(l -> RegisterLabels.normalise(l).equals(RegisterLabels.normalise(text)));
        });
        if (known) {
            return;
        }
        assertThatThrownBy(() -> RegisterLabels.parse(type, text, "c")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("[REGISTER-LABEL]").hasMessageContaining(RegisterLabels.label(constant));
    }
}
