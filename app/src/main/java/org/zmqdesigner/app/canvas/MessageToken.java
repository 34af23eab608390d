package org.zmqdesigner.app.canvas;

import javafx.scene.paint.Color;

/**
 * One traced message to animate: which connection and sequence number identify it (the receiving
 * side reports the same pair), where it travels, its colour and what its tooltip says.
 *
 * @param key connection and sequence, as the receive event will name them
 * @param link the link it travels on, or null for a ghost peer's connection
 * @param ghostNode with {@code ghostAddress}, the ghost peer's connection it travels on
 * @param forward true when it goes from the connecting end to the binding end (for a ghost: from
 *     the outside peer to the node)
 */
public record MessageToken(String key, String link, String ghostNode, String ghostAddress, boolean forward,
                           Color colour, String description) {
}
