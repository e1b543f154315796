package id.gugus.spring.boot;

import id.gugus.security.Actor;
import id.gugus.store.GugusStore;

/**
 * The store as the caller of the current HTTP request sees it: a request-scoped bean holding
 * {@code GugusStore.as(actor)} for the actor the {@link GugusActorResolver} names. Inject it
 * (not the {@code GugusStore} bean, which acts as the application itself, {@link Actor#SYSTEM})
 * into controllers: every call it makes is checked against the caller's roles and scope, and
 * audited under the caller's id.
 */
public class GugusRequestStore {
    private final GugusStore store;
    private final GugusActorResolver actors;
    private GugusStore view;

    /**
     * @param store the store opened on the back-end (acting as {@link Actor#SYSTEM})
     * @param actors who is calling
     */
    public GugusRequestStore(GugusStore store, GugusActorResolver actors) {
        this.store = store;
        this.actors = actors;
    }

    /**
     * The caller's view of the store, made on first use in the request.
     *
     * @throws IllegalStateException when nobody (or nobody with a Gugus role) is authenticated
     */
    public GugusStore store() {
        if (view == null) {
            Actor actor = actors.currentActor().orElseThrow(() -> new IllegalStateException(
                    "no authenticated caller with a Gugus role: the request-scoped store needs one"));
            view = store.as(actor);
        }
        return view;
    }

    /** The caller, as {@link #store()} acts for it. */
    public Actor actor() {
        return store().actor();
    }
}
