package org.zmqdesigner.engine.format;

/**
 * A topology file that cannot be loaded, with everything a person needs to find the problem:
 * the file, the line and column (from 1; 0 when unknown), the JSON path and what is wrong.
 */
public final class TopologyLoadException extends Exception {
    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public TopologyLoadException(String source, int line, int column, String path, String problem) {
        super(format(source, line, column, path, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    private static String format(String source, int line, int column, String path, String problem) {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (path != null && !path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(problem).toString();
    }

    /** The file name or other source the text came from. */
    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Where in the document, as {@code nodes[3].sockets[0].type}; empty for the whole file. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    /** Loading stack traces tell a user nothing; the message says it all. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
