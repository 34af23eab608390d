package org.zmqdesigner.app.canvas;

import org.zmqdesigner.engine.event.RunEvent.ConnectionState;

/** What a connection state means, in the words a link's tooltip uses. */
final class ConnectionWords {
    private ConnectionWords() {
    }

    static String of(ConnectionState state) {
        return switch (state) {
            case LISTENING -> "listening: the binding side waits for peers";
            case CONNECTING -> "connecting: ZeroMQ keeps trying in the background";
            case CONNECTED -> "connected";
            case DISCONNECTED -> "disconnected: the peer went away";
            case RETRYING -> "retrying: the peer is not there yet; ZeroMQ reconnects by itself";
            case BIND_FAILED -> "bind failed: the address is taken";
        };
    }
}
