/**
 * What every consuming module shares: reading an inbound message ({@link com.gozon.infrastructure.messaging.InboundMessages}),
 * announcing that it was handled ({@link com.gozon.infrastructure.messaging.MessageHandled}, counted in one metric), and
 * the parking queues for messages that keep failing.
 */
@NamedInterface("messaging")
@NullMarked
package com.gozon.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
