package com.gozon.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.amqp.rabbit.retry.RepublishMessageRecovererWithConfirms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where messages go that keep failing: after the listener's bounded retries, the message is republished (with
 * publisher confirms) to the direct exchange {@code gozon.parking} under its queue's name, with the reason in the
 * headers {@code x-exception-message} and {@code x-exception-stacktrace}, and lands in {@code <queue>.parked}. Every
 * module's queue gets its parking queue here, so that a module only declares the queues it consumes.
 * <p>
 * On RabbitMQ's quorum queues the broker parks here too: a message delivered {@code gozon.inbox.delivery-limit} times
 * is dead-lettered to the same exchange under its queue's name ({@link QueueDeclarations}), with its reason in the
 * header {@code x-first-death-reason}. An operator lists and replays parked messages, whoever parked them, through
 * {@link ParkedMessages} ({@code /actuator/parked}).
 */
@Configuration(proxyBeanMethods = false)
public class ParkingLot {

    public static final String EXCHANGE = "gozon.parking";
    public static final String QUEUE_SUFFIX = ".parked";

    private static final int MAX_MESSAGES_PER_CALL = 100;
    private static final Duration REPLAY_CONFIRM_TIMEOUT = Duration.ofSeconds(5);

    /**
     * The exchange, a parking queue per consumed queue, and their bindings unless
     * {@code gozon.inbox.declare-parking-bindings} is false: a module's own broker user may not read the parking
     * exchange, so that it cannot bind a queue of its choice to it (issue 18), and its bindings come from the
     * broker's definitions instead.
     */
    @Bean
    Declarables parkingQueues(ObjectProvider<Queue> consumedQueues, QueueDeclarations queues,
                              @Value("${gozon.inbox.declare-parking-bindings:true}") boolean declareBindings) {
        var exchange = new DirectExchange(EXCHANGE, true, false);
        List<Declarable> declarables = new ArrayList<>(List.of(exchange));
        consumed(consumedQueues).forEach(queue -> {
            var parked = queues.parking(queue);
            declarables.add(parked);
            if (declareBindings) {
                declarables.add(BindingBuilder.bind(parked).to(exchange).with(queue));
            }
        });
        return new Declarables(declarables);
    }

    @Bean
    ParkedMessages parkedMessages(RabbitTemplate rabbit, ObjectProvider<Queue> consumedQueues) {
        var parkingQueues = consumed(consumedQueues).map(queue -> queue + QUEUE_SUFFIX).collect(Collectors.toSet());
        return new ParkedMessages(rabbit, parkingQueues, MAX_MESSAGES_PER_CALL, REPLAY_CONFIRM_TIMEOUT);
    }

    @Bean
    ParkedMessagesEndpoint parkedMessagesEndpoint(ParkedMessages parkedMessages) {
        return new ParkedMessagesEndpoint(parkedMessages);
    }

    /** The names of the queues this process consumes, each of which gets a parking queue. */
    private static Stream<String> consumed(ObjectProvider<Queue> queues) {
        return queues.orderedStream().map(Queue::getName).filter(name -> !name.endsWith(QUEUE_SUFFIX));
    }

    @Bean
    MessageRecoverer parkingMessageRecoverer(RabbitTemplate rabbit, ObjectProvider<MeterRegistry> meters) {
        var parser = new SpelExpressionParser();
        var park = new RepublishMessageRecovererWithConfirms(rabbit,
                parser.parseExpression("'" + EXCHANGE + "'"),
                parser.parseExpression("messageProperties.consumerQueue"),
                CachingConnectionFactory.ConfirmType.CORRELATED);
        return new TransientFailureRequeuer(park, meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
