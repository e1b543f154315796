package id.gugus.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.cases.CaseId;
import id.gugus.cases.Address;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.Contact;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonName;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsKey;
import id.gugus.cases.SuspectId;
import id.gugus.cases.VictimId;
import id.gugus.common.CountryCode;
import id.gugus.common.LanguageCode;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.FollowUpId;
import id.gugus.meeting.MeetingId;
import id.gugus.plan.ActionPlanId;
import id.gugus.taskforce.TaskForceId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Jackson module for the Gugus model. Typed ids are written as their UUID text, codes, case
 * numbers and NIKs as their text, {@link Rupiah} as a JSON integer and dates as ISO
 * {@code 2026-11-30}; records are written by their components only, never by derived methods
 * such as {@code isAbroad()}. The domain records carry no Jackson annotations: everything is
 * here.
 *
 * <p>Registering this module also registers the Guava and Java time modules it needs. For the
 * strict reading rules and translated errors use {@link GugusJson}.
 */
public final class GugusModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Value types written as their UUID text. */
    static final ImmutableSet<Class<?>> ID_TYPES = ImmutableSet.of(AgencyId.class, TaskForceId.class, CaseId.class,
            VictimId.class, SuspectId.class, ActionPlanId.class, MeetingId.class, FollowUpId.class);

    /** Value types written as their text. */
    static final ImmutableSet<Class<?>> TEXT_TYPES =
            ImmutableSet.of(JurisdictionCode.class, CountryCode.class, LanguageCode.class, CaseNumber.class, Nik.class);

    /** The module for exports: personal data redacted (see {@link GugusJson}). */
    public GugusModule() {
        this(false);
    }

    /**
     * @param withPersonalData write names, NIK, contacts, address and identity documents in full (to store or move
     *     records between trusted systems); false writes {@code {"redacted":true}} in their place
     */
    public GugusModule(boolean withPersonalData) {
        super("GugusModule", Version.unknownVersion());
        id(AgencyId.class, AgencyId::new, AgencyId::value);
        id(TaskForceId.class, TaskForceId::new, TaskForceId::value);
        id(CaseId.class, CaseId::new, CaseId::value);
        id(VictimId.class, VictimId::new, VictimId::value);
        id(SuspectId.class, SuspectId::new, SuspectId::value);
        id(ActionPlanId.class, ActionPlanId::new, ActionPlanId::value);
        id(MeetingId.class, MeetingId::new, MeetingId::value);
        id(FollowUpId.class, FollowUpId::new, FollowUpId::value);
        text(JurisdictionCode.class, JurisdictionCode::of, JurisdictionCode::value);
        text(CountryCode.class, CountryCode::of, CountryCode::value);
        // Read through of: an ISO 639-1 or bibliographic code in an imported record becomes the terminology code.
        text(LanguageCode.class, LanguageCode::of, LanguageCode::value);
        text(CaseNumber.class, CaseNumber::of, CaseNumber::value);
        text(Nik.class, Nik::of, Nik::value);
        addSerializer(Rupiah.class, new Scalars.RupiahSerializer());
        addDeserializer(Rupiah.class, new Scalars.RupiahDeserializer());
        addSerializer(LocalDate.class, new Scalars.DateSerializer());
        // A statistics key is its text; read back only within its statistics, which name the dimensions.
        addSerializer(StatisticsKey.class, new Scalars.TextSerializer<>(StatisticsKey.class, StatisticsKey::text));
        addDeserializer(Statistics.class, new StatisticsJson.Deserializer());
        addDeserializer(LocalDate.class, new Scalars.DateDeserializer());
        setSerializerModifier(new RecordComponentsOnly());
        setDeserializerModifier(new OlderPersonalData());
        // Personal values are redacted wherever they appear: inside a victim, bare, in a list, as a
        // map's value or key. A map key cannot be an object, so a redacted key is the text "redacted".
        if (withPersonalData) {
            addKeySerializer(Nik.class, new Scalars.TextKeySerializer<>(Nik.class, Nik::value));
        } else {
            addSerializer(PersonalData.class, new Scalars.RedactedSerializer<>(PersonalData.class, PersonalData::isEmpty));
            redacted(PersonName.class);
            redacted(Contact.class);
            redacted(Address.class);
            redacted(IdentityDocument.class);
            addSerializer(Nik.class, new Scalars.RedactedSerializer<>(Nik.class, nik -> false));
            addKeySerializer(Nik.class, new Scalars.RedactedKeySerializer<>(Nik.class));
            addKeySerializer(PersonalData.class, new Scalars.RedactedKeySerializer<>(PersonalData.class));
        }
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new ImmutableCollections());
        context.insertAnnotationIntrospector(new RequiredPrimitives());
        // A null element is refused where it is, at victims[1], rather than by copyOf without a path.
        context.configOverride(ImmutableList.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        context.configOverride(ImmutableSet.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    /** Guava collections and java.time come first, so that this module's date format wins. */
    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new GuavaModule(), new JavaTimeModule());
    }

    /** A part of personal data, redacted wherever it appears on its own too (a bare contact, a list of documents). */
    private <T> void redacted(Class<T> type) {
        addSerializer(type, new Scalars.RedactedSerializer<>(type, v -> false));
        addKeySerializer(type, new Scalars.RedactedKeySerializer<>(type));
    }

    private <T> void id(Class<T> type, Function<UUID, T> wrap, Function<T, UUID> unwrap) {
        addSerializer(type, new Scalars.TextSerializer<>(type, v -> unwrap.apply(v).toString()));
        addDeserializer(type, new Scalars.IdDeserializer<>(type, wrap));
    }

    private <T> void text(Class<T> type, Function<String, T> parse, Function<T, String> unparse) {
        addSerializer(type, new Scalars.TextSerializer<>(type, unparse));
        addDeserializer(type, new Scalars.TextDeserializer<>(type, parse));
    }
}
