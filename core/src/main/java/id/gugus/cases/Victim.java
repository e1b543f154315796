package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A victim (korban) in a case (DESIGN §4.3). Whether the victim was a child is derived from the
 * age when trafficked: from the birth date if known, otherwise from the recorded age.
 *
 * @param birthDate null if unknown
 * @param recordedAge age at trafficking as recorded when the birth date is unknown; null if unknown
 * @param origin the Indonesian jurisdiction the victim comes from (for a WNI); null if unknown
 * @param traffickedOn when the victim was recruited or first moved; the reference date for "child"
 * @param recruitmentChannel null if unknown
 * @param platform the online platform of recruitment; null if none or unknown
 */
public record Victim(
        VictimId id,
        PersonalData personal,
        Sex sex,
        LocalDate birthDate,
        Integer recordedAge,
        CountryCode citizenship,
        JurisdictionCode origin,
        LocalDate traffickedOn,
        LegalElements elements,
        ImmutableSet<ControlMethod> controlMethods,
        RecruitmentChannel recruitmentChannel,
        Platform platform,
        ImmutableList<Restitution> restitution,
        ImmutableList<VictimService> services,
        ImmutableList<Referral> referrals) {

    public Victim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personal, "personal");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(traffickedOn, "traffickedOn");
        Objects.requireNonNull(elements, "elements");
        controlMethods = ImmutableSet.copyOf(Objects.requireNonNull(controlMethods, "controlMethods"));
        restitution = ImmutableList.copyOf(Objects.requireNonNull(restitution, "restitution"));
        services = ImmutableList.copyOf(Objects.requireNonNull(services, "services"));
        referrals = ImmutableList.copyOf(Objects.requireNonNull(referrals, "referrals"));
    }

    /** Age when trafficked, from the birth date if known, else as recorded; empty if neither. */
    public OptionalInt ageWhenTrafficked() {
        if (birthDate != null && !birthDate.isAfter(traffickedOn)) {
            return OptionalInt.of(Period.between(birthDate, traffickedOn).getYears());
        }
        return recordedAge == null ? OptionalInt.empty() : OptionalInt.of(recordedAge);
    }

    /** Under 18 when trafficked. An unknown age is treated as adult for the elements rule. */
    public boolean wasChild() {
        OptionalInt age = ageWhenTrafficked();
        return age.isPresent() && age.getAsInt() < 18;
    }

    public boolean isCitizen() {
        return citizenship.isIndonesia();
    }
}
