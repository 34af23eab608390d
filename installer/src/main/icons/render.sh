#!/bin/sh
# Renders the icon files jpackage takes from zmq-designer.svg (ImageMagick 6):
# Linux wants one PNG (jpackage installs it and names it in the .desktop file),
# Windows an .ico holding the usual sizes. macOS wants .icns, which ImageMagick cannot write.
set -e
cd "$(dirname "$0")"
convert -background none zmq-designer.svg -resize 256x256 zmq-designer.png
for size in 16 32 48 256; do
    convert -background none zmq-designer.svg -resize ${size}x${size} /tmp/zmq-designer-$size.png
done
convert /tmp/zmq-designer-16.png /tmp/zmq-designer-32.png /tmp/zmq-designer-48.png /tmp/zmq-designer-256.png zmq-designer.ico
rm -f /tmp/zmq-designer-16.png /tmp/zmq-designer-32.png /tmp/zmq-designer-48.png /tmp/zmq-designer-256.png
