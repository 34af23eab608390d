package org.zmqdesigner.engine.export.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one door through which text from a design enters Python source: string literals, text inside
 * a docstring, comments, and names. Every quote, backslash, control and non-ASCII character is
 * escaped, so a node called {@code """; import os; os._exit(1) #} stays a string, a newline in a
 * name never ends a comment, and no invisible or bidirectional character hides in the code.
 */
final class PythonLiterals {

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield",
            // Soft keywords: legal names, but a reader should never have to wonder.
            "_", "case", "match", "type");

    private static final Set<String> BUILTINS = Set.of(("ArithmeticError AssertionError AttributeError"
            + " BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning"
            + " ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError"
            + " DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup"
            + " FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError"
            + " ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError"
            + " KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError"
            + " NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError"
            + " ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning"
            + " StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError"
            + " TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError"
            + " UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError abs aiter all"
            + " anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex"
            + " copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset"
            + " getattr globals hasattr hash help hex id input int isinstance issubclass iter len license list"
            + " locals map max memoryview min next object oct open ord pow print property quit range repr reversed"
            + " round set setattr slice sorted staticmethod str sum super tuple type vars zip").split(" "));

    /** Standard library, pyzmq and the export's own modules, lower case: a script must not shadow one. */
    private static final Set<String> MODULES = moduleNames();

    private PythonLiterals() {
    }

    /** A Python string literal holding exactly {@code text}: {@code "World"}, {@code "a\"b\n"}. */
    static String string(String text) {
        return "\"" + escaped(text) + "\"";
    }

    /**
     * {@code text} as it may stand inside a {@code """} docstring or a {@code #} comment: escaped
     * as in {@link #string}, so it is one line, holds no quote and reads the same as the string.
     */
    static String escaped(String text) {
        return escaped(text, true);
    }

    private static String escaped(String text, boolean quotes) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '"' && quotes) {
                out.append("\\\"");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(String.format(Locale.ROOT, "\\U%08x", text.codePointAt(i)));
                i++;
            } else if (Character.isSurrogate(c)) {
                // A lone surrogate is not a character: Java's UTF-8 encoder writes "?" for it, and
                // so must the exported program, so the bytes on the wire are the same.
                out.append('?');
            } else if (c < 0x100) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * A comment line's text, escaped as in {@link #string} but for its quotes (harmless in a
     * comment): whatever {@code text} holds, the comment ends with the line.
     */
    static String comment(String text) {
        return "# " + escaped(text, false);
    }

    /**
     * A Python expression for the UTF-8 bytes of {@code text}: a bytes literal ({@code b"READY"})
     * when the text is printable ASCII, as the zguide writes them, else the string encoded.
     */
    static String bytes(String text) {
        boolean ascii = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return ascii ? "b" + string(text) : string(text) + ".encode()";
    }

    /**
     * A name made of {@code [A-Za-z_][A-Za-z0-9_]*} from {@code text}, never a keyword, soft
     * keyword, builtin or one of {@code taken} (compared ignoring case, as file names on some
     * systems are): other characters become "_", a leading digit gets a prefix, a clash the
     * suffix {@code clashSuffix} and then a number.
     */
    static String identifier(String text, String fallback, String clashSuffix, Collection<String> taken) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
            if (plain) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        }
        String name = out.toString().replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            name = fallback;
        } else if (Character.isDigit(name.charAt(0))) {
            name = fallback + "_" + name;
        }
        Set<String> lower = new HashSet<>();
        taken.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
        if (reserved(name) || lower.contains(name.toLowerCase(Locale.ROOT))) {
            name = name + clashSuffix;
        }
        String candidate = name;
        for (int n = 2; reserved(candidate) || lower.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }

    /** Whether a name would hide a keyword, a builtin or a module a script imports or could. */
    static boolean reserved(String name) {
        return KEYWORDS.contains(name) || BUILTINS.contains(name) || MODULES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> moduleNames() {
        try (InputStream in = PythonLiterals.class.getResourceAsStream("python-module-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("python-module-names.txt is missing from the engine");
            }
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
