package org.zmqdesigner.app.run;

import java.util.List;
import java.util.function.Function;
import org.zmqdesigner.app.canvas.StateWords;
import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.text.Texts;

/** What the status bar says when a run has nothing left to do, or nothing left to step. */
final class RunWords {
    private static final Texts TEXTS = Texts.of(RunWords.class);

    private RunWords() {
    }

    /** A node that will not send or receive again by itself: finished, stopped or crashed. */
    static boolean done(NodeState state) {
        return state == NodeState.FINISHED || state == NodeState.STOPPED || state == NodeState.CRASHED
                || state == NodeState.GAVE_UP;
    }

    /**
     * @param words each node's state in one word ("finished", "crashed", "gave up"), see
     *     {@link org.zmqdesigner.app.canvas.StateWords}
     */
    static String finished(List<Node> nodes, Function<String, NodeState> states, Function<String, String> words) {
        long finished = nodes.stream().filter(n -> states.apply(n.id()) == NodeState.FINISHED).count();
        if (finished == nodes.size()) {
            return TEXTS.get("finished.all");
        }
        return TEXTS.get("finished.some", counted(nodes, states, words));
    }

    /** Why Step has nothing to send: each source and what became of it. */
    static String nothingLeft(List<Node> sources, Function<String, NodeState> states, Function<String, String> words) {
        StringBuilder why = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            Node source = sources.get(i);
            why.append(i == 0 ? "" : "; ").append(fate(source, states.apply(source.id()), words.apply(source.id())));
        }
        return TEXTS.get("nothingLeft", why.toString());
    }

    private static String fate(Node source, NodeState state, String word) {
        String name = source.label();
        return switch (state) {
            case FINISHED -> source.behaviour() instanceof Behaviour.Source s && s.count() != null
                    ? TEXTS.get("nothingLeft.sentAll", name, Long.toString(s.count()))
                    : TEXTS.get("nothingLeft.finished", name);
            case STOPPED -> TEXTS.get("nothingLeft.stopped", name);
            // "crashed", or "gave up" for a client that stopped waiting
            case CRASHED, GAVE_UP -> TEXTS.get("nothingLeft.ended", name, word);
            default -> TEXTS.get("nothingLeft.other", name, StateWords.word(state));
        };
    }

    private static String counted(List<Node> nodes, Function<String, NodeState> states,
                                  Function<String, String> words) {
        // In the order of the states.
        java.util.Map<String, Long> byWord = new java.util.LinkedHashMap<>();
        for (NodeState state : List.of(NodeState.FINISHED, NodeState.STOPPED, NodeState.CRASHED,
                NodeState.GAVE_UP)) {
            nodes.stream().filter(node -> states.apply(node.id()) == state)
                    .forEach(node -> byWord.merge(words.apply(node.id()), 1L, Long::sum));
        }
        StringBuilder text = new StringBuilder();
        byWord.forEach((word, n) -> text.append(text.isEmpty() ? "" : ", ")
                .append(TEXTS.get("finished.count", Long.toString(n), word)));
        return text.toString();
    }
}
