package org.zmqdesigner.app.canvas;

import java.util.Locale;
import org.zmqdesigner.engine.event.RunEvent.NodeState;

/** One word for a node's state, as the canvas and the status bar say it ("gave up", not "gave_up"). */
public final class StateWords {
    private StateWords() {
    }

    /** True when the node stopped by its own rule (a client that gave up on its server), nothing broken. */
    public static boolean gaveUp(NodeState state) {
        return state == NodeState.GAVE_UP;
    }

    /** "finished", "stopped", "crashed", "gave up", … */
    public static String word(NodeState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
