package id.gugus.spring.boot;

import id.gugus.security.Actor;
import java.util.Optional;

/**
 * Who is calling, for the {@link GugusRequestStore}: by default made from Spring Security's
 * {@code Authentication} ({@link AuthenticationActors}); declare a bean of this type to replace it.
 */
@FunctionalInterface
public interface GugusActorResolver {
    /** The actor of the current request or thread; empty when nobody is authenticated. */
    Optional<Actor> currentActor();
}
