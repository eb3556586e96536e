#!/bin/bash
# Records everything `govreport` prints for every test input, so that a performance change can be shown to
# leave the output byte-identical.
#
#   Scripts/perf/compare_outputs.sh BINARY OUTDIR
#   diff -r OUTDIR_BEFORE OUTDIR_AFTER && echo identical
#
# Inputs: the shared corpus (public PDFs and texts, seed), Samples/reports, Tests/Fixtures/variations and
# Tests/Fixtures/bad (damaged files: their errors and exit codes are compared too). Commands: `extract
# --format json`, `extract --format markdown`, `check --format json`, `text` and `layout`; for each, stdout,
# stderr and the exit code are kept.
set -u
if [ $# -ne 2 ]; then echo "usage: $0 BINARY OUTDIR" >&2; exit 64; fi
BIN=$(realpath "$1"); OUT=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CORPUS=${CORPUS:-/work/shared/corpus}
mkdir -p "$OUT"
shopt -s nullglob
inputs=("$CORPUS"/public/*.pdf "$CORPUS"/public/*.txt "$CORPUS"/seed/*.txt
        "$ROOT"/Samples/reports/*.pdf "$ROOT"/Samples/reports/*.txt
        "$ROOT"/Tests/Fixtures/variations/*.pdf "$ROOT"/Tests/Fixtures/variations/*.raw.txt
        "$ROOT"/Tests/Fixtures/variations/*.layout.txt "$ROOT"/Tests/Fixtures/bad/*)
count=0
for file in "${inputs[@]}"; do
  [ "$(basename "$file")" = README.md ] && continue
  key=$(echo "$file" | sed "s#^$ROOT/##; s#^$CORPUS/##; s#/#_#g")
  count=$((count + 1))
  for command in "extract json" "extract markdown" "check json" "text" "layout"; do
    set -- $command
    name="$OUT/$key.$1${2:+.$2}"
    "$BIN" "$1" "$file" ${2:+--format "$2"} >"$name.out" 2>"$name.err"
    echo $? >"$name.rc"
  done
done
echo "$count inputs x 5 commands written to $OUT"
