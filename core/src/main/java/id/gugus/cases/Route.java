package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Where recruitment, transit and exploitation happened (docs/cases.md). Exploitation abroad puts
 * the victims on the protection-of-citizens-abroad track.
 *
 * @param recruitment where victims were recruited; null if unknown
 * @param exploitation where they were exploited; null if unknown
 */
public record Route(Place recruitment, ImmutableList<Place> transit, Place exploitation) {
    public static final Route UNKNOWN = new Route(null, ImmutableList.of(), null);

    public Route {
        transit = ImmutableList.copyOf(Objects.requireNonNull(transit, "transit"));
    }

    public boolean exploitationAbroad() {
        return exploitation != null && exploitation.isAbroad();
    }
}
