package org.zmqdesigner.engine.export.python;

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

    /** Where comments wrap, as the zguide's examples keep their lines short. */
    static final int WIDTH = 100;

    /**
     * Comment lines holding {@code text} escaped (so nothing in it ends the comment), wrapped at
     * spaces to stay within {@link #WIDTH} columns where the words allow.
     */
    PythonSource comment(String text) {
        return wrapped("# ", "# ", PythonLiterals.comment(text).substring(2));
    }

    /**
     * Already escaped {@code text} over as many lines as it takes to stay within {@link #WIDTH}
     * columns where its words allow: the first line starts with {@code first}, the others with
     * {@code next} (a docstring's indented continuation, a comment's "# ").
     */
    PythonSource wrapped(String first, String next, String text) {
        int room = Math.max(40, WIDTH - 4 * level);
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.split(" ", -1)) {
            if (!empty && line.length() + 1 + word.length() > room) {
                line(line.toString().stripTrailing());
                line.setLength(0);
                line.append(next);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        return line(line.toString().stripTrailing());
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
