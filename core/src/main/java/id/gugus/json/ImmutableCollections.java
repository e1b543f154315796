package id.gugus.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.Converter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads {@link ImmutableList} and {@link ImmutableSet} through Jackson's own list reader, then
 * copies. The Guava module's readers do not record the index of a failing element, so an error
 * in the third victim would be reported at {@code victims} instead of {@code victims[2]}.
 */
final class ImmutableCollections extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
            BeanDescription description, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
        Class<?> raw = type.getRawClass();
        if (raw == ImmutableList.class) {
            return new StdDelegatingDeserializer<>(new FromList(type, ImmutableList::copyOf));
        }
        if (raw == ImmutableSet.class) {
            return new StdDelegatingDeserializer<>(new FromList(type, ImmutableSet::copyOf));
        }
        return null;
    }

    /** Converts the {@code ArrayList} Jackson read into the immutable collection. */
    private static final class FromList implements Converter<Object, Object> {
        private final CollectionType type;
        private final Function<List<?>, Object> copy;

        FromList(CollectionType type, Function<List<?>, Object> copy) {
            this.type = type;
            this.copy = copy;
        }

        @Override
        public Object convert(Object value) {
            return copy.apply((List<?>) value);
        }

        @Override
        public JavaType getInputType(TypeFactory factory) {
            return factory.constructCollectionType(ArrayList.class, type.getContentType());
        }

        @Override
        public JavaType getOutputType(TypeFactory factory) {
            return type;
        }
    }
}
