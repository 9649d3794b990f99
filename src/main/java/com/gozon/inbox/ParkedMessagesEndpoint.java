package com.gozon.inbox;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /actuator/parked}: the messages parked in this process's parking queues and their reasons;
 * {@code POST /actuator/parked/{queue}} with {@code {"messageId": "..."}} (or an empty object for all of them) sends
 * parked messages back to where they came from.
 */
@Endpoint(id = "parked")
class ParkedMessagesEndpoint {

    private final ParkedMessages parked;

    ParkedMessagesEndpoint(ParkedMessages parked) {
        this.parked = parked;
    }

    @ReadOperation
    Map<String, List<ParkedMessages.Parked>> all() {
        var byQueue = new TreeMap<String, List<ParkedMessages.Parked>>();
        parked.queues().forEach(queue -> byQueue.put(queue, parked.list(queue)));
        return byQueue;
    }

    @ReadOperation
    List<ParkedMessages.Parked> queue(@Selector String queue) {
        return parked.list(known(queue));
    }

    @WriteOperation
    Map<String, Integer> replay(@Selector String queue, @Nullable String messageId) {
        return Map.of("replayed", parked.replay(known(queue), messageId));
    }

    private String known(String queue) {
        if (!parked.queues().contains(queue)) {
            throw new InvalidEndpointRequestException("No parking queue " + queue + " in this process",
                    "Unknown parking queue");
        }
        return queue;
    }
}
