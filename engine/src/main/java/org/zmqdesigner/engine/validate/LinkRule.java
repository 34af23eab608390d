package org.zmqdesigner.engine.validate;

import java.util.Optional;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A link joins two existing sockets that ZeroMQ lets talk, and its endpoint is one the binding side
 * really binds, reachable from the connecting side's machine.
 */
final class LinkRule implements Rule {
    @Override
    public void check(TopologyFacts facts, Findings out) {
        for (Link link : facts.links()) {
            Optional<TopologyFacts.OwnedSocket> from = end(facts, link, link.from(), "link.side.connecting", out);
            Optional<TopologyFacts.OwnedSocket> to = end(facts, link, link.to(), "link.side.binding", out);
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            if (link.from().equals(link.to())) {
                out.error("SELF_LINK", link.id(), RuleTexts.get("link.self.message", link.id(), link.from()),
                        RuleTexts.get("link.self.hint"));
                continue;
            }
            compatible(link, from.get(), to.get(), out);
            bindingSide(facts, link, from.get(), to.get(), out);
        }
    }

    private static Optional<TopologyFacts.OwnedSocket> end(TopologyFacts facts, Link link, SocketRef ref,
                                                           String sideKey, Findings out) {
        Optional<TopologyFacts.OwnedSocket> owned = facts.socket(ref);
        if (owned.isEmpty()) {
            boolean nodeExists = facts.node(ref.node()).isPresent();
            String side = RuleTexts.get(sideKey);
            out.error("DANGLING_LINK", link.id(), nodeExists
                            ? RuleTexts.get("link.dangling.socket.message", link.id(), side, ref.socket(), ref.node())
                            : RuleTexts.get("link.dangling.node.message", link.id(), side, ref.node()),
                    RuleTexts.get("link.dangling.hint"));
        }
        return owned;
    }

    private static void compatible(Link link, TopologyFacts.OwnedSocket from, TopologyFacts.OwnedSocket to,
                                   Findings out) {
        SocketType a = from.socket().type();
        SocketType b = to.socket().type();
        if (a.canTalkTo(b)) {
            return;
        }
        String pairs = a == b ? RuleTexts.get("link.incompatible.same", a, names(a))
                : RuleTexts.get("link.incompatible.different", a, names(a), b, names(b));
        out.error("INCOMPATIBLE_SOCKETS", link.id(), RuleTexts.get("link.incompatible.message", a, b, link.id()),
                RuleTexts.get("link.incompatible.hint", pairs, a.peers().iterator().next()));
    }

    private static String names(SocketType type) {
        return RuleTexts.orList(type.peers().stream().map(Enum::name).toList());
    }

    private static void bindingSide(TopologyFacts facts, Link link, TopologyFacts.OwnedSocket from,
                                    TopologyFacts.OwnedSocket to, Findings out) {
        Optional<Endpoint> target = TopologyFacts.parse(link.endpoint());
        if (target.isEmpty()) {
            return;
        }
        Endpoint endpoint = target.get();
        boolean bound = to.socket().binds().stream()
                .map(TopologyFacts::parse).flatMap(Optional::stream)
                .anyMatch(endpoint::reaches);
        if (!bound) {
            boolean reversed = from.socket().binds().stream()
                    .map(TopologyFacts::parse).flatMap(Optional::stream)
                    .anyMatch(endpoint::reaches);
            String hint;
            if (reversed) {
                hint = RuleTexts.get("link.noBindingSide.reversed", from.element());
            } else if (to.socket().binds().isEmpty()) {
                hint = RuleTexts.get("link.noBindingSide.noBinds", to.element(), bindFor(endpoint));
            } else {
                hint = RuleTexts.get("link.noBindingSide.otherBinds", to.element(),
                        String.join(", ", to.socket().binds()));
            }
            out.error("LINK_NO_BINDING_SIDE", link.id(), RuleTexts.get("link.noBindingSide.message", link.id(),
                    from.element(), link.endpoint(), to.element()), hint);
        }
        if (endpoint.isLocalOnly() && facts.differentHosts(from.node(), to.node())) {
            boolean inproc = endpoint.transport() == Endpoint.Transport.INPROC;
            out.error(inproc ? "INPROC_ACROSS_HOSTS" : "IPC_ACROSS_HOSTS", link.id(),
                    RuleTexts.get("link.acrossHosts.message", link.id(), endpoint.transport().scheme(),
                            from.node().id(), TopologyFacts.hostLabel(from.node()), to.node().id(),
                            TopologyFacts.hostLabel(to.node()),
                            RuleTexts.get(inproc ? "link.acrossHosts.inproc" : "link.acrossHosts.ipc")),
                    RuleTexts.get("link.acrossHosts.hint", hostName(to.node()),
                            endpoint.isTcp() && endpoint.port() > 0 ? endpoint.port() : 5555));
        }
        if (endpoint.isTcp() && endpoint.isLoopbackHost() && facts.differentHosts(from.node(), to.node())) {
            out.error("LOOPBACK_ACROSS_HOSTS", link.id(),
                    RuleTexts.get("link.loopback.message", link.id(), from.node().id(),
                            TopologyFacts.hostLabel(from.node()), link.endpoint(), to.node().id(),
                            TopologyFacts.hostLabel(to.node())),
                    RuleTexts.get("link.loopback.hint", hostName(to.node()), endpoint.port()));
        }
    }

    private static String bindFor(Endpoint endpoint) {
        if (endpoint.isTcp() && endpoint.port() == Endpoint.ANY_PORT) {
            return RuleTexts.get("link.noBindingSide.fixedPort");
        }
        if (endpoint.isTcp() && endpoint.isLoopbackHost()) {
            return "tcp://127.0.0.1:" + endpoint.port();
        }
        return endpoint.toString();
    }

    private static String hostName(org.zmqdesigner.engine.model.Node node) {
        String host = TopologyFacts.hostOf(node);
        return host.isEmpty() ? "localhost" : host;
    }
}
