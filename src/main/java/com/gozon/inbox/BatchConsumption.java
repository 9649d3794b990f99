package com.gozon.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.amqp.rabbit.config.ContainerCustomizer;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * The consumers take their messages in batches (ADR 0021): Boot's {@code spring.rabbitmq.listener.simple.
 * consumer-batch-enabled} and {@code batch-size} make the listener containers deliver lists, {@link MessageBatches}
 * handles each list in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class BatchConsumption {

    @Bean
    MessageBatches messageBatches(PlatformTransactionManager transactionManager,
                                  ObjectProvider<ObservationRegistry> observations, MessageRecoverer parking,
                                  ApplicationEventPublisher events, OutageHold outageHold) {
        return new MessageBatches(new TransactionTemplate(transactionManager),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP), parking, events, outageHold);
    }

    @Bean
    OutageHold outageHold(InboxProperties properties, ObjectProvider<MeterRegistry> meters,
                          ObjectProvider<Clock> clock) {
        return new OutageHold(properties.outageHold(), properties.outagePause(),
                meters.getIfAvailable(SimpleMeterRegistry::new), clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * A container adds a message to the batch it gathers if one arrives within {@code gozon.messaging.batch-wait}
     * of the previous one (its receive timeout; Spring AMQP's default of a second would hold a lone message that
     * long). Under load the prefetched messages are there at once and the batch fills without waiting; when idle, a
     * consumer wakes up this often to look.
     * <p>
     * On a stop, a container waits {@code gozon.messaging.shutdown-timeout} for its consumers to finish the batch in
     * hand and the messages they prefetched (ADR 0027). Spring AMQP's 5 s ran out under load: the container closed
     * the channels while a consumer went on with its batch, whose publications were then committed after the outbox
     * relay had stopped, for another instance to take over.
     */
    @Bean
    ContainerCustomizer<SimpleMessageListenerContainer> batchWait(
            @Value("${gozon.messaging.batch-wait:5ms}") Duration batchWait,
            @Value("${gozon.messaging.shutdown-timeout:20s}") Duration shutdownTimeout) {
        return container -> {
            container.setReceiveTimeout(batchWait.toMillis());
            container.setShutdownTimeout(shutdownTimeout.toMillis());
        };
    }
}
