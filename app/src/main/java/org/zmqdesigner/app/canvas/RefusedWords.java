package org.zmqdesigner.app.canvas;

import java.util.Locale;
import org.zmqdesigner.engine.text.Texts;

/** What a hostile ghost says: its title, its count, and why those connections were refused. */
final class RefusedWords {
    private static final Texts TEXTS = Texts.of(RefusedWords.class);
    /** The name the engine's report gives the hosts past the ones it lists one by one. */
    private static final String OTHER_HOSTS = "other hosts";

    private RefusedWords() {
    }

    static String title(String host) {
        return TEXTS.get("refused.title", host);
    }

    static String count(long refused) {
        return TEXTS.get("refused.count", grouped(refused), refused);
    }

    /**
     * The count is the host's over the whole run (the engine counts refusals by host), so the words
     * say so: a host that tried two nodes shows the same number on both ghosts.
     */
    static String explanation(String host, String node, String socket, long refused) {
        String from = OTHER_HOSTS.equals(host) ? TEXTS.get("refused.otherHosts") : host;
        return TEXTS.get("refused.tooltip", from, node, socket, grouped(refused), refused);
    }

    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
