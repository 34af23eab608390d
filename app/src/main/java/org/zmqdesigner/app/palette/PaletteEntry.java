package org.zmqdesigner.app.palette;

import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketType;

/**
 * One thing the palette creates, with the role the zguide gives it. The key travels in drags
 * ("zmq-designer-palette:PUB") and names the entry in tests.
 */
public enum PaletteEntry {
    REQ("REQ", "client", SocketType.REQ, NodeKind.APPLICATION),
    REP("REP", "server", SocketType.REP, NodeKind.APPLICATION),
    PUB("PUB", "publisher", SocketType.PUB, NodeKind.APPLICATION),
    SUB("SUB", "subscriber", SocketType.SUB, NodeKind.APPLICATION),
    PUSH("PUSH", "ventilator", SocketType.PUSH, NodeKind.APPLICATION),
    PULL("PULL", "sink", SocketType.PULL, NodeKind.APPLICATION),
    WORKER("PULL→PUSH", "worker", SocketType.PULL, NodeKind.APPLICATION),
    DEALER("DEALER", "async client", SocketType.DEALER, NodeKind.APPLICATION),
    ROUTER("ROUTER", "async server", SocketType.ROUTER, NodeKind.APPLICATION),
    XPUB("XPUB", "publisher that sees subscriptions", SocketType.XPUB, NodeKind.APPLICATION),
    XSUB("XSUB", "raw subscriber", SocketType.XSUB, NodeKind.APPLICATION),
    PAIR("PAIR", "exclusive pair", SocketType.PAIR, NodeKind.APPLICATION),
    QUEUE("queue", "ROUTER ↔ DEALER broker", SocketType.ROUTER, NodeKind.QUEUE),
    FORWARDER("forwarder", "XSUB ↔ XPUB proxy", SocketType.XSUB, NodeKind.FORWARDER),
    STREAMER("streamer", "PULL ↔ PUSH proxy", SocketType.PULL, NodeKind.STREAMER);

    private final String title;
    private final String role;
    private final SocketType colourType;
    private final NodeKind kind;

    PaletteEntry(String title, String role, SocketType colourType, NodeKind kind) {
        this.title = title;
        this.role = role;
        this.colourType = colourType;
        this.kind = kind;
    }

    public String title() {
        return title;
    }

    public String role() {
        return role;
    }

    public SocketType colourType() {
        return colourType;
    }

    public NodeKind kind() {
        return kind;
    }

    public boolean isDevice() {
        return kind.isDevice();
    }
}
