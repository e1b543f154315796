package id.gugus.storage.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.gugus.error.StorageException;

/**
 * The JSON text kept in the {@code payload} columns: the part of an aggregate that no query
 * filters or groups on. Written from the record components only (not from derived accessors such
 * as {@code isCitizen()}), dates as ISO text, big decimals and longs exactly.
 */
final class Payloads {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new GuavaModule())
            .registerModule(new JavaTimeModule())
            .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Payloads() {}

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write the payload of a " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String json, Class<T> type, Object id) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            // The message names the type and id only: the payload may hold names of officials.
            throw new StorageException("cannot read the stored " + type.getSimpleName() + " " + id, e);
        }
    }
}
