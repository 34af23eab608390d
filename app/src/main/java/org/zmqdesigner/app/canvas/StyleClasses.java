package org.zmqdesigner.app.canvas;

import javafx.scene.Node;

/** Turns a style class on or off, touching the list (and so CSS) only when that changes something. */
final class StyleClasses {
    private StyleClasses() {
    }

    static void set(Node node, String styleClass, boolean on) {
        boolean has = node.getStyleClass().contains(styleClass);
        if (on && !has) {
            node.getStyleClass().add(styleClass);
        } else if (!on && has) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
