package org.zmqdesigner.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;

/** Builds the loss tracker of a publishing socket from the SUB sockets linked to it. */
final class PubWatches {
    private PubWatches() {
    }

    static PubLossTracker trackerFor(NodeRunner node, SocketTap tap) {
        if (!tap.type.publishes()) {
            return null;
        }
        SocketRef self = new SocketRef(node.node.id(), tap.socketId);
        List<PubLossTracker.Watch> watches = new ArrayList<>();
        for (Link link : node.run.topology().links()) {
            SocketRef other = link.from().equals(self) ? link.to() : link.to().equals(self) ? link.from() : null;
            if (other == null) {
                continue;
            }
            Node peer = node.run.topology().node(other.node()).orElse(null);
            Socket socket = peer == null ? null : peer.socket(other.socket()).orElse(null);
            if (socket == null || !socket.type().subscribesByOption()) {
                continue;
            }
            byte[][] filters = socket.options().subscribe().stream()
                    .map(f -> f.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
            watches.add(new PubLossTracker.Watch(other.node(), other.socket(), filters,
                    node.run.subscriber(other)));
        }
        PubLossTracker tracker = new PubLossTracker(watches, node.run::subscriberGeneration);
        tracker.onDrops((watch, connection, count) -> node.run.publish(new org.zmqdesigner.engine.event.RunEvent
                .MessageDropped(node.run.clock(System.nanoTime()), node.node.id(), tap.socketId,
                connection == null ? null : connection.id, connection == null ? null : connection.link(),
                org.zmqdesigner.engine.event.RunEvent.DropReason.HWM, count)));
        node.run.registerPubTracker(self, tracker);
        return tracker;
    }
}
