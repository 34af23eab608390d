package org.zmqdesigner.engine.lesson;

import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketType;

/** A condition on the design itself: judged at any time, without a run. */
public sealed interface DesignCondition extends Condition {

    /** The validator finds no error in the design. */
    record Validates() implements DesignCondition {
    }

    /** At least {@code atLeast} nodes have a socket of this type. */
    record NodesWith(SocketType type, long atLeast) implements DesignCondition {
    }

    /**
     * At least {@code atLeast} nodes have a {@code clients} socket linked to one and the same
     * {@code server} socket: two REQ clients served by one REP, two PUBs read by one SUB.
     */
    record ServedByOne(SocketType clients, SocketType server, long atLeast) implements DesignCondition {
    }

    /** The node is as the lesson's starting design has it (where it sits on the canvas aside). */
    record Unchanged(String node) implements DesignCondition {
    }

    /**
     * The socket ({@code node/socket}, or a node: any of its subscribing sockets) has a
     * subscription that starts with {@code prefix}; with {@code only}, every subscription does.
     */
    record Subscribes(String socket, String prefix, boolean only) implements DesignCondition {
    }

    /** A socket option of {@code node/socket}, ZeroMQ's default when the design leaves it out. */
    record OptionLimit(SocketOption option, String socket, Comparison comparison) implements DesignCondition {
    }

    /** A setting of a node's behaviour (or its start delay). */
    record SettingLimit(Setting setting, String node, Comparison comparison) implements DesignCondition {
    }
}
