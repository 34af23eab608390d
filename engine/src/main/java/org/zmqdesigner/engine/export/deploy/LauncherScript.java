package org.zmqdesigner.engine.export.deploy;

import java.util.List;

/**
 * {@code hosts/<host>/run.sh}: a POSIX sh script that runs one host's nodes with the engine,
 * {@code java -jar zmq-designer-engine.jar run topology.zmqtopo --only a,b}. Every user string in
 * it is either inside single quotes (in which sh gives no character a meaning but the quote itself,
 * written as {@code '\''}) or, in comments, on one line with control characters shown as \\uXXXX.
 *
 * <p>The jar is {@code $ZMQ_DESIGNER_JAR} when set, else {@code zmq-designer-engine.jar} at the
 * export's top; a missing jar is said plainly. Arguments are passed on to {@code run}
 * ({@code --duration 30s --report r.json}); {@code JAVA_OPTS} goes to java.
 * {@code ZMQ_DESIGNER_DRY_RUN=1} prints the command, one argument a line, instead of running it.
 */
final class LauncherScript {

    static final String JAR_VARIABLE = "ZMQ_DESIGNER_JAR";
    static final String DRY_RUN_VARIABLE = "ZMQ_DESIGNER_DRY_RUN";

    private LauncherScript() {
    }

    static String of(DeployLayout.Host host, String designName) {
        List<String> ids = host.nodeIds();
        return """
                #!/bin/sh
                # Runs the nodes of %s of the design %s with the ZMQ Designer engine:
                #   %s
                # Usage: sh run.sh [run options such as --duration 30s --report report.json]
                # The engine's jar: $%s, or zmq-designer-engine.jar at the top of this export.
                # %s=1 prints the command, one argument a line, instead of running it.
                set -eu
                export_dir=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
                jar=${%s:-$export_dir/%s}
                set -- run "$export_dir/topology.zmqtopo" --only %s "$@"
                if [ "${%s:-}" = 1 ]; then
                    printf '%%s\\n' java -jar "$jar" "$@"
                    exit 0
                fi
                if [ ! -f "$jar" ]; then
                    echo "run.sh: the engine's jar is not at $jar." >&2
                    echo "Build it with ./mvnw -pl engine package (it is engine/target/zmq-designer-engine.jar)," >&2
                    echo "then copy it to $export_dir or set %s to its path." >&2
                    exit 2
                fi
                # JAVA_OPTS is split into words on purpose: it holds java's own options.
                # shellcheck disable=SC2086
                exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
                """.formatted(
                host.shown(), comment(designName), comment(String.join(", ", ids)),
                JAR_VARIABLE, DRY_RUN_VARIABLE,
                JAR_VARIABLE, DeployImage.JAR,
                quote(String.join(",", ids)),
                DRY_RUN_VARIABLE, JAR_VARIABLE);
    }

    /** {@code text} as one word for sh, whatever it holds. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** {@code text} safe inside a one-line comment. */
    private static String comment(String text) {
        return "\"" + DeployNames.printable(text) + "\"";
    }
}
