package com.gozon.inbox;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.gozon.inbox.InboundMessages.excerpt;
import static com.gozon.inbox.InboundMessages.reject;

/**
 * The top-level fields of a message's JSON object, kept as the text the producer wrote. A field becomes a UUID or an
 * amount only when a consumer asks for it, and only if its text passes {@link InboundMessages}' patterns. Fields a
 * consumer does not ask for are ignored (a tolerant reader); nested objects and arrays are skipped unread. A field
 * that appears twice is refused: two readers could disagree on which copy counts.
 */
@NamedInterface("api")
public final class MessageBody {

    private final Map<String, Field> fields;

    private MessageBody(Map<String, Field> fields) {
        this.fields = fields;
    }

    static MessageBody read(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw reject("The body is not a JSON object");
        }
        var fields = new HashMap<String, Field>();
        for (var name = parser.nextName(); name != null; name = parser.nextName()) {
            var token = parser.nextToken();
            var text = "";
            if (token.isStructStart()) {
                parser.skipChildren();
            } else if (token != JsonToken.VALUE_NULL) {
                text = parser.getString();
            }
            if (fields.putIfAbsent(name, new Field(token, text)) != null) {
                throw reject("The field " + excerpt(name) + " appears twice");
            }
        }
        if (parser.nextToken() != null) {
            throw reject("The body goes on after its JSON object");
        }
        return new MessageBody(fields);
    }

    /** A UUID string field that must be there. */
    public UUID uuid(String name) {
        return InboundMessages.uuid(string(name), name);
    }

    /** A UUID string field that may be missing or null. */
    public @Nullable UUID optionalUuid(String name) {
        var field = fields.get(name);
        return field == null || field.token() == JsonToken.VALUE_NULL ? null : uuid(name);
    }

    /** An amount: a JSON number field that must be there, checked as text before it becomes a number. */
    public BigDecimal amount(String name) {
        var field = required(name);
        if (!field.token().isNumeric()) {
            throw reject(name + " is not a JSON number");
        }
        return InboundMessages.amount(field.text(), name);
    }

    /** A string field that must be there. */
    public String string(String name) {
        var field = required(name);
        if (field.token() != JsonToken.VALUE_STRING) {
            throw reject(name + " is not a JSON string");
        }
        return field.text();
    }

    private Field required(String name) {
        var field = fields.get(name);
        if (field == null || field.token() == JsonToken.VALUE_NULL) {
            throw reject("The field " + name + " is missing");
        }
        return field;
    }

    /** A field's token and, for a scalar, its text as written (empty for null, objects and arrays). */
    private record Field(JsonToken token, String text) {
    }
}
