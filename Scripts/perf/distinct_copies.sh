#!/usr/bin/env bash
# Writes COUNT distinct copies of the given PDFs into FOLDER (r0.pdf, r1.pdf, …, cycling over the PDFs): a
# comment after %%EOF gives every copy its own sha256 (ingest and the Spark job store a content once) while
# Poppler reads it as its original, which is checked on the first two copies.
# Usage: Scripts/perf/distinct_copies.sh FOLDER COUNT PDF...
set -euo pipefail
folder=$1 count=$2; shift 2
files=("$@")
mkdir -p "$folder"
for i in $(seq 0 $((count - 1))); do
  src=${files[$((i % ${#files[@]}))]}
  { cat "$src"; printf '%%copy %d\n' "$i"; } > "$folder/r$i.pdf"
done
for i in 0 1; do
  cmp -s <(pdftotext -q "${files[$i]}" -) <(pdftotext -q "$folder/r$i.pdf" -) \
    || { echo "distinct_copies.sh: Poppler reads the copy r$i.pdf differently from ${files[$i]}" >&2; exit 1; }
done
