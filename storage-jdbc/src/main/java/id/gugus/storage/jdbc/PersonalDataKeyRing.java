package id.gugus.storage.jdbc;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The personal-data keys a {@link JdbcBackend} holds at once: the current keys, which seal every
 * row it writes and hash every victim identity, and older keys, which still open the rows sealed
 * under them. Every sealed row and every hashed identity names its key id, so a row is opened
 * with the key it names, whichever of the ring that is.
 *
 * <p>A ring is what makes a rotation of keys safe to interrupt: while it runs, and after it
 * failed half-way, some rows are under the new keys and some under the old, and a backend
 * holding both reads all of them ({@link JdbcBackend#personalDataStatus()} counts the rows under
 * each). Drop an older key only once no row is under it.
 *
 * <p>Immutable. {@link #toString()} shows key ids only.
 */
public final class PersonalDataKeyRing {
    private final PersonalDataKeys current;
    private final ImmutableList<PersonalDataKeys> older;

    private PersonalDataKeyRing(PersonalDataKeys current, ImmutableList<PersonalDataKeys> older) {
        this.current = current;
        this.older = older;
    }

    /**
     * A ring sealing with {@code current} and opening also with {@code older}.
     *
     * @throws IllegalArgumentException if two keys share an id: a row names its key by id alone
     */
    public static PersonalDataKeyRing of(PersonalDataKeys current, PersonalDataKeys... older) {
        Objects.requireNonNull(current, "current");
        List<PersonalDataKeys> all = new ArrayList<>();
        all.add(current);
        for (PersonalDataKeys keys : older) {
            Objects.requireNonNull(keys, "older keys");
            if (all.stream().anyMatch(k -> k.keyId().equals(keys.keyId()))) {
                throw new IllegalArgumentException("two personal-data keys of one ring share the key id " + keys.keyId()
                        + ": rows name their key by id, so every key of a ring needs its own");
            }
            all.add(keys);
        }
        return new PersonalDataKeyRing(current, ImmutableList.copyOf(all.subList(1, all.size())));
    }

    /** The keys that seal and hash. */
    public PersonalDataKeys current() {
        return current;
    }

    /** The keys that only open, newest first. */
    public ImmutableList<PersonalDataKeys> older() {
        return older;
    }

    /** Every key of the ring, the current one first. */
    public ImmutableList<PersonalDataKeys> all() {
        return ImmutableList.<PersonalDataKeys>builder().add(current).addAll(older).build();
    }

    /** The key of the ring with this id. */
    public Optional<PersonalDataKeys> find(String keyId) {
        return all().stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /**
     * This ring sealing with {@code next} from now on, the keys it held kept to open older rows:
     * what a rotation does first. The same keys again change nothing.
     *
     * @throws IllegalArgumentException if {@code next} reuses the id of a key of the ring with other key material
     */
    public PersonalDataKeyRing rotatedTo(PersonalDataKeys next) {
        Objects.requireNonNull(next, "next");
        Optional<PersonalDataKeys> sameId = find(next.keyId());
        if (sameId.isPresent() && !sameId.get().equals(next)) {
            throw new IllegalArgumentException("new personal-data keys reuse the key id " + next.keyId()
                    + " with other key material: give them a new id");
        }
        if (next.equals(current)) {
            return this;
        }
        List<PersonalDataKeys> kept = new ArrayList<>();
        kept.add(current);
        older.stream().filter(k -> !k.keyId().equals(next.keyId())).forEach(kept::add);
        return of(next, kept.toArray(PersonalDataKeys[]::new));
    }

    /** This ring without the older key {@code keyId}, once no row is under it. */
    public PersonalDataKeyRing without(String keyId) {
        if (current.keyId().equals(keyId)) {
            throw new IllegalArgumentException("the current personal-data keys " + keyId + " cannot leave the ring");
        }
        return of(current, older.stream().filter(k -> !k.keyId().equals(keyId)).toArray(PersonalDataKeys[]::new));
    }

    /** Same keys, in the same roles. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalDataKeyRing other && current.equals(other.current) && older.equals(other.older);
    }

    @Override
    public int hashCode() {
        return Objects.hash(current, older);
    }

    @Override
    public String toString() {
        return "PersonalDataKeyRing[current=" + current.keyId() + ", older="
                + older.stream().map(PersonalDataKeys::keyId).collect(Collectors.joining(", ", "[", "]"))
                + ", key material redacted]";
    }
}
