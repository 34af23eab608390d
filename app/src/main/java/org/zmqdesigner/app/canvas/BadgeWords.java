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
                + " slow-joiner-fixed sample), or a synchronising request-reply before publishing.";
    }

    static String unroutable(long count) {
        return count + (count == 1 ? " message" : " messages")
                + " went nowhere: this ROUTER was told to send to a routing id no connected peer has,"
                + " and a ROUTER drops such messages silently. The first frame of a message to a ROUTER"
                + " must be the id of a connected peer; set ROUTER_MANDATORY to get an error instead.";
    }
}
