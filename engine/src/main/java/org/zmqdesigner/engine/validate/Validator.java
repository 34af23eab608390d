package org.zmqdesigner.engine.validate;

import java.util.Comparator;
import java.util.List;
import org.zmqdesigner.engine.model.Topology;

/**
 * Checks a topology as a ZeroMQ teacher would, and explains each mistake and its fix.
 * Diagnostics come errors first, then warnings, then infos, each in the order the design lists its
 * elements.
 */
public final class Validator {

    private static final List<Rule> RULES = List.of(
            new UniqueIdsRule(),
            new IdSpellingRule(),
            new EndpointRule(),
            new LinkRule(),
            new BoundTwiceRule(),
            new PeerCountRule(),
            new SocketOptionRule(),
            new DeviceRule(),
            new BehaviourRule(),
            new LazyPirateRule(),
            new SyncRule(),
            new ResponderRule(),
            new BrokerRule());

    public List<Diagnostic> validate(Topology topology) {
        return validate(new TopologyFacts(topology));
    }

    /** The same over facts built by the caller, which can then read how much work the rules did. */
    List<Diagnostic> validate(TopologyFacts facts) {
        Findings findings = new Findings();
        for (Rule rule : RULES) {
            rule.check(facts, findings);
        }
        return findings.list().stream()
                .sorted(Comparator.comparing(Diagnostic::severity))
                .toList();
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
