package com.gozon.inbox;

import com.gozon.support.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What arrives is text from anyone who may publish: checked against strict patterns before it becomes a value. */
class InboundMessagesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ORDER_ID = "0b9c3d4e-8f43-4c1e-9d7a-2a5e6f7a8b9c";

    @ParameterizedTest
    @ValueSource(strings = {"50.00", "50", "0.5", "0", "9999999999999.99"})
    void amountWithinThirteenIntegerAndTwoFractionalDigitsIsRead(String amount) {
        assertThat(body("{\"amount\":" + amount + "}").amount("amount")).isEqualByComparingTo(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1E-50000000", "1E+50000000", "1e2", "-1.00", "1.001", "1.000", "10000000000000",
            "\"50.00\"", "true", "{}", "[1]"})
    void anyOtherAmountIsRefused(String amount) {
        assertRefused(() -> body("{\"amount\":" + amount + "}").amount("amount"), "amount");
    }

    @Test
    void hugeExponentIsRefusedWithoutArithmeticAndWithAShortReason() {
        assertTimeoutPreemptively(Duration.ofMillis(500), () ->
                assertThatThrownBy(() -> body("{\"amount\": -1E-50000000}").amount("amount"))
                        .isInstanceOf(AmqpRejectAndDontRequeueException.class)
                        .hasMessageContaining("'-1E-50000000'")
                        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(200)));
    }

    @Test
    void canonicalUuidIsRead() {
        assertThat(body("{\"orderId\":\"" + ORDER_ID + "\"}").uuid("orderId")).isEqualTo(UUID.fromString(ORDER_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1-1-1-1-1\"", "\"C5w9TkMeQ9yJ2V5vr7gG5A==\"", "\"0b9c3d4e8f434c1e9d7a2a5e6f7a8b9c\"",
            "\" 0b9c3d4e-8f43-4c1e-9d7a-2a5e6f7a8b9c\"", "12", "null"})
    void anyOtherIdIsRefused(String id) {
        assertRefused(() -> body("{\"orderId\":" + id + "}").uuid("orderId"), "orderId");
    }

    @Test
    void missingOptionalIdIsNull() {
        assertThat(body("{\"eventId\":null}").optionalUuid("eventId")).isNull();
        assertThat(body("{}").optionalUuid("eventId")).isNull();
    }

    @Test
    void messageIdMustBeACanonicalUuid() {
        assertThatThrownBy(() -> InboundMessages.messageId(Messages.json("1-1-1-1-1", "{}"), null))
                .isInstanceOf(AmqpRejectAndDontRequeueException.class).hasMessageContaining("not a UUID");
    }

    @Test
    void fieldsNotAskedForAreIgnoredNestedOrNot() {
        var body = body("{\"extra\":{\"deep\":[1,2,{\"x\":-1E-50000000}]},\"orderId\":\"" + ORDER_ID + "\"}");

        assertThat(body.uuid("orderId")).isEqualTo(UUID.fromString(ORDER_ID));
    }

    @Test
    void fieldThatAppearsTwiceIsRefused() {
        assertRefused(() -> body("{\"amount\":1.00,\"amount\":999.99}"), "twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "{ this is not json", "{} {}", ""})
    void bodyThatIsNotOneJsonObjectIsRefused(String text) {
        assertThatThrownBy(() -> body(text)).isInstanceOf(AmqpRejectAndDontRequeueException.class);
    }

    @Test
    void bodyAboveItsLimitIsRefusedUnread() {
        var big = "{\"pad\":\"" + "x".repeat(InboundMessages.MAX_BODY_BYTES) + "\"}";

        assertRefused(() -> body(big), "bytes");
    }

    @Test
    void reasonIsShortAndPrintable() {
        var reason = InboundMessages.reject("Unknown reason " + "\n[forged log line]".repeat(100)).getMessage();

        assertThat(reason).hasSizeLessThanOrEqualTo(InboundMessages.MAX_REASON_LENGTH).doesNotContain("\n");
        assertThat(InboundMessages.excerpt("a\r\nb" + "c".repeat(100))).startsWith("'a??b").hasSizeLessThan(50);
    }

    private static MessageBody body(String json) {
        return InboundMessages.body(Messages.json(UUID.randomUUID().toString(), json), JSON);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable reading, String reason) {
        assertThatThrownBy(reading).isInstanceOf(AmqpRejectAndDontRequeueException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(200));
    }
}
