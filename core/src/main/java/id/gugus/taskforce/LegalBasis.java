package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/** The acts that govern task forces, as they are cited in a task force's legal basis. */
public final class LegalBasis {
    /** Law 21/2007 on the eradication of trafficking in persons; Art. 58 calls for the task forces. */
    public static final String UU_21_2007 = "UU 21/2007";
    /** Presidential Regulation 69/2008, which created the task forces. */
    public static final String PERPRES_69_2008 = "Perpres 69/2008";
    /** Presidential Regulation 22/2021, the first amendment of Perpres 69/2008. */
    public static final String PERPRES_22_2021 = "Perpres 22/2021";
    /**
     * Presidential Regulation 49/2023, the second amendment of Perpres 69/2008: the police chief of
     * each level becomes the daily chair (Kapolri, Kapolda, Kapolres/Kapolresta).
     */
    public static final String PERPRES_49_2023 = "Perpres 49/2023";

    /**
     * The day Presidential Regulation 49/2023 took effect. A task force formed by a decree signed
     * before this day was lawful with its old daily chair and is only a warning
     * ({@code TF-NONCOMPLIANT}); one formed on or after it must have the police chief.
     *
     * <p>Source: news reports of the publication on JDIH Setneg (mimbar-rakyat.com and
     * channel9.id, August 2023) give Thursday 10 August 2023 as the day the President signed it
     * (ditetapkan) in Jakarta; it was promulgated (diundangkan) by the Minister of State
     * Secretariat and, like Presidential Regulations generally, takes effect on promulgation. The
     * promulgation day itself was not confirmed from the official text (State Gazette 2023):
     * if it differs, correct this constant and nothing else.
     */
    public static final LocalDate PERPRES_49_2023_IN_FORCE = LocalDate.of(2023, 8, 10);

    /** What a newly proposed task force cites: the law, the regulation and its two amendments. */
    public static final ImmutableList<String> DEFAULT =
            ImmutableList.of(UU_21_2007, PERPRES_69_2008, PERPRES_22_2021, PERPRES_49_2023);

    private LegalBasis() {}

    /** True if a decree of this date predates Regulation 49/2023. */
    public static boolean predatesPerpres49(LocalDate decreeDate) {
        return decreeDate.isBefore(PERPRES_49_2023_IN_FORCE);
    }
}
