package com.gozon.inbox;

import org.springframework.modulith.NamedInterface;

import java.util.UUID;

/**
 * A message that passed its consumer's checks, ready to be handled: its inbox key and order (for the log context), the
 * key that orders it within a batch, and what the consumer made of it.
 *
 * @param messageId the inbox key
 * @param orderId   the order it concerns
 * @param lockKey   the batch is handled in the order of these keys: the key of the first row the message locks, then
 *                  its message id, so that two batches lock the same rows in the same order and never deadlock
 * @param command   what the consumer's use case takes
 */
@NamedInterface("api")
public record InboundMessage<C>(UUID messageId, UUID orderId, String lockKey, C command) {
}
