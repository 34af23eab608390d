package org.zmqdesigner.engine.export.java;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How design names become Java names in the exported project, and how user text is made safe
 * where it is not a string literal (comments, Markdown, XML). String literals are JavaPoet's
 * {@code $S}, which escapes them; everything here is for the rest.
 *
 * <ul>
 *   <li>Package: {@code org.zmqdesigner.designs.} and the design name in lower case, ASCII letters
 *       and digits, other runs as one {@code _} ("hello-reqrep" gives {@code hello_reqrep}); a
 *       keyword or a leading digit gets {@code _}/{@code d} added; empty gives {@code design}.</li>
 *   <li>Node classes: the node id in UpperCamelCase from its ASCII letters and digits (accents
 *       dropped: "wörker-1" gives {@code Worker1}); a leading digit or nothing left gets
 *       {@code Node} in front; a name the program itself uses ({@link #HELPERS}), a class of
 *       {@code java.lang} or of JeroMQ gets {@code Node} behind ({@code StringNode}); two ids that
 *       give one name, even in different case (file systems that ignore case), are told apart by
 *       2, 3, … ({@code _2} after a digit).</li>
 *   <li>Socket variables: the socket id in lowerCamelCase the same way, with {@code Socket} behind
 *       a keyword or a name the node's code uses itself.</li>
 * </ul>
 */
final class JavaNames {
    private JavaNames() {
    }

    static final String PACKAGE_ROOT = "org.zmqdesigner.designs";

    /** The classes every export has besides the node classes. */
    static final String MAIN = "Main";
    static final String NODE = "Node";
    static final String PAYLOAD = "Payload";
    static final Set<String> HELPERS = Set.of(MAIN, NODE, PAYLOAD);

    /** JeroMQ and java.util names the generated code uses unqualified. */
    private static final Set<String> LIBRARY_TYPES = Set.of("ZContext", "ZMQ", "ZMsg", "ZFrame", "ZEvent",
            "ZMonitor", "ZMQException", "SocketType", "Socket", "Poller", "List", "ArrayList", "Map", "LinkedHashMap",
            "Deque", "ArrayDeque", "Random", "Locale", "Set", "TimeUnit", "CountDownLatch", "Collection", "Arrays",
            "Objects", "Matcher", "Pattern");

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
            "non-sealed", "when", "module", "open", "exports", "requires", "_");

    /**
     * Names the node classes' code uses for its own variables, fields and methods: a socket called
     * one of these would shadow it.
     */
    static final Set<String> NODE_CODE_NAMES = Set.of("context", "random", "sent", "received", "id", "pause",
            "open", "close", "stopping", "work", "run", "seq", "request", "reply", "body", "message", "poller",
            "workers", "peers", "event", "answer", "envelope", "replies", "seeded", "millis",
            "more", "frame", "worker", "subscription", "subscribers", "stalls",
            "retriesLeft", "n", "e", "due", "interval", "awaitPeers", "delay", "task", "sync", "main", "args",
            "topic", "workersOnly", "workersAndClients", "bodyFrames", "taskFrames", "messageFrames", "replyFrames",
            "gaveUp", "pace", "summary", "counted", "state", "sockets");

    /** The package of an export named {@code name}. */
    static String packageName(String name) {
        String segment = ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (segment.isEmpty()) {
            segment = "design";
        }
        if (Character.isDigit(segment.charAt(0))) {
            segment = "d" + segment;
        }
        if (KEYWORDS.contains(segment)) {
            segment = segment + "_";
        }
        return PACKAGE_ROOT + "." + segment;
    }

    /** The Maven artifactId: the package's last segment, with {@code -} for {@code _}. */
    static String artifactId(String name) {
        String pkg = packageName(name);
        return pkg.substring(pkg.lastIndexOf('.') + 1).replace('_', '-').replaceAll("-+$", "");
    }

    /** One class name per node id, in the order given, each unique ignoring case. */
    static Map<String, String> classNames(List<String> nodeIds) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        HELPERS.forEach(h -> taken.add(h.toLowerCase(Locale.ROOT)));
        for (String id : nodeIds) {
            String base = camel(id, true);
            if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
                base = "Node" + base;
            }
            if (HELPERS.contains(base) || LIBRARY_TYPES.contains(base) || isJavaLang(base)) {
                base = base + "Node";
            }
            String name = base;
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = numbered(base, n);
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.put(id, name);
        }
        return names;
    }

    /** One variable name per socket id of one node, in the order given. */
    static Map<String, String> variableNames(List<String> socketIds) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String id : socketIds) {
            String base = camel(id, false);
            if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
                base = "socket" + capitalise(base);
            }
            if (KEYWORDS.contains(base) || NODE_CODE_NAMES.contains(base) || LIBRARY_TYPES.contains(base)
                    || isJavaLang(capitalise(base)) && base.equals(capitalise(base))) {
                base = base + "Socket";
            }
            String name = base;
            for (int n = 2; taken.contains(name) || NODE_CODE_NAMES.contains(name); n++) {
                name = numbered(base, n);
            }
            taken.add(name);
            names.put(id, name);
        }
        return names;
    }

    /** The n-th of a name: "Client2", but "Worker1_2", so that it cannot be read as "Worker12". */
    private static String numbered(String base, int n) {
        return Character.isDigit(base.charAt(base.length() - 1)) ? base + "_" + n : base + n;
    }

    private static String camel(String text, boolean upperFirst) {
        StringBuilder out = new StringBuilder();
        boolean upper = upperFirst;
        for (char c : ascii(text).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                out.append(upper ? Character.toUpperCase(c) : out.isEmpty() && !upperFirst ? Character.toLowerCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Letters without their accents; what is still not ASCII is dropped by the callers. */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, JavaNames.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Text for a Javadoc comment: on one line, with nothing that could end the comment ({@code *}{@code /}),
     * start a unicode escape (which javac reads even inside comments, so that backslash-u-002a-slash would end it),
     * open a tag or HTML, or be invisible.
     */
    static String comment(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
                case '*' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '/' ? "&#42;" : "*");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '$' -> out.append("&#36;");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.SURROGATE) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The characters Markdown (and HTML inside it) gives a meaning; each is escaped with a backslash. */
    private static final String MARKDOWN_SPECIAL = "\\`*_{}[]<>#+!|~&";

    /** Text for Markdown: on one line, every character Markdown could read as markup escaped. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 128 && MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append((char) c);
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Text for XML character data or an attribute; characters XML 1.0 cannot hold become spaces. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (allowed && c != '\n' && c != '\r' && c != '\t') {
                        out.appendCodePoint(c);
                    } else {
                        out.append(' ');
                    }
                }
            }
        });
        return out.toString();
    }
}
