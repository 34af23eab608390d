package org.zmqdesigner.engine.export.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zmqdesigner.engine.export.PortableEndpoints;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.Topology;

/**
 * The design with its endpoints changed for containers, made with the model's withers so it stays
 * a design the engine validates and runs. Every endpoint is first made portable (ipc as tcp on
 * loopback, as the plan exports it); then each fixed-port tcp bind listens on every interface of
 * its container ({@code tcp://*:PORT}, the container's own network being its boundary), each link
 * dials what {@code dial} says, and each connect to a program outside the design goes through
 * {@code outside}.
 */
final class DeployRewrite {

    private DeployRewrite() {
    }

    /**
     * @param dial the endpoint a wire's connecting side dials, given the wire (its endpoint portable)
     * @param outside the endpoint a connect to an outside program becomes, given it portable
     */
    static Topology of(DeployLayout layout, Function<DeployLayout.Wire, String> dial,
                       Function<Endpoint, String> outside) {
        Topology design = layout.plan().topology();
        PortableEndpoints portable = new PortableEndpoints(design);
        List<Node> nodes = new ArrayList<>();
        for (Node node : design.nodes()) {
            List<Socket> sockets = new ArrayList<>();
            for (Socket socket : node.sockets()) {
                List<String> binds = socket.binds().stream().map(b -> inContainer(portable.portable(b))).toList();
                List<String> connects = socket.connects().stream()
                        .map(c -> outside.apply(Endpoint.parse(portable.portable(c)))).toList();
                sockets.add(socket.withBinds(binds).withConnects(connects));
            }
            nodes.add(node.withSockets(sockets));
        }
        List<Link> links = new ArrayList<>();
        for (DeployLayout.Wire wire : layout.wires()) {
            links.add(wire.link().withEndpoint(dial.apply(wire)));
        }
        return design.withNodes(nodes).withLinks(links);
    }

    /** A fixed-port tcp bind on every interface of the container; anything else as it is. */
    static String inContainer(String bind) {
        Endpoint endpoint = Endpoint.parse(bind);
        if (!endpoint.isTcp() || endpoint.port() == Endpoint.ANY_PORT) {
            return bind;
        }
        return everyInterface(endpoint.port());
    }

    static String everyInterface(long port) {
        return "tcp://*:" + port;
    }

    static String dial(String host, long port) {
        return "tcp://" + host + ":" + port;
    }
}
