package id.gugus.taskforce;

import id.gugus.agency.AgencyId;
import java.util.Objects;

/** A member agency and the official who represents it on the task force. */
public record Member(AgencyId agency, Official representative) {
    public Member {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(representative, "representative");
    }
}
