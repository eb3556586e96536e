#!/usr/bin/env bash
# The same reports as PDF, as Word file and as web page: time per file of `govreport extract` over each set
# (one process per set, the list repeated so start-up is amortised; 7 alternating rounds after a warm-up, medians).
# Every fixture of Tests/Fixtures/web is paired with the PDF its truth names (fx-NAME).
#   Scripts/perf/bench_formats.sh [BINARY]      (default .build/release/govreport; bench.sh section 6)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/release/govreport}
python3 - "$bin" <<'PY'
import json, pathlib, statistics, subprocess, sys, time
bin = sys.argv[1]
web = pathlib.Path("Tests/Fixtures/web")
def pdf_of(fixture):
    name = json.loads(fixture.with_suffix(".json").read_text())["id"].removeprefix("fx-")
    return next(p for p in (pathlib.Path("Tests/Fixtures/variations") / f"{name}.pdf",
                            pathlib.Path("Samples/reports") / f"{name}.pdf") if p.exists())
def timed(files, repeat=10):
    args = [bin, "extract", "--format", "jsonl", *[str(f) for f in files] * repeat]
    start = time.monotonic()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.monotonic() - start) / (len(files) * repeat) * 1000
for suffix, kind in ((".docx", "Word file"), (".html", "web page")):
    fixtures = sorted(web.glob(f"*{suffix}"))
    pdfs = [pdf_of(f) for f in fixtures]
    timed(fixtures), timed(pdfs)  # warm-up
    # Alternating rounds, so that a disturbance of the shared machine hits both alike; medians.
    rounds = [(timed(fixtures), timed(pdfs)) for _ in range(7)]
    markup = statistics.median(m for m, _ in rounds)
    pdf = statistics.median(p for _, p in rounds)
    ratio = statistics.median(m / p for m, p in rounds)
    print(f"{len(fixtures):2d} reports as {kind:9s} {markup:6.2f} ms/file   as PDF {pdf:6.2f} ms/file   "
          f"ratio {ratio:4.2f} (median of 7 paired rounds; target < 1)")
PY
