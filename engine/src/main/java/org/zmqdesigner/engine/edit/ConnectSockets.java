package org.zmqdesigner.engine.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;

/**
 * Links two sockets: {@code connecting} dials {@code endpoint}, and {@code binding} binds it,
 * gaining the bind if it has none that the endpoint reaches. One gesture, one undo.
 *
 * @param bindAs what the binding side binds ("tcp://127.0.0.1:5555"); the link dials
 *     {@code endpoint} ("tcp://localhost:5555")
 */
public record ConnectSockets(String linkId, SocketRef connecting, SocketRef binding, String endpoint, String bindAs)
        implements Edit {

    @Override
    public Topology apply(Topology topology) {
        Node binder = topology.node(binding.node())
                .orElseThrow(() -> new IllegalArgumentException(EditTexts.get("refused.noNode", binding.node())));
        Socket socket = binder.socket(binding.socket())
                .orElseThrow(() -> new IllegalArgumentException(EditTexts.get("refused.noSocket", binding)));
        topology.socket(connecting)
                .orElseThrow(() -> new IllegalArgumentException(EditTexts.get("refused.noSocket", connecting)));
        if (topology.link(linkId).isPresent() || topology.node(linkId).isPresent()) {
            throw EditTexts.idTaken(linkId);
        }
        Topology result = topology;
        if (!alreadyBound(socket)) {
            List<String> binds = new ArrayList<>(socket.binds());
            binds.add(bindAs);
            result = result.replaceNode(binder.withSocket(socket.id(), socket.withBinds(binds)));
        }
        return result.withLink(new Link(linkId, connecting, binding, endpoint));
    }

    private boolean alreadyBound(Socket socket) {
        Optional<Endpoint> target;
        try {
            target = Optional.of(Endpoint.parse(endpoint));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return socket.binds().stream().anyMatch(b -> {
            try {
                return target.get().reaches(Endpoint.parse(b));
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
    }

    @Override
    public String description() {
        return EditTexts.get("connect.sockets", connecting, binding);
    }
}
