#!/bin/sh
# Regenerates the app icons from build/icon.svg (needs rsvg-convert from librsvg2-bin and
# icotool from icoutils: apt-get install -y librsvg2-bin icoutils). Commit the results.
set -eu
cd "$(dirname "$0")"
mkdir -p icons
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
cp icons/512x512.png icon.png
# Windows: small sizes as bitmaps, 256 as PNG inside the .ico (as Windows expects).
icotool -c -o icon.ico icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png \
  icons/64x64.png icons/128x128.png -r icons/256x256.png
rm icons/24x24.png
