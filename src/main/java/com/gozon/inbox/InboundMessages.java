package com.gozon.inbox;

import org.jspecify.annotations.Nullable;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.modulith.NamedInterface;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads what a consumer receives, distrusting all of it: whoever may publish to the broker could have written it. A
 * message that cannot be read is rejected with a short reason and parked at once: retrying it would not make it
 * readable. Values are checked as text against strict patterns before anything is computed from them, and a reason
 * quotes at most a short excerpt of what arrived, so that neither a number nor a log line can grow without bound.
 */
@NamedInterface("api")
public final class InboundMessages {

    /** Far above any message of the contracts (a few hundred bytes), far below what would cost to read. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** The longest reason a parked message carries, and a log line quotes. */
    public static final int MAX_REASON_LENGTH = 200;

    private static final int MAX_EXCERPT_LENGTH = 40;
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    // a JSON number with at most 13 integer and 2 fractional digits: no sign, no exponent
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?");

    private InboundMessages() {
    }

    /** The top-level fields of the JSON body, as text: nothing in it is converted yet. */
    public static MessageBody body(Message message, JsonMapper json) {
        var bytes = message.getBody();
        if (bytes.length > MAX_BODY_BYTES) {
            throw reject("The body has " + bytes.length + " bytes, more than " + MAX_BODY_BYTES);
        }
        try (var parser = json.createParser(bytes)) {
            return MessageBody.read(parser);
        } catch (JacksonException e) {
            throw reject("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The message id, the key of the inbox: the AMQP message id, or the event id in the body when a copy was
     * republished without one.
     */
    public static UUID messageId(Message message, @Nullable UUID eventId) {
        var id = message.getMessageProperties().getMessageId();
        if (id == null) {
            if (eventId == null) {
                throw reject("The message carries neither a message id nor an eventId");
            }
            return eventId;
        }
        return uuid(id, "The message id");
    }

    /** A UUID in its canonical form (8-4-4-4-12 hexadecimal digits), nothing looser. */
    public static UUID uuid(String text, String what) {
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw reject(what + " is not a UUID: " + excerpt(text));
        }
        return UUID.fromString(text);
    }

    /**
     * An amount as the text of a JSON number: at most 13 integer and 2 fractional digits, no sign, no exponent. Only
     * such a text becomes a {@link BigDecimal}; whether the amount suits its use is the module's to say.
     */
    public static BigDecimal amount(String text, String what) {
        if (!AMOUNT.matcher(text).matches()) {
            throw reject(what + " is not an amount of at most 13 integer and 2 fractional digits: " + excerpt(text));
        }
        return new BigDecimal(text);
    }

    /** A value from a message as a reason may quote it: short, quoted, with control characters replaced. */
    public static String excerpt(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        var shortened = value.length() > MAX_EXCERPT_LENGTH ? value.substring(0, MAX_EXCERPT_LENGTH) + "..." : value;
        return "'" + printable(shortened) + "'";
    }

    /** Parks the message with the reason, cut to {@value #MAX_REASON_LENGTH} printable characters. */
    public static AmqpRejectAndDontRequeueException reject(String reason) {
        var bounded = reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH - 3) + "..." : reason;
        return new AmqpRejectAndDontRequeueException(printable(bounded));
    }

    private static String printable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c));
        return out.toString();
    }
}
