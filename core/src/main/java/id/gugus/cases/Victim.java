package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.common.CountryCode;
import id.gugus.common.LanguageCode;
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
 * <p>Every HTCDS 2.0 victim field has its place here or in what it holds (docs/htcds-mapping.md).
 * Components added after 0.1 ({@code gender}, {@code otherCitizenships}, {@code traffickingStatus},
 * {@code exploitation}, {@code consents}, {@code background}, {@code death}) may be absent from records written before them: null
 * sets and lists read as empty, a null exploitation as {@link Exploitation#NONE}, a null background
 * as {@link Background#NONE}.
 *
 * @param sex sex as recorded in civil registration ({@link Sex})
 * @param gender gender as the victim states it (HTCDS {@code prs_Gender}); null if not recorded
 * @param birthDate null if unknown
 * @param recordedAge age at trafficking as recorded when the birth date is unknown; null if unknown
 * @param citizenship the victim's citizenship (the first, for a person with several)
 * @param otherCitizenships further citizenships (HTCDS {@code prs_Citizenship} is multi-valued)
 * @param origin the Indonesian jurisdiction the victim comes from (for a WNI); null if unknown
 * @param traffickedOn when the victim was recruited or first moved; the reference date for "child"
 * @param traffickingStatus whether an agency has determined the person a victim; null if not recorded
 * @param exploitation labour sectors, forms of sexual exploitation, platforms and country of exploitation
 * @param recruiterRelations who recruited the victim, as the victim's relation to them (HTCDS
 *     {@code vic_RelationshipToTrafficker}, CTDC {@code recruiterRelation*}); empty if unknown
 * @param recruitmentChannel how the recruitment reached the victim; null if unknown
 * @param platform the online platform of recruitment; null if none or unknown
 * @param consents the victim's consents and refusals, oldest first
 * @param background marital status, children, languages and education (HTCDS person fields); never null
 * @param death that the victim is known to have died (HTCDS {@code prs_Deceased}); null if not known
 */
public record Victim(
        VictimId id,
        PersonalData personal,
        Sex sex,
        Gender gender,
        LocalDate birthDate,
        Integer recordedAge,
        CountryCode citizenship,
        ImmutableSet<CountryCode> otherCitizenships,
        JurisdictionCode origin,
        LocalDate traffickedOn,
        TraffickingDetermination traffickingStatus,
        LegalElements elements,
        ImmutableSet<ControlMethod> controlMethods,
        Exploitation exploitation,
        ImmutableSet<RecruiterRelation> recruiterRelations,
        RecruitmentChannel recruitmentChannel,
        Platform platform,
        ImmutableList<Restitution> restitution,
        ImmutableList<VictimService> services,
        ImmutableList<Referral> referrals,
        ImmutableList<Consent> consents,
        Background background,
        Death death) {

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
        otherCitizenships = otherCitizenships == null ? ImmutableSet.of() : ImmutableSet.copyOf(otherCitizenships);
        exploitation = exploitation == null ? Exploitation.NONE : exploitation;
        recruiterRelations = recruiterRelations == null ? ImmutableSet.of() : ImmutableSet.copyOf(recruiterRelations);
        consents = consents == null ? ImmutableList.of() : ImmutableList.copyOf(consents);
        background = background == null ? Background.NONE : background;
    }

    /** Whether the victim is known to be no longer alive (HTCDS {@code prs_Deceased}). */
    public boolean isDeceased() {
        return death != null;
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
        return toBuilder().personal(other).build();
    }

    /** With the legal elements as the investigation has now established them. */
    public Victim withElements(LegalElements elements) {
        return toBuilder().elements(elements).build();
    }

    /** With the trafficking status as an agency has now determined it. */
    public Victim withTraffickingStatus(TraffickingDetermination determination) {
        return toBuilder().traffickingStatus(determination).build();
    }

    /** Adds a service given to the victim (shelter, repatriation...) after the existing ones. */
    public Victim withService(VictimService service) {
        Objects.requireNonNull(service, "service");
        return toBuilder().service(service).build();
    }

    /** Adds a head of restitution the victim claims (UU 21/2007 Art. 48) after the existing ones. */
    public Victim withRestitution(Restitution claim) {
        Objects.requireNonNull(claim, "claim");
        return toBuilder().restitution(claim).build();
    }

    /** Adds a referral between agencies after the existing ones. */
    public Victim withReferral(Referral referral) {
        Objects.requireNonNull(referral, "referral");
        return toBuilder().referral(referral).build();
    }

    /** Adds a consent or refusal after the existing ones. */
    public Victim withConsent(Consent consent) {
        Objects.requireNonNull(consent, "consent");
        return toBuilder().consent(consent).build();
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
        b.gender = gender;
        b.birthDate = birthDate;
        b.recordedAge = recordedAge;
        b.citizenship = citizenship;
        b.otherCitizenships.addAll(otherCitizenships);
        b.origin = origin;
        b.traffickedOn = traffickedOn;
        b.traffickingStatus = traffickingStatus;
        b.elements = elements;
        b.controlMethods.addAll(controlMethods);
        b.exploitation = exploitation;
        b.recruiterRelations.addAll(recruiterRelations);
        b.recruitmentChannel = recruitmentChannel;
        b.platform = platform;
        b.restitution.addAll(restitution);
        b.services.addAll(services);
        b.referrals.addAll(referrals);
        b.consents.addAll(consents);
        b.background = background;
        b.death = death;
        return b;
    }

    /** Collects a victim's values; {@link #build()} checks them like the constructor does. */
    public static final class Builder {
        private VictimId id = VictimId.random();
        private PersonalData personal = PersonalData.NONE;
        private Sex sex;
        private Gender gender;
        private LocalDate birthDate;
        private Integer recordedAge;
        private CountryCode citizenship = CountryCode.INDONESIA;
        private final ImmutableSet.Builder<CountryCode> otherCitizenships = ImmutableSet.builder();
        private JurisdictionCode origin;
        private LocalDate traffickedOn;
        private TraffickingDetermination traffickingStatus;
        private LegalElements elements = LegalElements.NONE;
        private final ImmutableSet.Builder<ControlMethod> controlMethods = ImmutableSet.builder();
        private Exploitation exploitation = Exploitation.NONE;
        private final ImmutableSet.Builder<RecruiterRelation> recruiterRelations = ImmutableSet.builder();
        private RecruitmentChannel recruitmentChannel;
        private Platform platform;
        private final ImmutableList.Builder<Restitution> restitution = ImmutableList.builder();
        private final ImmutableList.Builder<VictimService> services = ImmutableList.builder();
        private final ImmutableList.Builder<Referral> referrals = ImmutableList.builder();
        private final ImmutableList.Builder<Consent> consents = ImmutableList.builder();
        private Background background = Background.NONE;
        private Death death;

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

        /** Gender as the victim states it; optional, beside the sex of civil registration. */
        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
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

        /** Adds further citizenships (dual citizenship) after the first. */
        public Builder otherCitizenships(CountryCode... more) {
            this.otherCitizenships.addAll(Arrays.asList(more));
            return this;
        }

        /** Whether, and by whom, the person has been determined a victim. */
        public Builder traffickingStatus(TraffickingDetermination determination) {
            this.traffickingStatus = determination;
            return this;
        }

        /** Labour sectors, forms of sexual exploitation, platforms and country of exploitation. */
        public Builder exploitation(Exploitation exploitation) {
            this.exploitation = exploitation;
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

        /** Adds who recruited the victim (family, partner, friend...), apart from the channel. */
        public Builder recruitedBy(RecruiterRelation... relations) {
            this.recruiterRelations.addAll(Arrays.asList(relations));
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

        /** Adds a consent or refusal after the ones already collected. */
        public Builder consent(Consent consent) {
            this.consents.add(consent);
            return this;
        }

        /** Marital status, children, languages and education at once (replacing what was set). */
        public Builder background(Background background) {
            this.background = background;
            return this;
        }

        /** The marital status (HTCDS {@code prs_MaritalStatus}). */
        public Builder maritalStatus(MaritalStatus status) {
            this.background = background.withMaritalStatus(status);
            return this;
        }

        /** The number of children (HTCDS {@code prs_NumberOfChildren}). */
        public Builder children(Integer count) {
            this.background = background.withChildren(count);
            return this;
        }

        /** The primary and secondary language (HTCDS {@code prs_PrimaryLanguage}, {@code prs_SecondaryLanguage}). */
        public Builder languages(LanguageCode primary, LanguageCode secondary) {
            this.background = background.withLanguages(primary, secondary);
            return this;
        }

        /** The highest level of education (HTCDS {@code prs_HighestLevelOfEducation}). */
        public Builder education(EducationLevel level) {
            this.background = background.withEducation(level);
            return this;
        }

        /** Known to be no longer alive; null for not known to be. */
        public Builder death(Death death) {
            this.death = death;
            return this;
        }

        public Victim build() {
            return new Victim(id, personal, sex, gender, birthDate, recordedAge, citizenship, otherCitizenships.build(),
                    origin, traffickedOn, traffickingStatus, elements, controlMethods.build(), exploitation,
                    recruiterRelations.build(), recruitmentChannel, platform, restitution.build(), services.build(), referrals.build(),
                    consents.build(), background, death);
        }
    }
}
