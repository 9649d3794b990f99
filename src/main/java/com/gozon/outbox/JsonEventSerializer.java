package com.gozon.outbox;

import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events as JSON in the registry, exactly as Spring Modulith's Jackson serializer writes and reads them, with the
 * mapper held rather than looked up per event. The relay sends this JSON as the message's body.
 */
class JsonEventSerializer implements EventSerializer {

    private final JsonMapper json;

    JsonEventSerializer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Object serialize(Object event) {
        return json.writeValueAsString(event);
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return json.readerFor(type).readValue(serialized.toString());
    }
}
