package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A victim (korban) in a case (docs/cases.md). Whether the victim was a child is derived from the
 * age when trafficked: from the birth date if known, otherwise from the recorded age.
 *
 * <p>Build one with {@link #builder()}; change one with {@link #toBuilder()}, or, for the edits case
 * work makes after registration, with {@link #withElements}, {@link #withService},
 * {@link #withReferral} and {@link #withRestitution} (then {@link TraffickingCase#replaceVictim}).
 * {@link #toString()} shows no personal data.
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

    /** This victim with other personal data (a store putting back what it keeps apart, a redacted copy). */
    public Victim withPersonal(PersonalData other) {
        return new Victim(id, other, sex, birthDate, recordedAge, citizenship, origin, traffickedOn, elements,
                controlMethods, recruitmentChannel, platform, restitution, services, referrals);
    }

    /** With the legal elements as the investigation has now established them. */
    public Victim withElements(LegalElements elements) {
        return new Victim(id, personal, sex, birthDate, recordedAge, citizenship, origin, traffickedOn, elements,
                controlMethods, recruitmentChannel, platform, restitution, services, referrals);
    }

    /** Adds a service given to the victim (shelter, repatriation...) after the existing ones. */
    public Victim withService(VictimService service) {
        Objects.requireNonNull(service, "service");
        return new Victim(id, personal, sex, birthDate, recordedAge, citizenship, origin, traffickedOn, elements,
                controlMethods, recruitmentChannel, platform, restitution, append(services, service), referrals);
    }

    /** Adds a head of restitution the victim claims (UU 21/2007 Art. 48) after the existing ones. */
    public Victim withRestitution(Restitution claim) {
        Objects.requireNonNull(claim, "claim");
        return new Victim(id, personal, sex, birthDate, recordedAge, citizenship, origin, traffickedOn, elements,
                controlMethods, recruitmentChannel, platform, append(restitution, claim), services, referrals);
    }

    /** Adds a referral between agencies after the existing ones. */
    public Victim withReferral(Referral referral) {
        Objects.requireNonNull(referral, "referral");
        return new Victim(id, personal, sex, birthDate, recordedAge, citizenship, origin, traffickedOn, elements,
                controlMethods, recruitmentChannel, platform, restitution, services, append(referrals, referral));
    }

    private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
        return ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(element).build();
    }

    /** Id, sex and citizenship only: the personal data and everything near it stay out of logs. */
    @Override
    public String toString() {
        return "Victim[id=" + id + ", sex=" + sex + ", citizenship=" + citizenship + "]";
    }

    /**
     * A builder with defaults: a random id, no personal data, Indonesian citizenship, no legal
     * elements, empty sets and lists. Sex and the date trafficked have no default.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this victim's values, for a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.personal = personal;
        b.sex = sex;
        b.birthDate = birthDate;
        b.recordedAge = recordedAge;
        b.citizenship = citizenship;
        b.origin = origin;
        b.traffickedOn = traffickedOn;
        b.elements = elements;
        b.controlMethods.addAll(controlMethods);
        b.recruitmentChannel = recruitmentChannel;
        b.platform = platform;
        b.restitution.addAll(restitution);
        b.services.addAll(services);
        b.referrals.addAll(referrals);
        return b;
    }

    /** Collects a victim's values; {@link #build()} checks them like the constructor does. */
    public static final class Builder {
        private VictimId id = VictimId.random();
        private PersonalData personal = PersonalData.NONE;
        private Sex sex;
        private LocalDate birthDate;
        private Integer recordedAge;
        private CountryCode citizenship = CountryCode.INDONESIA;
        private JurisdictionCode origin;
        private LocalDate traffickedOn;
        private LegalElements elements = LegalElements.NONE;
        private final ImmutableSet.Builder<ControlMethod> controlMethods = ImmutableSet.builder();
        private RecruitmentChannel recruitmentChannel;
        private Platform platform;
        private final ImmutableList.Builder<Restitution> restitution = ImmutableList.builder();
        private final ImmutableList.Builder<VictimService> services = ImmutableList.builder();
        private final ImmutableList.Builder<Referral> referrals = ImmutableList.builder();

        private Builder() {}

        public Builder id(VictimId id) {
            this.id = id;
            return this;
        }

        public Builder personal(PersonalData personal) {
            this.personal = personal;
            return this;
        }

        public Builder nik(Nik nik) {
            this.personal = personal.withNik(nik);
            return this;
        }

        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        public Builder female() {
            return sex(Sex.FEMALE);
        }

        public Builder male() {
            return sex(Sex.MALE);
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /** The age when trafficked, for when the birth date is not known. */
        public Builder age(Integer recordedAge) {
            this.recordedAge = recordedAge;
            return this;
        }

        public Builder citizenship(CountryCode citizenship) {
            this.citizenship = citizenship;
            return this;
        }

        public Builder origin(JurisdictionCode origin) {
            this.origin = origin;
            return this;
        }

        public Builder traffickedOn(LocalDate traffickedOn) {
            this.traffickedOn = traffickedOn;
            return this;
        }

        public Builder elements(LegalElements elements) {
            this.elements = elements;
            return this;
        }

        /** Sets all three elements at once (the sets replace the current ones). */
        public Builder elements(ImmutableSet<Act> acts, ImmutableSet<Means> means, ImmutableSet<ExploitationType> purposes) {
            return elements(new LegalElements(acts, means, purposes));
        }

        public Builder acts(Act... acts) {
            this.elements = new LegalElements(ImmutableSet.copyOf(acts), elements.means(), elements.purposes());
            return this;
        }

        public Builder means(Means... means) {
            this.elements = new LegalElements(elements.acts(), ImmutableSet.copyOf(means), elements.purposes());
            return this;
        }

        public Builder purposes(ExploitationType... purposes) {
            this.elements = new LegalElements(elements.acts(), elements.means(), ImmutableSet.copyOf(purposes));
            return this;
        }

        public Builder controlMethods(ControlMethod... methods) {
            this.controlMethods.addAll(Arrays.asList(methods));
            return this;
        }

        public Builder recruitedThrough(RecruitmentChannel channel, Platform platform) {
            this.recruitmentChannel = channel;
            this.platform = platform;
            return this;
        }

        public Builder restitution(Restitution claim) {
            this.restitution.add(claim);
            return this;
        }

        public Builder service(VictimService service) {
            this.services.add(service);
            return this;
        }

        public Builder referral(Referral referral) {
            this.referrals.add(referral);
            return this;
        }

        public Victim build() {
            return new Victim(id, personal, sex, birthDate, recordedAge, citizenship, origin, traffickedOn, elements,
                    controlMethods.build(), recruitmentChannel, platform, restitution.build(), services.build(),
                    referrals.build());
        }
    }
}
