package org.zmqdesigner.engine.event;

import java.util.List;

/**
 * Receives run events in batches, on the event bus's own thread; never on a socket's thread.
 * Expensive work belongs once per batch, not once per event.
 */
@FunctionalInterface
public interface EventSubscriber {
    void onEvents(List<RunEvent> batch);
}
