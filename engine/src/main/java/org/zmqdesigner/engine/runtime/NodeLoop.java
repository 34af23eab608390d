package org.zmqdesigner.engine.runtime;

import org.zmqdesigner.engine.model.Behaviour;

/** What a node does once its sockets are up; runs on the node's thread until done or stopped. */
interface NodeLoop {
    void run(NodeRunner node);

    static NodeLoop forBehaviour(Behaviour behaviour) {
        if (behaviour == null) {
            return node -> {
                while (true) {
                    node.pauseNanos(RunContext.TICK_NANOS);
                }
            };
        }
        if (behaviour instanceof Behaviour.Source s) {
            return new SourceLoop(s);
        }
        if (behaviour instanceof Behaviour.Responder r) {
            return new ResponderLoop(r);
        }
        if (behaviour instanceof Behaviour.Echo e) {
            return ResponderLoop.echo(e.socket());
        }
        if (behaviour instanceof Behaviour.Worker w) {
            return new WorkerLoop(w);
        }
        if (behaviour instanceof Behaviour.Sink k) {
            return new SinkLoop(k);
        }
        if (behaviour instanceof Behaviour.Broker b) {
            return new BrokerLoop(b);
        }
        throw new IllegalArgumentException("no loop for " + behaviour.typeName());
    }
}
