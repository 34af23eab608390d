package org.zmqdesigner.app.canvas;

import org.zmqdesigner.engine.event.RunEvent.ConnectionState;
import org.zmqdesigner.engine.text.Texts;

/** What a connection state means, in the words a link's tooltip uses, in the current language. */
final class ConnectionWords {
    private static final Texts TEXTS = Texts.of(ConnectionWords.class);

    private ConnectionWords() {
    }

    static String of(ConnectionState state) {
        return TEXTS.get(switch (state) {
            case LISTENING -> "connection.listening";
            case CONNECTING -> "connection.connecting";
            case CONNECTED -> "connection.connected";
            case DISCONNECTED -> "connection.disconnected";
            case RETRYING -> "connection.retrying";
            case BIND_FAILED -> "connection.bindFailed";
        });
    }

    /** The state's words, with the engine's detail (an endpoint, who left) in brackets when there is one. */
    static String of(ConnectionState state, String detail) {
        return detail == null || detail.isEmpty() ? of(state) : TEXTS.get("connection.withDetail", of(state), detail);
    }
}
