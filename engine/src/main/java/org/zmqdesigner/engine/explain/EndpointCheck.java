package org.zmqdesigner.engine.explain;

import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * "Check that you bind before you connect": a socket that dials an endpoint nobody binds keeps
 * retrying in the background, and what it sends waits or goes nowhere. Links always reach a bind
 * (the validator refuses the run otherwise), so this is about a socket's own connects: none of the
 * design binds the endpoint and, over tcp, the run's monitor saw the connect fail and retry and
 * never succeed (an outside program would have answered). When a socket of the design that can
 * talk to it binds another port on that host, the connect most likely has the wrong port.
 */
final class EndpointCheck implements Check {

    @Override
    public void run(DesignIndex design, RunFacts facts, List<Finding> out) {
        for (SocketRef ref : design.sockets()) {
            Socket socket = design.socket(ref).orElseThrow();
            RunReport.NodeReport r = facts.node(ref.node());
            if (r == null) {
                continue;
            }
            for (String connect : socket.connects()) {
                Optional<Endpoint> target = parse(connect);
                if (target.isEmpty() || boundInDesign(design, target.get())) {
                    continue;
                }
                long retries = facts.observed().retriesTo(ref, connect);
                boolean unanswered = target.get().isTcp()
                        ? retries > 0 && !facts.observed().connectedTo(ref, connect)
                        // inproc exists only inside this process: nobody else can bind it
                        : target.get().transport() == Endpoint.Transport.INPROC;
                if (!unanswered) {
                    continue;
                }
                Draft d = new Draft(Cause.ENDPOINT_NOT_BOUND).socket(ref)
                        .number(Measure.CONNECT_RETRIES, retries).number(Measure.SENT, r.sent())
                        .number(Measure.RECEIVED, r.received())
                        .why("endpoint.why");
                Optional<Bound> near = nearest(design, ref, socket, target.get());
                if (near.isPresent()) {
                    Bound b = near.get();
                    Draft w = new Draft(Cause.WRONG_PORT).socket(ref).socket(b.socket())
                            .number(Measure.CONNECT_RETRIES, retries).number(Measure.SENT, r.sent())
                            .number(Measure.RECEIVED, r.received())
                            .headline("wrongPort.headline", ref.toString(), connect, b.socket().toString(), b.bind())
                            .what("wrongPort.what", ref.toString(), connect, retries, r.sent(), r.received(),
                                    b.socket().toString(), b.bind())
                            .why("endpoint.why")
                            .advice("wrongPort.advice", ref.toString(), b.socket().toString(), b.dial())
                            .fix(Fixes.relink(design, ref, connect, b.socket(), b.dial()));
                    out.add(w.done());
                    continue;
                }
                out.add(d.headline("endpoint.headline", ref.toString(), connect)
                        .what(target.get().isTcp() ? "endpoint.what" : "endpoint.what.inproc", ref.toString(), connect,
                                retries, r.sent(), r.received())
                        .advice("endpoint.advice", ref.toString(), connect).done());
            }
        }
    }

    /** A bind of the design that would answer this socket, on the same host and transport, nearest port first. */
    private record Bound(SocketRef socket, String bind, String dial, long distance) {
    }

    private static Optional<Bound> nearest(DesignIndex design, SocketRef self, Socket socket, Endpoint target) {
        if (!target.isTcp()) {
            return Optional.empty();
        }
        Bound best = null;
        for (SocketRef other : design.sockets()) {
            if (other.node().equals(self.node()) || !socket.type().canTalkTo(design.type(other))) {
                continue;
            }
            for (String bind : design.socket(other).orElseThrow().binds()) {
                Optional<Endpoint> bound = parse(bind);
                if (bound.isEmpty() || !bound.get().isTcp() || bound.get().port() == Endpoint.ANY_PORT) {
                    continue;
                }
                String dial = "tcp://" + (bound.get().isWildcardHost() || bound.get().isLoopbackHost() ? "localhost"
                        : bound.get().host()) + ":" + bound.get().port();
                Optional<Endpoint> dialled = parse(dial);
                Endpoint samePort = new Endpoint(target.transport(), target.host(), bound.get().port(), null);
                if (dialled.isEmpty() || !samePort.reaches(bound.get())) {
                    continue; // another host: not a port mistake
                }
                long distance = Math.abs(bound.get().port() - target.port());
                if (best == null || distance < best.distance()) {
                    best = new Bound(other, bind, dial, distance);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean boundInDesign(DesignIndex design, Endpoint target) {
        for (SocketRef other : design.sockets()) {
            for (String bind : design.socket(other).orElseThrow().binds()) {
                if (parse(bind).map(target::reaches).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Endpoint> parse(String text) {
        try {
            return Optional.of(Endpoint.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
