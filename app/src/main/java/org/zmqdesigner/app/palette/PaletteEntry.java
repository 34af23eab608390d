package org.zmqdesigner.app.palette;

import java.util.Locale;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.text.Texts;

/**
 * One thing the palette creates, with the role the zguide gives it. The key travels in drags
 * ("zmq-designer-palette:PUB") and names the entry in tests. The title is a ZeroMQ name, the same in
 * every language; the role is read from the palette's bundle when shown; the id a new node gets
 * starts from a fixed English word, since ids go into files and exported code.
 */
public enum PaletteEntry {
    REQ("REQ", "client", SocketType.REQ, NodeKind.APPLICATION),
    REP("REP", "server", SocketType.REP, NodeKind.APPLICATION),
    PUB("PUB", "publisher", SocketType.PUB, NodeKind.APPLICATION),
    SUB("SUB", "subscriber", SocketType.SUB, NodeKind.APPLICATION),
    PUSH("PUSH", "ventilator", SocketType.PUSH, NodeKind.APPLICATION),
    PULL("PULL", "sink", SocketType.PULL, NodeKind.APPLICATION),
    WORKER("PULL→PUSH", "worker", SocketType.PULL, NodeKind.APPLICATION),
    DEALER("DEALER", "dealer", SocketType.DEALER, NodeKind.APPLICATION),
    ROUTER("ROUTER", "router", SocketType.ROUTER, NodeKind.APPLICATION),
    XPUB("XPUB", "publisher", SocketType.XPUB, NodeKind.APPLICATION),
    XSUB("XSUB", "raw", SocketType.XSUB, NodeKind.APPLICATION),
    PAIR("PAIR", "exclusive", SocketType.PAIR, NodeKind.APPLICATION),
    QUEUE("queue", "queue", SocketType.ROUTER, NodeKind.QUEUE),
    FORWARDER("forwarder", "forwarder", SocketType.XSUB, NodeKind.FORWARDER),
    STREAMER("streamer", "streamer", SocketType.PULL, NodeKind.STREAMER);

    private final String title;
    private final String idBase;
    private final SocketType colourType;
    private final NodeKind kind;

    PaletteEntry(String title, String idBase, SocketType colourType, NodeKind kind) {
        this.title = title;
        this.idBase = idBase;
        this.colourType = colourType;
        this.kind = kind;
    }

    public String title() {
        return title;
    }

    /** The role the zguide gives this entry ("client", "async server"), in the current language. */
    public String role() {
        return Texts.of(PaletteEntry.class).get("entry." + name().toLowerCase(Locale.ROOT) + ".role");
    }

    /** The word a new node's id starts from ("client" makes client, client-2…), in every language. */
    public String idBase() {
        return idBase;
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
