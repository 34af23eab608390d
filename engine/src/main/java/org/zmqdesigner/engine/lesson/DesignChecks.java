package org.zmqdesigner.engine.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Severity;
import org.zmqdesigner.engine.validate.Validator;

/**
 * Judges design conditions on the design being edited. The facts are the validator's and the
 * model's own: diagnostics from {@link Validator}, peers by the design's links (as the validator's
 * rules follow them), option values and defaults from {@link SocketOption}.
 */
final class DesignChecks {

    private static final Texts TEXTS = CheckEvaluator.TEXTS;

    private final Topology design;
    private final Topology start;
    private List<Diagnostic> diagnostics;

    DesignChecks(Topology design, Topology start) {
        this.design = design;
        this.start = start;
    }

    Verdict judge(DesignCondition condition) {
        if (condition instanceof DesignCondition.Validates) {
            return validates();
        } else if (condition instanceof DesignCondition.NodesWith n) {
            return nodesWith(n);
        } else if (condition instanceof DesignCondition.ServedByOne s) {
            return servedByOne(s);
        } else if (condition instanceof DesignCondition.Unchanged u) {
            return unchanged(u);
        } else if (condition instanceof DesignCondition.Subscribes s) {
            return subscribes(s);
        } else if (condition instanceof DesignCondition.OptionLimit o) {
            return option(o);
        } else if (condition instanceof DesignCondition.SettingLimit s) {
            return setting(s);
        }
        throw new IllegalStateException("a design condition without a judge: " + condition);
    }

