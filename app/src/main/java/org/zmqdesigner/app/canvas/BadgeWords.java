package org.zmqdesigner.app.canvas;

/** The explanations behind a node's loss badges, in the zguide's teaching voice. */
final class BadgeWords {
    private BadgeWords() {
    }

    static String slowJoiner(long count) {
        return count + (count == 1 ? " message was" : " messages were")
                + " published before your subscription reached the publisher — see node coordination"
                + " (zguide, chapter 2). A SUB only receives what is published after its subscription"
                + " arrives, and connecting takes a few milliseconds. Make the publisher wait until its"
                + " subscribers are there: an XPUB that waits for their subscriptions (as in the"
                + " slow-joiner-fixed sample), or a synchronising request-reply before publishing. What was"
                + " published before the subscriber even started could never reach it: the line under the node"
                + " counts that apart.";
    }

    static String unroutable(long count, boolean mandatory) {
        String what = count + (count == 1 ? " message" : " messages")
                + " went nowhere: this ROUTER was told to send to a routing id no connected peer has. The"
                + " first frame of a message sent on a ROUTER must be the routing id of a connected peer.";
        return what + (mandatory ? " With ROUTER_MANDATORY set, each such send was refused with an error"
                + " (EHOSTUNREACH) instead of being dropped." : " A ROUTER drops such messages silently; set"
                + " ROUTER_MANDATORY to get an error instead.");
    }

    /** "retry 2 of 3 · 5 in all": the latest retry of the request it waits on, and the run's count. */
    static String retryLabel(int attempt, int of, long retriesSoFar) {
        return "retry " + attempt + " of " + of + " · " + retriesSoFar + " in all";
    }

    static String retries(int attempt, int of, long retriesSoFar) {
        return "No reply came in time, so this client closed its REQ socket, opened a new one and sent the same"
                + " request again: retry " + attempt + " of " + of + " for that request, " + retriesSoFar
                + (retriesSoFar == 1 ? " retry" : " retries") + " in this run so far. A REQ that got no reply cannot"
                + " send again, and a reply that comes late dies with the socket it was meant for, so the client"
                + " never takes an old reply for a new one. After " + of + (of == 1 ? " retry" : " retries")
                + " without a reply it gives up: the zguide's Lazy Pirate client (chapter 4).";
    }
}
