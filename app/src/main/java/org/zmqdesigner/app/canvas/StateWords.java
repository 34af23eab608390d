package org.zmqdesigner.app.canvas;

import org.zmqdesigner.engine.event.RunEvent.NodeState;
import org.zmqdesigner.engine.text.Texts;

/**
 * One word for a node's state, as the canvas and the status bar say it ("gave up", not "gave_up"),
 * in the current language.
 */
public final class StateWords {
    private static final Texts TEXTS = Texts.of(StateWords.class);

    private StateWords() {
    }

    /** True when the node stopped by its own rule (a client that gave up on its server), nothing broken. */
    public static boolean gaveUp(NodeState state) {
        return state == NodeState.GAVE_UP;
    }

    /** "finished", "stopped", "crashed", "gave up", … */
    public static String word(NodeState state) {
        return TEXTS.get(switch (state) {
            case WAITING -> "state.waiting";
            case STARTING -> "state.starting";
            case RUNNING -> "state.running";
            case FINISHED -> "state.finished";
            case STOPPED -> "state.stopped";
            case CRASHED -> "state.crashed";
            case GAVE_UP -> "state.gaveUp";
        });
    }

    /** "crashed: the reason", the engine's reason after the state's word. */
    static String withReason(String word, String reason) {
        return TEXTS.get("state.withReason", word, reason);
    }
}
