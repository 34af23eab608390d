package org.zmqdesigner.engine.explain;

import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.runtime.RunReport;

/**
 * "Are you using REQ and REP?" A REQ must have its reply before it sends again; when the request or
 * the reply is lost it waits for ever. The engine's REQ gives up after its patience (state
 * {@code GAVE_UP}); in a live run a REQ with a request out and every server down is stuck now.
 */
final class RequestCheck implements Check {

    @Override
    public void run(DesignIndex design, RunFacts facts, List<Finding> out) {
        for (SocketRef req : design.sockets()) {
            if (design.type(req).lockstep() != SocketType.Lockstep.ASKS || design.sourceOn(req).isEmpty()) {
                continue;
            }
            RunReport.NodeReport r = facts.node(req.node());
            NodeState state = facts.state(req.node());
            if (r == null || state == null) {
                continue;
            }
            List<DesignIndex.Peer> servers = design.peers(req);
            Optional<String> down = servers.stream().map(p -> p.socket().node())
                    .filter(n -> NodeDownCheck.wentDown(facts, n) || facts.state(n) == NodeState.GAVE_UP)
                    .findFirst();
            boolean stuckNow = facts.live() && state == NodeState.RUNNING && r.sent() > r.received()
                    && !servers.isEmpty() && down.isPresent() && servers.stream().map(p -> p.socket().node())
                    .allMatch(n -> facts.state(n) != NodeState.RUNNING);
            if (state != NodeState.GAVE_UP && !stuckNow) {
                continue;
            }
            Draft d = new Draft(Cause.REQ_STUCK).socket(req);
            servers.forEach(p -> d.socket(p.socket()).link(p.link().id()));
            d.number(Measure.SENT, r.sent()).number(Measure.RECEIVED, r.received());
            if (r.retries() > 0) {
                d.number(Measure.RETRIES, r.retries());
            }
            Phrase reason = down.isPresent() ? Phrase.of("req.reason.down", down.get())
                    : servers.isEmpty() ? Phrase.of("req.reason.noServer") : Phrase.of("req.reason.late");
            d.headline("req.headline", req.node(), r.sent(), r.received())
                    .why("req.why");
            if (state == NodeState.GAVE_UP) {
                d.what("req.what.gaveUp", req.node(), r.sent(), r.received(), reason,
                        facts.details().getOrDefault(req.node(), ""));
            } else {
                d.what("req.what.waiting", req.node(), r.sent(), r.received(), reason);
            }
            Optional<org.zmqdesigner.engine.edit.Edit> fix = Fixes.lazyPirate(design, req, timeout(design, servers));
            if (fix.isPresent()) {
                d.advice("req.advice.edit", req.node(), String.valueOf(timeout(design, servers)),
                        Fixes.LAZY_PIRATE_RETRIES).fix(fix);
            } else {
                d.advice("req.advice.words", req.node());
            }
            out.add(d.done());
        }
    }

    /** The zguide's 2.5 s, or three times the slowest linked server's work if that is longer. */
    private static int timeout(DesignIndex design, List<DesignIndex.Peer> servers) {
        int slowest = 0;
        for (DesignIndex.Peer p : servers) {
            if (design.node(p.socket().node()).behaviour() instanceof Behaviour.Responder r && r.delayMs() != null) {
                slowest = Math.max(slowest, r.delayMs());
            }
        }
        return Math.max(Fixes.LAZY_PIRATE_TIMEOUT_MS, 3 * slowest);
    }
}
