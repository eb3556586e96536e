#!/usr/bin/env bash
# govreport's benchmark, in one run on the same files (Docs/performance.md explains each figure):
#   1. floor (Poppler glyphs only) vs the full pipeline vs pdftotext once per file (govreport-bench);
#   2. ingest of a 1,000-file folder with --jobs 1 and --jobs 2 (files/s, scaling);
#   3. peak RSS of one ingest worker over the corpus;
#   4. start-up of the executable (nothing parsed);
#   5. cost against pages: one report concatenated to 1×, 10×, 50× its pages (qpdf);
#   6. the same reports as PDF, Word file and web page (Scripts/perf/bench_formats.sh).
# Usage: Scripts/bench.sh [PDF...]   (default: ../shared/corpus/public, else Samples + Tests/Fixtures)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v qpdf >/dev/null || { echo "bench.sh: needs qpdf (apt-get install qpdf)" >&2; exit 1; }
swift build -c release --product govreport >/dev/null
swift build -c release --product govreport-bench >/dev/null
bin=.build/release/govreport
files=("$@")
if ((${#files[@]} == 0)); then
  if compgen -G "../shared/corpus/public/*.pdf" >/dev/null; then files=(../shared/corpus/public/*.pdf)
  else files=(Samples/reports/*.pdf Tests/Fixtures/variations/*.pdf); fi
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "== 1. floor, pipeline, pdftotext (${#files[@]} files)"
.build/release/govreport-bench "${files[@]}" --iterations 15

echo; echo "== 1b. one govreport extract process over every file vs pdftotext once per file"
python3 - "$bin" "${files[@]}" <<'PY'
import statistics, subprocess, sys, time
bin, files = sys.argv[1], sys.argv[2:]
def median(run, n=5):
    run()  # warm-up
    times = []
    for _ in range(n):
        start = time.monotonic(); run(); times.append(time.monotonic() - start)
    return statistics.median(times)
extract = median(lambda: subprocess.run([bin, "extract", "--format", "jsonl", *files],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
pdftotext = median(lambda: [subprocess.run(["pdftotext", "-q", f, "/dev/null"]) for f in files])
n = len(files)
print(f"govreport extract (1 process) {extract:7.3f} s  {n / extract:6.1f} files/s")
print(f"pdftotext once per file       {pdftotext:7.3f} s  {n / pdftotext:6.1f} files/s")
print(f"ratio extract / pdftotext     {extract / pdftotext:7.2f}   (target <= 1.00)")
PY

echo; echo "== 2. ingest of 1,000 files"
Scripts/perf/distinct_copies.sh "$work/folder" 1000 "${files[@]}"
python3 - "$bin" "$work" <<'PY'
import statistics, subprocess, sys, time
bin, work = sys.argv[1], sys.argv[2]
# Three rounds, alternating 1 and 2 jobs so that a disturbance of the shared machine hits both alike; medians.
seconds = {1: [], 2: []}
for round in range(3):
    for jobs in (1, 2):
        db = f"{work}/jobs{jobs}-{round}.sqlite"
        start = time.monotonic()
        out = subprocess.run([bin, "ingest", f"{work}/folder", "--db", db, "--jobs", str(jobs)], check=True,
                             capture_output=True, text=True).stdout
        seconds[jobs].append(time.monotonic() - start)
        if round == 0:
            print("  " + next(line for line in out.splitlines() if line.startswith("this run:")))
rate = {}
for jobs in (1, 2):
    median = statistics.median(seconds[jobs])
    rate[jobs] = 1000 / median
    runs = ", ".join(f"{s:.2f}" for s in seconds[jobs])
    print(f"ingest --jobs {jobs}: median {median:7.2f} s  {rate[jobs]:6.1f} files/s   (runs: {runs} s)")
print(f"scaling 2 jobs / 1 job: {rate[2] / rate[1]:.2f}   (target >= 1.80)")
PY

echo; echo "== 3. peak RSS of one worker (every corpus file through one govreport worker)"
python3 - "$bin" "${files[@]}" <<'PY'
import json, resource, subprocess, sys
bin, files = sys.argv[1], sys.argv[2:]
requests = "".join(json.dumps({"path": f}) + "\n" for f in files * 4)
subprocess.run([bin, "worker"], input=requests.encode(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"worker peak RSS over {len(files) * 4} files: {peak:.1f} MB   (target <= 64)")
PY

echo; echo "== 4. start-up (no file parsed)"
python3 - "$bin" <<'PY'
import statistics, subprocess, sys, time
bin = sys.argv[1]
for args in (["--version"], ["--help"], ["extract", "--help"]):
    times = []
    for _ in range(21):
        start = time.monotonic()
        subprocess.run([bin, *args], stdout=subprocess.DEVNULL, check=True)
        times.append(time.monotonic() - start)
    print(f"govreport {' '.join(args):14s} median {statistics.median(times) * 1000:6.1f} ms")
PY

echo; echo "== 5. cost against pages"
base=${files[0]}
for k in 1 10 50; do
  pages=(); for _ in $(seq 1 "$k"); do pages+=("$base"); done
  qpdf --empty --pages "${pages[@]}" -- "$work/long$k.pdf"
done
python3 - "$bin" "$work" <<'PY'
import statistics, subprocess, sys, time
bin, work = sys.argv[1], sys.argv[2]
first = None
previous = None  # (pages, seconds) of the step before: the cost of the added pages, start-up excluded
for k in (1, 10, 50):
    pdf = f"{work}/long{k}.pdf"
    pages = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    times = []
    for _ in range(3):
        start = time.monotonic()
        subprocess.run([bin, "extract", pdf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.monotonic() - start)
    t = statistics.median(times)
    first = first or t / pages
    added = f"  added pages {(t - previous[1]) / (pages - previous[0]) * 1000:5.2f} ms/page" if previous else ""
    print(f"{k:3d}x: {pages:4d} pages  {t:7.3f} s  {t / pages * 1000:6.1f} ms/page  ({t / pages / first:.2f} x the 1x cost per page){added}")
    previous = (pages, t)
PY

echo; echo "== 6. the same reports as PDF, as Word file (.docx) and as web page (.html)"
Scripts/perf/bench_formats.sh "$bin"
