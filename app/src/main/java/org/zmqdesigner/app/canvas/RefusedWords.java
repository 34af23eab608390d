package org.zmqdesigner.app.canvas;

import java.util.Locale;

/** What a hostile ghost says: its title, its count, and why those connections were refused. */
final class RefusedWords {
    private RefusedWords() {
    }

    static String title(String host) {
        return "refused: " + host;
    }

    static String count(long refused) {
        return String.format(Locale.ROOT, "%,d %s refused", refused, refused == 1 ? "connection" : "connections");
    }

    /**
     * The count is the host's over the whole run (the engine counts refusals by host), so the words
     * say so: a host that tried two nodes shows the same number on both ghosts.
     */
    static String explanation(String host, String node, String socket, long refused) {
        String from = "other hosts".equals(host) ? "more hosts than the report lists one by one" : host;
        return String.format(Locale.ROOT, "%s tried %s/%s. %s from %s in this run so far.%n%n", from, node, socket,
                capitalised(count(refused)), from)
                + "These connections never completed the ZeroMQ handshake: they sent random bytes or another"
                + " protocol, spoke a ZeroMQ older than 3.x, or asked for a socket type that cannot talk to this"
                + " one. ZeroMQ dropped each one:"
                + " nothing they sent reached the socket, and the design went on as before.\n\n"
                + "A design's bound ports face the network. Binding tcp://127.0.0.1 instead of * or a network"
                + " address keeps other machines out.";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
