#!/bin/sh
# Starts one of the image's programs (bin/NAME): the options and classpath jpackage wrote in
# lib/app/NAME.cfg, run by the image's own Java. It stands in for jpackage's native Linux launcher,
# which asks rpm, then dpkg, which package owns it before it starts Java, on every start: 0.28 s
# of a 2.2 s designer start on our 2-core machine (strace), and the same for the command line.
# Same semantics: $APPDIR, $ROOTDIR and $BINDIR in the .cfg are the image's folders; its
# [ArgOptions] arguments apply only when no argument is given; -Djpackage.app-path names this file.
set -e
self=$(readlink -f -- "$0")
bindir=$(dirname -- "$self")
root=$(dirname -- "$bindir")
name=$(basename -- "$self")
cfg="$root/lib/app/$name.cfg"
java="$root/lib/runtime/bin/java"
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
    echo "$name: this installation is incomplete: $cfg or $java is missing" >&2
    exit 1
fi

# One item a line: "J<java option>", "C<classpath entry>", "M<main class>", "A<default argument>".
items=$(awk -v app="$root/lib/app" -v rootdir="$root" -v bin="$bindir" '
    BEGIN { gsub(/&/, "\\\\&", app); gsub(/&/, "\\\\&", rootdir); gsub(/&/, "\\\\&", bin) }
    function expand(s) {
        gsub(/\$APPDIR/, app, s); gsub(/\$ROOTDIR/, rootdir, s); gsub(/\$BINDIR/, bin, s)
        return s
    }
    /^\[/ { section = $0; next }
    {
        at = index($0, "="); if (at == 0) next
        key = substr($0, 1, at - 1); value = expand(substr($0, at + 1))
        if (section == "[Application]" && key == "app.classpath") print "C" value
        else if (section == "[Application]" && key == "app.mainclass") print "M" value
        else if (section == "[JavaOptions]" && key == "java-options") print "J" value
        else if (section == "[ArgOptions]" && key == "arguments") print "A" value
    }' "$cfg")

# The user's arguments stay last: options are appended after them, then the user's are rotated
# to the end. No globbing, and only newlines split the items (paths may hold spaces).
set -f
users=$#
[ "$users" -gt 0 ] || defaults=yes
classpath=
main=
old_ifs=$IFS
IFS='
'
for item in $items; do
    case $item in
        J*) set -- "$@" "${item#J}" ;;
        C*) classpath="${classpath:+$classpath:}${item#C}" ;;
        M*) main=${item#M} ;;
    esac
done
set -- "$@" "-Djpackage.app-path=$self" -cp "$classpath" "$main"
if [ "${defaults:-}" = yes ]; then
    for item in $items; do
        case $item in A*) set -- "$@" "${item#A}" ;; esac
    done
fi
IFS=$old_ifs
while [ "$users" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    users=$((users - 1))
done
exec "$java" "$@"
