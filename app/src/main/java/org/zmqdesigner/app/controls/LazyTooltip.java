package org.zmqdesigner.app.controls;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made the first time the pointer enters its node rather than with the node. Each
 * {@link Tooltip} is a popup window with a scene of its own, and the window's start made dozens
 * of them (toolbar, palette, legend) for tips most are never opened: 7 % of the FX thread's work
 * until the window was interactive (README, "Start time"). Made on entering, the tip is
 * installed before the pointer's next move, which is what starts a tooltip's timer, so it shows as
 * an eagerly made one would.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /**
     * Gives {@code node} the tooltip {@code make} returns, once the pointer first enters it: a
     * control's own tooltip property (so {@link Control#getTooltip()} then has it), any other node's
     * through {@link Tooltip#install}.
     */
    public static void install(Node node, Supplier<Tooltip> make) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                attach(node, make.get());
            }
        });
    }

    private static void attach(Node node, Tooltip tip) {
        if (node instanceof Control control) {
            control.setTooltip(tip);
        } else {
            Tooltip.install(node, tip);
        }
    }
}
