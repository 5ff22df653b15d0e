#!/usr/bin/env bash
# make bench: runs each benchmark main in the test module; each prints its ratios.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp="test/target/ingot-test-0.1.0-SNAPSHOT.jar:test/target/lib/*"
benches=(
  ingot.bench.ClassFileBench
  ingot.bench.InflateBench
  ingot.bench.AssemblerBench
  ingot.bench.BootBench
  ingot.bench.ClasslibBench
  ingot.bench.StrictMathBench
  ingot.bench.BigMathBench
  ingot.bench.ComputeBench
)
if [ ${#benches[@]} -eq 0 ]; then echo "error: no benchmarks are listed in $0" >&2; exit 1; fi
for b in "${benches[@]}"; do
  echo "== $b"
  java -Xss8m -Dingot.classlib=classlib/target/java.base -cp "$cp" "$b"
done
