package id.gugus.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a record by its components only. Jackson also takes {@code isX()} and {@code getX()}
 * methods for properties, so without this derived values such as {@code Place.isAbroad()} or
 * {@code Victim.isCitizen()} would be written, and then refused as unknown fields when read
 * back.
 */
final class RecordComponentsOnly extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
            SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> properties) {
        Class<?> type = description.getBeanClass();
        if (!type.isRecord()) {
            return properties;
        }
        // The Java member, not the JSON name: a user's naming strategy may rename the property.
        Set<String> components = componentNames(type);
        return properties.stream().filter(p -> components.contains(p.getMember().getName())).collect(Collectors.toList());
    }

    static Set<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
