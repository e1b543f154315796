package id.gugus.cases;

import com.google.common.collect.ImmutableSet;
import id.gugus.common.CountryCode;
import java.util.Objects;

/**
 * A suspect (tersangka): a natural person or a corporation (UU 21/2007 Art. 13), with the roles
 * it played in the process.
 *
 * @param citizenship null for a legal person or if unknown
 */
public record Suspect(
        SuspectId id, SuspectKind kind, PersonalData personal, ImmutableSet<SuspectRole> roles, CountryCode citizenship) {
    public Suspect {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(personal, "personal");
        roles = ImmutableSet.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    /** A natural person, identified as far as known, with a fresh id. */
    public static Suspect naturalPerson(PersonalData personal, CountryCode citizenship, SuspectRole... roles) {
        return new Suspect(SuspectId.random(), SuspectKind.NATURAL_PERSON, personal, ImmutableSet.copyOf(roles),
                citizenship);
    }

    /** A natural person known by name only, citizenship unknown. */
    public static Suspect naturalPerson(String name, SuspectRole... roles) {
        return naturalPerson(PersonalData.named(name), null, roles);
    }

    /** A corporation (UU 21/2007 Art. 13), e.g. a recruitment agency; it has no NIK and no citizenship. */
    public static Suspect legalPerson(String name, SuspectRole... roles) {
        return new Suspect(SuspectId.random(), SuspectKind.LEGAL_PERSON, PersonalData.named(name),
                ImmutableSet.copyOf(roles), null);
    }

    /** This suspect with other personal data (a store putting back what it keeps apart, a redacted copy). */
    public Suspect withPersonal(PersonalData other) {
        return new Suspect(id, kind, other, roles, citizenship);
    }

    /** Id, kind and roles only: names and identity numbers never show. */
    @Override
    public String toString() {
        return "Suspect[id=" + id + ", kind=" + kind + ", roles=" + roles + "]";
    }
}
