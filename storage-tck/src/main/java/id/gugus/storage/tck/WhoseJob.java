package id.gugus.storage.tck;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Whose job a contract checks, read from its {@link TckTags} ({@code @Tag}s, inherited by the
 * nested class a back-end declares): a storage duty of the back-end or a rule of the core store,
 * and what it covers.
 *
 * @param side {@link TckTags#STORAGE_DUTY}, {@link TckTags#STORE_RULE}, or null for a test class
 *     tagged neither
 * @param covers the contract's other tags, e.g. {@code pagination}
 */
record WhoseJob(String side, List<String> covers) {
    static WhoseJob of(Class<?> testClass) {
        List<String> tags = AnnotationSupport.findRepeatableAnnotations(testClass, Tag.class).stream()
                .map(Tag::value)
                .distinct()
                .toList();
        String side = tags.contains(TckTags.STORAGE_DUTY) ? TckTags.STORAGE_DUTY
                : tags.contains(TckTags.STORE_RULE) ? TckTags.STORE_RULE : null;
        return new WhoseJob(side, tags.stream().filter(t -> !t.equals(side)).toList());
    }

    /** E.g. {@code storage duty: pagination}. */
    String label() {
        String name = side == null ? "untagged" : side.replace('-', ' ');
        return covers.isEmpty() ? name : name + ": " + String.join(", ", covers);
    }

    /** What a failure means, for the back-end writer reading it. */
    String meaning() {
        if (TckTags.STORAGE_DUTY.equals(side)) {
            return "the back-end's job (the primitives of id.gugus.spi): a bug of the back-end under test";
        }
        if (TckTags.STORE_RULE.equals(side)) {
            return "the core store's job (GugusStore) on top of the back-end: fix any storage duty that fails "
                    + "alongside it first; if none does, report it to Gugus";
        }
        return "a test tagged neither storage duty nor store rule";
    }
}
