package org.zmqdesigner.engine.model;

import java.util.Locale;
import java.util.Objects;
import org.zmqdesigner.engine.text.Texts;

/**
 * A parsed ZeroMQ endpoint: {@code tcp://host:port}, {@code ipc://path} or {@code inproc://name}.
 *
 * <p>For tcp, {@code port} is {@link #ANY_PORT} when the endpoint says {@code *} (an ephemeral port,
 * binding only). The port is kept as written even when it is out of range, so the validator can say
 * so in its own words instead of failing the parse.
 */
public record Endpoint(Transport transport, String host, long port, String path) {

    public static final long ANY_PORT = -1;

    /** The syntax errors' words: a student reads them under a field or with a file's line and column. */
    private static final Texts TEXTS = Texts.of(Endpoint.class);

    /**
     * Where ZeroMQ looks for its authentication (ZAP) handler. A run gives every socket a ZAP domain
     * so that only ZMTP 3 peers are accepted; a design socket bound here would be asked to
     * authenticate every connection of the run and stall every handshake.
     */
    public static final String ZAP_HANDLER = "inproc://zeromq.zap.01";

    public enum Transport {
        TCP, IPC, INPROC;

        public String scheme() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Thrown by {@link #parse} with a message that says what is wrong and what would be right. */
    public static final class SyntaxException extends IllegalArgumentException {
        public SyntaxException(String message) {
            super(message);
        }
    }

    public static Endpoint parse(String text) {
        Objects.requireNonNull(text, "endpoint");
        int sep = text.indexOf("://");
        if (sep < 0) {
            throw new SyntaxException(TEXTS.get("endpoint.noTransport", text));
        }
        String scheme = text.substring(0, sep);
        String rest = text.substring(sep + 3);
        Transport transport;
        try {
            transport = Transport.valueOf(scheme.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SyntaxException(TEXTS.get("endpoint.unknownTransport", scheme));
        }
        if (!scheme.equals(transport.scheme())) {
            throw new SyntaxException(TEXTS.get("endpoint.lowerCase", transport.scheme() + "://" + rest));
        }
        if (rest.isEmpty()) {
            throw new SyntaxException(TEXTS.get("endpoint.noAddress", text, scheme + "://"));
        }
        if (transport != Transport.TCP) {
            return new Endpoint(transport, null, 0, rest);
        }
        int colon = rest.lastIndexOf(':');
        if (colon < 0) {
            throw new SyntaxException(TEXTS.get("endpoint.noPort", text));
        }
        String host = rest.substring(0, colon);
        String portText = rest.substring(colon + 1);
        if (host.isEmpty()) {
            throw new SyntaxException(TEXTS.get("endpoint.noHost", text, "tcp://127.0.0.1:" + portText,
                    "tcp://*:" + portText));
        }
        if (host.startsWith("[") != host.endsWith("]")) {
            throw new SyntaxException(TEXTS.get("endpoint.unbalancedBrackets", text));
        }
        if (portText.equals("*")) {
            return new Endpoint(transport, host, ANY_PORT, null);
        }
        if (portText.isEmpty() || portText.length() > 12 || !portText.chars().allMatch(Character::isDigit)) {
            throw new SyntaxException(TEXTS.get("endpoint.notAPort", portText, text));
        }
        return new Endpoint(transport, host, Long.parseLong(portText), null);
    }

    public boolean isTcp() {
        return transport == Transport.TCP;
    }

    /** True for an inproc or ipc endpoint, which only reaches peers on the same machine. */
    public boolean isLocalOnly() {
        return transport != Transport.TCP;
    }

    public boolean portInRange() {
        return !isTcp() || port == ANY_PORT || (port >= 1 && port <= 65535);
    }

    /** A bind on every interface: {@code *}, {@code 0.0.0.0} or {@code [::]}. */
    /** True for the endpoint ZeroMQ reserves for its authentication handler, {@link #ZAP_HANDLER}. */
    public boolean isZapHandler() {
        return transport == Transport.INPROC && ZAP_HANDLER.equals("inproc://" + path);
    }

    public boolean isWildcardHost() {
        return isTcp() && (host.equals("*") || host.equals("0.0.0.0") || host.equals("[::]"));
    }

    public boolean isLoopbackHost() {
        return isTcp() && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }

    /**
     * The host as the resolver would see it for loopback names: "localhost" is 127.0.0.1. Two tcp
     * binds of one port overlap when these are equal or either is a wildcard ({@link #overlaps}).
     */
    public String canonicalHost() {
        return host.equals("localhost") ? "127.0.0.1" : host;
    }

    /**
     * Whether a socket connecting to {@code this} reaches a socket that binds {@code bound}.
     * Host names other than loopback and wildcard are compared as written: the designer does not
     * resolve names.
     */
    public boolean reaches(Endpoint bound) {
        if (transport != bound.transport) {
            return false;
        }
        if (!isTcp()) {
            return path.equals(bound.path);
        }
        if (port != bound.port || port == ANY_PORT) {
            return false;
        }
        return bound.isWildcardHost() || canonicalHost().equals(bound.canonicalHost())
                || (host.equals("localhost") && bound.host.equals("[::1]"));
    }

    /** Whether two binds would claim the same address on one machine. */
    public boolean overlaps(Endpoint other) {
        if (transport != other.transport) {
            return false;
        }
        if (!isTcp()) {
            return path.equals(other.path);
        }
        if (port == ANY_PORT || port != other.port) {
            return false;
        }
        return canonicalHost().equals(other.canonicalHost()) || isWildcardHost() || other.isWildcardHost();
    }

    @Override
    public String toString() {
        if (!isTcp()) {
            return transport.scheme() + "://" + path;
        }
        return "tcp://" + host + ":" + (port == ANY_PORT ? "*" : Long.toString(port));
    }
}
