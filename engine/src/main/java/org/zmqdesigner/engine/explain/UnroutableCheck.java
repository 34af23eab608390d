package org.zmqdesigner.engine.explain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * "Are you using ROUTER sockets?" A ROUTER drops, without a word, a message whose first frame names
 * no connected peer; the run counts each one ({@code unroutable}). There is no design edit that
 * brings such a message home (ROUTER_MANDATORY turns the drop into an error, still undelivered),
 * so the fix is in words.
 */
final class UnroutableCheck implements Check {

    @Override
    public void run(DesignIndex design, RunFacts facts, List<Finding> out) {
        for (Map.Entry<String, RunReport.NodeReport> e : facts.report().nodes().entrySet()) {
            RunReport.NodeReport r = e.getValue();
            if (r.unroutable() == 0) {
                continue;
            }
            List<SocketRef> routers = design.sockets().stream()
                    .filter(s -> s.node().equals(e.getKey()) && design.type(s).routes()).toList();
            if (routers.isEmpty()) {
                continue;
            }
            SocketRef router = routers.get(0);
            Draft d = new Draft(Cause.UNROUTABLE).socket(router);
            design.peers(router).forEach(p -> d.link(p.link().id()));
            d.number(Measure.UNROUTABLE, r.unroutable()).number(Measure.SENT, r.sent())
                    .headline("unroutable.headline", router.toString(), r.unroutable())
                    .why("unroutable.why");
            Optional<SentPrefix> addressed = design.sourceOn(router).filter(s -> s.topic() != null)
                    .flatMap(s -> SentPrefix.of(s, router.node()));
            String peers = String.join(", ", design.peers(router).stream()
                    .map(p -> design.socket(p.socket()).map(Socket::options).map(o -> o.routingId()).orElse(null))
                    .filter(id -> id != null).map(id -> "\"" + id + "\"").distinct().toList());
            if (addressed.isPresent()) {
                String ids = String.join(", ", addressed.get().samples().stream().distinct().limit(4)
                        .map(id -> "\"" + id + "\"").toList());
                d.what(peers.isEmpty() ? "unroutable.what.addressed" : "unroutable.what.addressedPeers",
                        router.toString(), r.sent(), r.unroutable(), ids, peers);
            } else {
                d.what("unroutable.what", router.toString(), r.sent(), r.unroutable());
            }
            boolean mandatory = Boolean.TRUE.equals(design.socket(router).orElseThrow().options().routerMandatory());
            out.add(d.advice(mandatory ? "unroutable.advice.mandatory" : "unroutable.advice", router.toString())
                    .done());
        }
    }
}
