package org.zmqdesigner.app.canvas;

import java.util.Locale;
import org.zmqdesigner.engine.event.RunEvent.NodeState;

/**
 * One word for a node's state, as the canvas and the status bar say it. The engine reports a REQ
 * client that stopped waiting for a reply as CRASHED with a detail starting "node X gave up": nothing
 * broke, the client gave up (the zguide's Lazy Pirate lesson), so it is said that way. The engine
 * has no state of its own for it; this prefix is the only place the designer reads one.
 */
public final class StateWords {
    private StateWords() {
    }

    /** True when a crashed node's detail says it gave up waiting rather than failed. */
    public static boolean gaveUp(String node, NodeState state, String detail) {
        return state == NodeState.CRASHED && detail != null && detail.startsWith("node " + node + " gave up");
    }

    /** "finished", "stopped", "crashed", "gave up", … */
    public static String word(String node, NodeState state, String detail) {
        return gaveUp(node, state, detail) ? "gave up" : state.name().toLowerCase(Locale.ROOT);
    }
}
