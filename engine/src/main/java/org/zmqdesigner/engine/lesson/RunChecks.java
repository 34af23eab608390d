package org.zmqdesigner.engine.lesson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.text.Texts;

/**
 * Judges run conditions from a run's report: the counts the engine itself kept (per node, per
 * link, totals), never an estimate. The design is the one that ran, for "every node with a REQ
 * socket" and "the links of the subscriber".
 */
final class RunChecks {

    private static final Texts TEXTS = CheckEvaluator.TEXTS;

    private final Topology design;
    private final RunReport report;

    RunChecks(Topology design, RunReport report) {
        this.design = design;
        this.report = report;
    }

    Verdict judge(RunCondition condition) {
        if (condition instanceof RunCondition.RunSent r) {
            return runSent(r);
        } else if (condition instanceof RunCondition.NodeCounter c) {
            return nodeCounter(c);
        } else if (condition instanceof RunCondition.EveryNodeWith e) {
            return everyNodeWith(e);
        } else if (condition instanceof RunCondition.EveryLinkOf e) {
            return everyLinkOf(e);
        } else if (condition instanceof RunCondition.Filtered f) {
            return filtered(f);
        } else if (condition instanceof RunCondition.EndedIn e) {
            return endedIn(e);
        }
        throw new IllegalStateException("a run condition without a judge: " + condition);
    }

    private Verdict runSent(RunCondition.RunSent condition) {
        long sent = report.totals().sent();
        return sent >= condition.messages()
                ? Verdict.of(true, TEXTS.get("status.runLongEnough", sent, condition.messages()))
                : Verdict.of(false, TEXTS.get("status.runTooShort", sent, condition.messages()));
    }

    private Verdict nodeCounter(RunCondition.NodeCounter condition) {
        RunReport.NodeReport node = report.nodes().get(condition.node());
        if (node == null) {
            return Verdict.of(false, TEXTS.get("run.node.didNotRun", condition.node()));
        }
        long value = condition.counter().in(node);
        String phrase = TEXTS.get("counter." + condition.counter().key(), condition.node(), value);
        boolean holds = condition.comparison().holds(value);
        return new Verdict(holds, holds ? TEXTS.get("run.counter.pass", phrase)
                : TEXTS.get("run.counter.fail", phrase, Numbers.expectation(condition.comparison())),
                condition.comparison().mayStillHold(value));
    }

    private Verdict everyNodeWith(RunCondition.EveryNodeWith condition) {
        List<Node> nodes = design.nodes().stream()
                .filter(n -> n.sockets().stream().anyMatch(s -> s.type() == condition.type())).toList();
        String type = condition.type().name();
        if (nodes.isEmpty()) {
            return Verdict.of(false, TEXTS.get("run.every.none", type));
        }
        List<String> failing = new ArrayList<>();
        List<String> all = new ArrayList<>();
        boolean mayStillHold = true;
        for (Node node : nodes) {
            RunReport.NodeReport counts = report.nodes().get(node.id());
            if (counts == null) {
                failing.add(TEXTS.get("run.node.didNotRun", node.id()));
                continue;
            }
            long value = condition.counter().in(counts);
            String phrase = TEXTS.get("counter." + condition.counter().key(), node.id(), value);
            all.add(phrase);
            if (!condition.comparison().holds(value)) {
                failing.add(phrase);
                mayStillHold &= condition.comparison().mayStillHold(value);
            }
        }
        String expectation = Numbers.expectation(condition.comparison());
        if (failing.isEmpty()) {
            return Verdict.of(true, TEXTS.get("run.every.pass", nodes.size(), type, String.join("; ", all)));
        }
        return new Verdict(false, TEXTS.get("run.every.fail", nodes.size() - failing.size(), nodes.size(), type,
                expectation, String.join("; ", failing)), mayStillHold);
    }

