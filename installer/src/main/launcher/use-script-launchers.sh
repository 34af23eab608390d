#!/bin/sh
# Replaces the app image's native launchers (bin/NAME, one per lib/app/NAME.cfg) with launcher.sh,
# which starts Java without asking the package manager who owns it first (see launcher.sh).
# Runs between jpackage's app image and the package built around it, so the .deb carries them.
#
# usage: use-script-launchers.sh IMAGE
set -eu
image=$1
here=$(dirname -- "$(readlink -f -- "$0")")
if [ ! -x "$image/lib/runtime/bin/java" ]; then
    echo "launchers: $image/lib/runtime/bin/java is missing (jlink's --strip-native-commands?)" >&2
    exit 1
fi
for cfg in "$image"/lib/app/*.cfg; do
    name=$(basename -- "$cfg" .cfg)
    [ -f "$image/bin/$name" ] || continue
    cp -- "$here/launcher.sh" "$image/bin/$name"
    chmod 755 "$image/bin/$name"
    echo "launchers: bin/$name starts lib/runtime/bin/java with lib/app/$name.cfg"
done
