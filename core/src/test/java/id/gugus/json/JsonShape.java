package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.gugus.common.Rupiah;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Walks a value and its JSON side by side and checks the documented format: a record is an
 * object with exactly its non-null components, and value types are scalars of the right kind.
 */
final class JsonShape {
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private JsonShape() {}

    static void check(Object value, JsonNode node, String path) {
        Class<?> type = value.getClass();
        if (GugusModule.ID_TYPES.contains(type)) {
            assertThat(node.isTextual()).as(path + " is text").isTrue();
            assertThat(node.textValue()).as(path).matches(UUID_TEXT).isEqualTo(idValue(value).toString());
        } else if (GugusModule.TEXT_TYPES.contains(type)) {
            assertThat(node.isTextual()).as(path + " is text").isTrue();
            assertThat(node.textValue()).as(path).isEqualTo(component(value, "value"));
        } else if (value instanceof Rupiah r) {
            assertThat(node.isIntegralNumber()).as(path + " is an integer").isTrue();
            assertThat(node.longValue()).as(path).isEqualTo(r.amount());
        } else if (value instanceof LocalDate d) {
            assertThat(node.textValue()).as(path).matches(ISO_DATE).isEqualTo(d.toString());
        } else if (value instanceof BigDecimal d) {
            assertThat(node.isNumber()).as(path + " is a number").isTrue();
            // The tree model strips trailing zeros; the exact scale is checked on real reads.
            assertThat(node.decimalValue()).as(path).isEqualByComparingTo(d);
        } else if (value instanceof Enum<?> e) {
            assertThat(node.textValue()).as(path).isEqualTo(e.name());
        } else if (value instanceof String s) {
            assertThat(node.textValue()).as(path).isEqualTo(s);
        } else if (value instanceof Number n) {
            assertThat(node.isIntegralNumber()).as(path + " is an integer").isTrue();
            assertThat(node.longValue()).as(path).isEqualTo(n.longValue());
        } else if (value instanceof Boolean b) {
            assertThat(node.isBoolean()).as(path + " is a boolean").isTrue();
            assertThat(node.booleanValue()).as(path).isEqualTo(b);
        } else if (value instanceof Collection<?> c) {
            assertThat(node.isArray()).as(path + " is an array").isTrue();
            assertThat(node.size()).as(path + " size").isEqualTo(c.size());
            int i = 0;
            Iterator<JsonNode> elements = node.elements();
            for (Object element : c) {
                check(element, elements.next(), path + "[" + i++ + "]");
            }
        } else if (type.isRecord()) {
            checkRecord(value, node, path);
        } else {
            throw new AssertionError(path + ": unexpected type " + type);
        }
    }

    private static void checkRecord(Object value, JsonNode node, String path) {
        assertThat(node.isObject()).as(path + " is an object").isTrue();
        Set<String> present = new TreeSet<>();
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = component(value, c.getName());
            if (v != null) {
                present.add(c.getName());
                assertThat(node.has(c.getName())).as(path + " has " + c.getName()).isTrue();
                check(v, node.get(c.getName()), path.isEmpty() ? c.getName() : path + "." + c.getName());
            }
        }
        Set<String> written = new TreeSet<>();
        node.fieldNames().forEachRemaining(written::add);
        assertThat(written).as(path + ": only the non-null components are written").isEqualTo(present);
    }

    private static UUID idValue(Object id) {
        return (UUID) component(id, "value");
    }

    static Object component(Object record, String name) {
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c.getAccessor().invoke(record);
                }
            }
            throw new AssertionError(record.getClass() + " has no component " + name);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