    private Verdict everyLinkOf(RunCondition.EveryLinkOf condition) {
        String element = condition.element();
        int slash = element.indexOf('/');
        List<Link> links = slash < 0 ? design.links().stream().filter(l -> l.touches(element)).toList()
                : design.linksOf(new SocketRef(element.substring(0, slash), element.substring(slash + 1)));
        if (links.isEmpty()) {
            return Verdict.of(false, TEXTS.get("run.links.none", element));
        }
        List<String> failing = new ArrayList<>();
        List<String> all = new ArrayList<>();
        boolean mayStillHold = true;
        for (Link link : links) {
            RunReport.LinkReport counts = report.links().get(link.id());
            Long value = counts == null ? null : condition.counter().in(counts);
            if (value == null) {
                failing.add(TEXTS.get("run.links.notCounted", link.id()));
                continue;
            }
            String phrase = TEXTS.get("link." + condition.counter().key(), link.id(), value);
            all.add(phrase);
            if (!condition.comparison().holds(value)) {
                failing.add(phrase);
                mayStillHold &= condition.comparison().mayStillHold(value);
            }
        }
        if (failing.isEmpty()) {
            return Verdict.of(true, TEXTS.get("run.links.pass", element, String.join("; ", all)));
        }
        return new Verdict(false, TEXTS.get("run.links.fail", element, Numbers.expectation(condition.comparison()),
                String.join("; ", failing)), mayStillHold);
    }

    /**
     * Received some, but fewer than its publishers sent while it could hear them: what it missed
     * by joining late, at a full queue or while away is taken off first, so only its
     * subscriptions explain the rest.
     */
    private Verdict filtered(RunCondition.Filtered condition) {
        String id = condition.node();
        RunReport.NodeReport node = report.nodes().get(id);
        if (node == null) {
            return Verdict.of(false, TEXTS.get("run.node.didNotRun", id));
        }
        Set<String> publishers = publishersOf(id);
        long published = publishers.stream().map(report.nodes()::get).filter(java.util.Objects::nonNull)
                .mapToLong(RunReport.NodeReport::sent).sum();
        long couldHear = Math.max(0, published - node.lostSlowJoiner() - node.lostHwm() - node.publishedWhileAway());
        long received = node.received();
        if (received == 0) {
            return Verdict.of(false, TEXTS.get("run.filtered.nothing", id, published));
        }
        if (received >= couldHear) {
            return Verdict.of(false, TEXTS.get("run.filtered.everything", id, received, couldHear));
        }
        return Verdict.of(true, TEXTS.get("run.filtered.pass", id, received, couldHear));
    }

    /** The nodes whose publishing sockets are linked to this node's sockets. */
    private Set<String> publishersOf(String nodeId) {
        Set<String> publishers = new LinkedHashSet<>();
        design.node(nodeId).ifPresent(node -> {
            for (Socket socket : node.sockets()) {
                SocketRef here = new SocketRef(node.id(), socket.id());
                for (Link link : design.linksOf(here)) {
                    SocketRef there = link.from().equals(here) ? link.to() : link.from();
                    design.socket(there).filter(s -> s.type().publishes()).ifPresent(s -> publishers.add(there.node()));
                }
            }
        });
        return publishers;
    }

    private Verdict endedIn(RunCondition.EndedIn condition) {
        RunReport.NodeReport node = report.nodes().get(condition.node());
        if (node == null) {
            return Verdict.of(false, TEXTS.get("run.node.didNotRun", condition.node()));
        }
        String expected = TEXTS.get("state.expected." + condition.state().word());
        String actual = java.util.Arrays.stream(EndState.values()).filter(s -> s.word().equals(node.state()))
                .findFirst().map(s -> TEXTS.get("state." + s.word())).orElse(node.state());
        boolean holds = condition.state().word().equals(node.state());
        return Verdict.of(holds, holds ? TEXTS.get("run.state.pass", condition.node(), actual)
                : TEXTS.get("run.state.fail", condition.node(), actual, expected));
    }
}
