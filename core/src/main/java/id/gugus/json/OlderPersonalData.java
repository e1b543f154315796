package id.gugus.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gugus.cases.ContactType;
import id.gugus.cases.PersonalData;
import java.io.IOException;

/**
 * Reads personal data written before it was structured (issue #15), so that stored payloads and
 * backups of older versions still read: {@code "name"} as a text is the full name,
 * {@code "contact"} (one text) a contact of type {@link ContactType#OTHER}, {@code "address"} as
 * a text the address as written without an area code. A blank text was no data, and is read as
 * none. The upgraded object is then read by Jackson's own record deserializer, with every strict
 * rule of {@link GugusJson}; the new shape passes through unchanged.
 */
final class OlderPersonalData extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return description.getBeanClass() == PersonalData.class ? new Upgrading(deserializer) : deserializer;
    }

    /** The record's deserializer, given the upgraded tree. */
    static final class Upgrading extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Upgrading(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Upgrading(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            if (tree instanceof ObjectNode object) {
                upgrade(object);
            }
            try (JsonParser upgraded = tree.traverse(p.getCodec())) {
                upgraded.nextToken();
                return _delegatee.deserialize(upgraded, ctxt);
            }
        }

        static void upgrade(ObjectNode personal) {
            JsonNode name = personal.get("name");
            if (name != null && name.isTextual()) {
                personal.set("name", name.asText().isBlank() ? null : JsonNodeFactory.instance.objectNode().put("full", name.asText()));
            }
            JsonNode address = personal.get("address");
            if (address != null && address.isTextual()) {
                personal.set("address", address.asText().isBlank() ? null
                        : JsonNodeFactory.instance.objectNode().put("text", address.asText()));
            }
            JsonNode contact = personal.get("contact");
            // With "contacts" beside it, "contact" is left to fail as an unknown property: which one would be meant?
            if (contact != null && (contact.isTextual() || contact.isNull()) && !personal.has("contacts")) {
                personal.remove("contact");
                ArrayNode contacts = personal.putArray("contacts");
                if (contact.isTextual() && !contact.asText().isBlank()) {
                    contacts.addObject().put("type", ContactType.OTHER.name()).put("value", contact.asText());
                }
            }
        }
    }
}
