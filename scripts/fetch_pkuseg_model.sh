#!/bin/sh
# Extract pkuseg's default segmentation model from the pkuseg 0.0.25 sdist.
# usage: fetch_pkuseg_model.sh PYTHON DEST_DIR
# The sdist is the only offline-reachable copy of the model (pkuseg's other
# models are fetched from GitHub at run time, which fails on closed networks).
set -eu
py=$1; dest=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$py" -m pip download -q --no-deps --no-binary :all: --no-build-isolation \
    -d "$tmp" pkuseg==0.0.25
tar -xzf "$tmp"/pkuseg-0.0.25.tar.gz -C "$tmp" pkuseg-0.0.25/pkuseg/models/default
mkdir -p "$(dirname "$dest")"
rm -rf "$dest.partial"
mv "$tmp"/pkuseg-0.0.25/pkuseg/models/default "$dest.partial"
rm -rf "$dest" && mv "$dest.partial" "$dest"
echo "pkuseg default model in $dest"
