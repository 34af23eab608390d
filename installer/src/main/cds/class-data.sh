#!/bin/sh
# Gives the app image a class-data archive (AppCDS, JDK 17) so the designer starts in about half
# the time: the classes it loads at start (JDK, JavaFX, libraries, ours) are read parsed and
# verified from lib/app/zmq-designer.jsa instead of from the jars. The launchers' .cfg names it
# (-XX:SharedArchiveFile=$APPDIR/zmq-designer.jsa -Xshare:auto): a missing or stale archive, or
# the image moved to another folder (the archive records the jars' paths), only means the JVM
# loads classes the slow way; it never stops the program.
#
# Two training runs record which classes to archive: the designer opening its first-start sample
# and closing as soon as its window is interactive (app.StartProbe), and the command line
# validating that sample. Then the image's own JVM dumps the archive from that list.
# The designer needs a display: DISPLAY if set, else an Xvfb of its own; with neither, or if a
# step fails, the image gets no archive and the build goes on, saying so.
#
# usage: class-data.sh IMAGE WORK    (IMAGE: the app image folder; WORK: a scratch folder)
set -u
image=$1
work=$2
archive="$image/lib/app/zmq-designer.jsa"
classes="$work/classes.lst"
sample="$image/lib/app/samples/pipeline.zmqtopo"

say() { echo "class-data: $*"; }
give_up() {
    rm -f "$archive"
    say "$* — the image has no class-data archive; the designer works, but starts slower"
    exit 0
}

rm -rf "$work"
mkdir -p "$work"
rm -f "$archive"

if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null 2>&1 || give_up "no display and no Xvfb for the training run"
    number=$(( 200 + $$ % 300 ))
    while [ -e "/tmp/.X11-unix/X$number" ] || [ -e "/tmp/.X$number-lock" ]; do number=$(( number + 1 )); done
    Xvfb ":$number" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb=$!
    trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null' EXIT
    for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$number" ] && break; sleep 0.2; done
    DISPLAY=":$number"
    export DISPLAY
fi

# Throw-away preferences and recovery folder: the builder's own settings are neither read nor changed.
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/designer.lst -Dzmqdesigner.startProbe=$work/probe.properties \
-Djava.util.prefs.userRoot=$work/prefs -Dzmqdesigner.recovery=$work/recovery" \
    timeout 120 "$image/bin/zmq-designer" >"$work/designer.log" 2>&1 \
    && [ -s "$work/probe.properties" ] \
    || give_up "the designer's training run failed (see $work/designer.log)"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/cli.lst" \
    timeout 60 "$image/bin/zmq-designer-cli" validate "$sample" >"$work/cli.log" 2>&1 \
    || give_up "the command line's training run failed (see $work/cli.log)"
# One list, each class once.
cat "$work/designer.lst" "$work/cli.lst" | grep -v '^#' | awk '!seen[$0]++' >"$classes"

JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$classes -XX:SharedArchiveFile=$archive" \
    timeout 300 "$image/bin/zmq-designer" >"$work/dump.log" 2>&1 \
    && [ -s "$archive" ] \
    || give_up "the JVM could not dump the archive (see $work/dump.log)"
say "$archive: $(grep -vc '^@' "$classes") classes, $(du -m "$archive" | cut -f1) MB"
