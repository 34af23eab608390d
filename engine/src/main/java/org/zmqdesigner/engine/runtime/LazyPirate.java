package org.zmqdesigner.engine.runtime;

import java.util.List;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.text.Texts;

/**
 * The zguide's Lazy Pirate client (chapter 4, lpclient): a REQ that waits a while for each reply
 * and, when none comes, closes its socket, opens a new one and sends the same request again. A REQ
 * that got no reply cannot send again, and a reply to the old socket can never reach the new one:
 * a late answer from a server that was only slow dies with the socket it was meant for, so a reply
 * taken is always the reply to the request just sent. After its retries are all unanswered, the
 * client gives up, in the guide's words.
 */
final class LazyPirate {

    private final NodeRunner node;
    private final String socketId;
    private final long timeoutMillis;
    private final int retries;

    LazyPirate(NodeRunner node, String socketId, int timeoutMillis, int retries) {
        this.node = node;
        this.socketId = socketId;
        this.timeoutMillis = timeoutMillis;
        this.retries = retries;
    }

    /**
     * Sends request number {@code request} and returns its reply, retrying on fresh sockets as
     * needed. The socket's tap may be new afterwards: ask the node for it again.
     */
    List<byte[]> request(List<byte[]> frames, long request) {
        SocketTap tap = node.tap(socketId);
        for (int attempt = 0; ; attempt++) {
            node.send(tap, frames);
            List<byte[]> reply = node.receiveWithin(tap, ReplyPatience.timeout(timeoutMillis,
                    node.controls().rateMultiplier(), node.node.id(), socketId));
            if (reply != null) {
                return reply;
            }
            if (attempt == retries) {
                throw new ReplyPatience.GaveUp(Texts.of(LazyPirate.class).get(
                        retries == 1 ? "lazyPirate.gaveUp.one" : "lazyPirate.gaveUp.many", node.node.id(),
                        String.valueOf(retries), seconds(timeoutMillis), secondsNumber(timeoutMillis)));
            }
            // No reply in time: the guide's "W: no response from server, retrying…".
            tap = node.reopen(socketId);
            node.stats().retries.increment();
            node.run.publish(new RunEvent.RequestRetried(node.run.clock(System.nanoTime()), node.node.id(), socketId,
                    request, attempt + 1, retries, node.stats().retries.sum()));
        }
    }

    /** 2500 as "2.5 s", 3000 as "3 s". */
    static String seconds(long millis) {
        return secondsNumber(millis) + " s";
    }

    /** 2500 as "2.5", 3000 as "3": a decimal point whatever the language. */
    static String secondsNumber(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000)
                : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
}
