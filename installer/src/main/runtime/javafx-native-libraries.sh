#!/bin/sh
# Puts JavaFX's native libraries where a jlink'd JavaFX looks for them first: the runtime's lib/.
#
# The image's JavaFX modules come from Maven Central's jars, which carry the libraries as
# resources; jlink keeps them there. JavaFX then, on every start, finds no library in lib/ and
# falls back to the resource: it MD5s each one and its copy under ~/.openjfx/cache (1 MB read
# twice, and the JDK's security providers set up for MessageDigest), and writes the copy if it
# differs. In lib/ they are simply loaded: 50-100 ms less of the designer's start here (README,
# "Start time"), and nothing written to the user's home. Linux only (the step is skipped with
# the script launchers elsewhere; Windows would want bin/javafx, macOS lib/).
#
# usage: javafx-native-libraries.sh IMAGE MODULE_DIR JAR_TOOL
set -eu
image=$1
modules=$2
jar=$3
lib="$image/lib/runtime/lib"
if [ ! -d "$lib" ]; then
    echo "native libraries: $lib is missing (not an app image?)" >&2
    exit 1
fi
count=0
for archive in "$modules"/javafx-*.jar; do
    # The libraries sit at the jar's root; classes and resources are in folders.
    names=$("$jar" tf "$archive" | grep -E '^[^/]+\.so$' || true)
    [ -n "$names" ] || continue
    # shellcheck disable=SC2086 # one argument per library name
    (cd "$lib" && "$jar" xf "$archive" $names)
    for name in $names; do
        chmod 644 "$lib/$name"
        count=$((count + 1))
    done
done
if [ "$count" = 0 ]; then
    echo "native libraries: no JavaFX library in $modules/javafx-*.jar" >&2
    exit 1
fi
echo "native libraries: $count JavaFX libraries in lib/runtime/lib"
