package com.gozon.http.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads JSON strings as Jackson does, and refuses those that PostgreSQL cannot store as they were sent: a NUL
 * character (rejected by every {@code text} column, which made a 500) and an unpaired UTF-16 surrogate (stored as
 * {@code ?}, silently changing the text).
 */
public class StorableTextDeserializer extends StringDeserializer {

    public static final String REASON = "must not contain NUL characters or unpaired surrogates";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        var text = super.deserialize(parser, context);
        if (text != null && !isStorable(text)) {
            throw context.weirdStringException(text, String.class, REASON);
        }
        return text;
    }

    static boolean isStorable(String text) {
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
