/**
 * What every consuming module shares: reading an inbound message without trusting it
 * ({@link com.gozon.infrastructure.messaging.InboundMessages}, {@link com.gozon.infrastructure.messaging.MessageBody}),
 * announcing that it was handled ({@link com.gozon.infrastructure.messaging.MessageHandled}, counted in one metric), and
 * the parking queues for messages that keep failing.
 */
@NamedInterface("messaging")
@NullMarked
package com.gozon.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
