#!/bin/sh
# Runs the nodes of host "alpha" of the design "hello-two-hosts" with the ZMQ Designer engine:
#   "server"
# Usage: sh run.sh [run options such as --duration 30s --report report.json]
# The engine's jar: $ZMQ_DESIGNER_JAR, or zmq-designer-engine.jar at the top of this export.
# ZMQ_DESIGNER_DRY_RUN=1 prints the command, one argument a line, instead of running it.
set -eu
export_dir=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
jar=${ZMQ_DESIGNER_JAR:-$export_dir/zmq-designer-engine.jar}
set -- run "$export_dir/topology.zmqtopo" --only 'server' "$@"
if [ "${ZMQ_DESIGNER_DRY_RUN:-}" = 1 ]; then
    printf '%s\n' java -jar "$jar" "$@"
    exit 0
fi
if [ ! -f "$jar" ]; then
    echo "run.sh: the engine's jar is not at $jar." >&2
    echo "Build it with ./mvnw -pl engine package (it is engine/target/zmq-designer-engine.jar)," >&2
    echo "then copy it to $export_dir or set ZMQ_DESIGNER_JAR to its path." >&2
    exit 2
fi
# JAVA_OPTS is split into words on purpose: it holds java's own options.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
