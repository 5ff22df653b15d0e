#!/usr/bin/env bash
# Builds the demo application jar of `make run` from test/programs/demo with the host javac.
set -euo pipefail
out="${1:?usage: build-demo-jar.sh OUT.jar}"
top="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac --release 17 -d "$work/classes" "$top"/test/programs/demo/*.java
mkdir -p "$(dirname "$out")"
jar --create --file "$out" --main-class demo.Main -C "$work/classes" .