    private Verdict validates() {
        if (diagnostics == null) {
            diagnostics = new Validator().validate(design);
        }
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return Verdict.of(true, TEXTS.get("design.validates.pass"));
        }
        Diagnostic first = errors.get(0);
        String where = first.element().isEmpty() ? TEXTS.get("design.validates.wholeDesign") : first.element();
        return Verdict.of(false, TEXTS.get("design.validates.fail", errors.size(), where, first.explanation()));
    }

    private Verdict nodesWith(DesignCondition.NodesWith condition) {
        long count = design.nodes().stream().filter(n -> hasSocket(n, condition.type())).count();
        boolean holds = count >= condition.atLeast();
        return Verdict.of(holds, holds ? TEXTS.get("design.nodesWith.pass", count, condition.type().name())
                : TEXTS.get("design.nodesWith.fail", count, condition.type().name(), condition.atLeast()));
    }

    /** For each server socket, the nodes whose client socket a link joins to it; the largest group wins. */
    private Verdict servedByOne(DesignCondition.ServedByOne condition) {
        String bestServer = null;
        Set<String> best = Set.of();
        for (Node node : design.nodes()) {
            for (Socket socket : node.sockets()) {
                if (socket.type() != condition.server()) {
                    continue;
                }
                SocketRef server = new SocketRef(node.id(), socket.id());
                Set<String> clients = new LinkedHashSet<>();
                for (Link link : design.linksOf(server)) {
                    SocketRef other = link.from().equals(server) ? link.to() : link.from();
                    design.socket(other).filter(s -> s.type() == condition.clients())
                            .filter(s -> !other.node().equals(node.id()))
                            .ifPresent(s -> clients.add(other.node()));
                }
                if (bestServer == null || clients.size() > best.size()) {
                    bestServer = server.toString();
                    best = clients;
                }
            }
        }
        String clients = condition.clients().name();
        String server = condition.server().name();
        if (bestServer == null) {
            return Verdict.of(false, TEXTS.get("design.servedByOne.noServer", server, clients, condition.atLeast()));
        }
        boolean holds = best.size() >= condition.atLeast();
        return Verdict.of(holds, holds
                ? TEXTS.get("design.servedByOne.pass", best.size(), clients, bestServer, String.join(", ", best))
                : TEXTS.get("design.servedByOne.fail", best.size(), clients, server, condition.atLeast(), bestServer));
    }

    /** The node as the lesson started it; moving it on the canvas is no change. */
    private Verdict unchanged(DesignCondition.Unchanged condition) {
        Optional<Node> now = design.node(condition.node());
        Optional<Node> then = start.node(condition.node());
        if (then.isEmpty()) {
            return Verdict.of(false, TEXTS.get("design.unchanged.notInStart", condition.node()));
        }
        if (now.isEmpty()) {
            return Verdict.of(false, TEXTS.get("design.unchanged.gone", condition.node()));
        }
        List<String> changed = changes(then.get(), now.get());
        return changed.isEmpty() ? Verdict.of(true, TEXTS.get("design.unchanged.pass", condition.node()))
                : Verdict.of(false, TEXTS.get("design.unchanged.fail", condition.node(), String.join(", ", changed)));
    }

    private static List<String> changes(Node before, Node after) {
        List<String> changed = new ArrayList<>();
        Map<String, Boolean> parts = new LinkedHashMap<>();
        parts.put("kind", before.kind() != after.kind());
        parts.put("sockets", !before.sockets().equals(after.sockets()));
        parts.put("behaviour", !java.util.Objects.equals(before.behaviour(), after.behaviour()));
        parts.put("startDelay", !java.util.Objects.equals(before.startDelayMs(), after.startDelayMs()));
        parts.put("host", !java.util.Objects.equals(before.host(), after.host()));
        // The name is a label and the position a place on the canvas: neither changes what the node does.
        parts.forEach((part, differs) -> {
            if (differs) {
                changed.add(TEXTS.get("design.unchanged.part." + part));
            }
        });
        return changed;
    }

    private Verdict subscribes(DesignCondition.Subscribes condition) {
        List<Socket> sockets = sockets(condition.socket()).stream()
                .filter(s -> s.type().subscribesByOption()).toList();
        String prefix = condition.prefix();
        if (sockets.isEmpty()) {
            return Verdict.of(false, TEXTS.get("design.subscribes.noSocket", condition.socket()));
        }
        for (Socket socket : sockets) {
            List<String> subscriptions = socket.options().subscribe();
            boolean matching = subscriptions.stream().anyMatch(s -> !s.isEmpty() && s.startsWith(prefix));
            List<String> others = subscriptions.stream().filter(s -> !s.startsWith(prefix) || s.isEmpty()).toList();
            if (matching && (!condition.only() || others.isEmpty())) {
                return Verdict.of(true, TEXTS.get("design.subscribes.pass", condition.socket(), quoted(subscriptions)));
            }
        }
        Socket first = sockets.get(0);
        List<String> subscriptions = first.options().subscribe();
        if (subscriptions.isEmpty()) {
            return Verdict.of(false, TEXTS.get("design.subscribes.nothing", condition.socket(), prefix));
        }
        boolean matching = subscriptions.stream().anyMatch(s -> !s.isEmpty() && s.startsWith(prefix));
        if (!matching) {
            return Verdict.of(false, TEXTS.get("design.subscribes.other", condition.socket(), quoted(subscriptions),
                    prefix));
        }
        List<String> others = subscriptions.stream().filter(s -> !s.startsWith(prefix) || s.isEmpty()).toList();
        return Verdict.of(false, others.contains("")
                ? TEXTS.get("design.subscribes.everything", condition.socket(), prefix)
                : TEXTS.get("design.subscribes.more", condition.socket(), quoted(others), prefix));
    }

    private static String quoted(List<String> subscriptions) {
        return String.join(", ", subscriptions.stream().map(s -> "\"" + s + "\"").toList());
    }

    private Verdict option(DesignCondition.OptionLimit condition) {
        SocketOption option = condition.option();
        Optional<Socket> socket = sockets(condition.socket()).stream().findFirst();
        if (socket.isEmpty()) {
            return Verdict.of(false, TEXTS.get("design.element.missing", condition.socket()));
        }
        Object value = option.valueIn(socket.get().options());
        Double number = value instanceof Number n ? n.doubleValue() : value instanceof Boolean b ? (b ? 1.0 : null)
                : null;
        if (number == null && value == null && condition.comparison().kind() != Comparison.Kind.SET) {
            number = defaultOf(option);
        }
        boolean holds = condition.comparison().holds(number);
        String shown = number == null ? TEXTS.get("design.value.unset") : Numbers.plain(number);
        return Verdict.of(holds, TEXTS.get(holds ? "design.option.pass" : "design.option.fail", condition.socket(),
                option.zmqName(), shown, Numbers.expectation(condition.comparison())));
    }

    /** ZeroMQ's default when it is a number ("1000" for the high-water marks); null otherwise. */
    private static Double defaultOf(SocketOption option) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("^-?\\d+").matcher(option.defaultValue());
        return number.find() ? Double.valueOf(number.group()) : null;
    }

    private Verdict setting(DesignCondition.SettingLimit condition) {
        Optional<Node> node = design.node(condition.node());
        if (node.isEmpty()) {
            return Verdict.of(false, TEXTS.get("design.element.missing", condition.node()));
        }
        Double value = condition.setting().valueIn(node.get());
        boolean holds = condition.comparison().holds(value);
        String shown = value == null ? TEXTS.get("design.value.unset") : Numbers.plain(value);
        return Verdict.of(holds, TEXTS.get(holds ? "design.setting.pass" : "design.setting.fail", condition.node(),
                condition.setting().key(), shown, Numbers.expectation(condition.comparison())));
    }

    /** The sockets an element names: {@code node/socket}, or every socket of a node. */
    private List<Socket> sockets(String element) {
        int slash = element.indexOf('/');
        if (slash < 0) {
            return design.node(element).map(Node::sockets).orElse(List.of());
        }
        return design.node(element.substring(0, slash)).flatMap(n -> n.socket(element.substring(slash + 1)))
                .map(List::of).orElse(List.of());
    }

    private static boolean hasSocket(Node node, SocketType type) {
        return node.sockets().stream().anyMatch(s -> s.type() == type);
    }
}
