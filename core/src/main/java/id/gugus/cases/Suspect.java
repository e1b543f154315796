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
}
