package id.gugus.examples;

import id.gugus.cases.Act;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Means;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Victim;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;

/** Victims the small examples register: made up, with no personal data at all. */
public final class SampleVictims {
    private SampleVictims() {}

    /** A 16-year-old girl from Singkawang: for a child, act and purpose make the crime; no means is needed. */
    public static Victim childRecruitedOnTikTok() {
        return Victim.builder()
                .female()
                .birthDate(LocalDate.of(2008, 2, 11))
                .origin(JurisdictionCode.of("61.72.03"))
                .traffickedOn(LocalDate.of(2024, 9, 2))
                .acts(Act.RECRUITMENT, Act.TRANSPORTATION)
                .purposes(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)
                .recruitedThrough(RecruitmentChannel.ONLINE_ADVERTISEMENT, Platform.TIKTOK)
                .build();
    }

    /** A record that cannot be true: born the day after being recruited. */
    public static Victim bornAfterRecruitment() {
        return Victim.builder()
                .male()
                .birthDate(LocalDate.of(2024, 9, 3))
                .origin(JurisdictionCode.of("61.72.01"))
                .traffickedOn(LocalDate.of(2024, 9, 2))
                .acts(Act.RECRUITMENT)
                .means(Means.FRAUD_OR_DECEPTION)
                .purposes(ExploitationType.FORCED_LABOUR)
                .build();
    }
}
