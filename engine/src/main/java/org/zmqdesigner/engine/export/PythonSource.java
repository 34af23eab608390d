package org.zmqdesigner.engine.export;

/**
 * Python source being written, line by line, four spaces per level. It holds no user text of its
 * own: callers pass names from {@link PythonLiterals#identifier} and text through
 * {@link PythonLiterals#string}, {@link PythonLiterals#escaped} or {@link #comment}.
 */
final class PythonSource {
    private final StringBuilder out = new StringBuilder();
    private int level;

    /** One line at the current level; code must not hold a line break. */
    PythonSource line(String code) {
        if (code.indexOf('\n') >= 0 || code.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("one line at a time: " + code);
        }
        out.append("    ".repeat(level)).append(code).append('\n');
        return this;
    }

    PythonSource blank() {
        out.append('\n');
        return this;
    }

    /** A comment line holding {@code text} escaped, so nothing in it ends the comment. */
    PythonSource comment(String text) {
        return line(PythonLiterals.comment(text));
    }

    /** A line that opens a block ({@code while True:}); what follows is indented until {@link #close}. */
    PythonSource open(String header) {
        line(header);
        level++;
        return this;
    }

    PythonSource close() {
        if (level == 0) {
            throw new IllegalStateException("no block to close");
        }
        level--;
        return this;
    }

    @Override
    public String toString() {
        if (level != 0) {
            throw new IllegalStateException(level + " blocks left open");
        }
        return out.toString();
    }
}
