#!/usr/bin/env bash
# Files/s of the ways to spread govreport over cores (Docs/scale-out.md): `ingest --jobs 1` and `--jobs 2`,
# the Spark job in local[1] and local[2], on the same COUNT distinct files (default 1000), release build.
# Rounds alternate the four runs, so that a disturbance of the shared machine hits them alike; medians.
# Prints the load average before and after: measure when it is low.
# With PIN=1 each run gets as many cores as it has tasks (taskset: `--jobs 1` and local[1] on core 0, `--jobs 2`
# and local[2] on cores 0-1), so the ratios compare one core with two; without it every run may use every core.
# Usage: [PIN=1] Scripts/perf/scale_out.sh [COUNT] [ROUNDS]   (needs a JRE, pyspark, pyarrow; see Integrations/spark)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000} rounds=${2:-3}
swift build -c release --product govreport >/dev/null
if compgen -G "../shared/corpus/public/*.pdf" >/dev/null; then files=(../shared/corpus/public/*.pdf)
else files=(Samples/reports/*.pdf Tests/Fixtures/variations/*.pdf); fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
Scripts/perf/distinct_copies.sh "$work/folder" "$count" "${files[@]}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $count files, copies of ${#files[@]} PDFs"
python3 - "$PWD/.build/release/govreport" "$work" "$count" "$rounds" "${PIN:-0}" <<'PY'
import re, statistics, subprocess, sys, time
bin, work, count, rounds, pin = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "1"
def cores(n):
    return ["taskset", "-c", f"0-{n - 1}"] if pin else []
job = "Integrations/spark/govreport_spark.py"
runs = {
    "ingest --jobs 1": lambda n: cores(1) + [bin, "ingest", f"{work}/folder", "--db", f"{work}/{n}.sqlite", "--jobs", "1"],
    "ingest --jobs 2": lambda n: cores(2) + [bin, "ingest", f"{work}/folder", "--db", f"{work}/{n}.sqlite", "--jobs", "2"],
    "spark local[1]": lambda n: cores(1) + ["spark-submit", "--master", "local[1]", "--conf", "spark.ui.enabled=false", job,
                                 "--input", f"{work}/folder", "--output", f"{work}/{n}", "--govreport", bin],
    "spark local[2]": lambda n: cores(2) + ["spark-submit", "--master", "local[2]", "--conf", "spark.ui.enabled=false", job,
                                 "--input", f"{work}/folder", "--output", f"{work}/{n}", "--govreport", bin],
}
seconds = {name: [] for name in runs}
inner = {name: [] for name in runs}
for round in range(rounds):
    for index, (name, command) in enumerate(runs.items()):
        start = time.monotonic()
        out = subprocess.run(command(f"r{round}-{index}"), check=True, capture_output=True, text=True).stdout
        seconds[name].append(time.monotonic() - start)
        found = re.search(r"start-up ([\d.]+) s, hashing, extraction and writing ([\d.]+) s, committing ([\d.]+) s", out)
        if found:
            inner[name].append(tuple(float(x) for x in found.groups()))
rate = {}
print("each run pinned to as many cores as it has tasks (taskset)" if pin else "every run may use every core")
for name in runs:
    median = statistics.median(seconds[name])
    rate[name] = count / median
    detail = ", ".join(f"{s:.1f}" for s in seconds[name])
    print(f"{name:16s} median {median:6.1f} s  {rate[name]:6.1f} files/s   (runs: {detail} s)")
    if inner[name]:
        startup, extraction, commit = (statistics.median(part) for part in zip(*inner[name]))
        print(f"{'':16s} inside: Spark start-up {startup:.1f} s, hashing + extraction + writing {extraction:.1f} s "
              f"({count / extraction:.1f} files/s), commit {commit:.1f} s")
print(f"local[2] / local[1]: {rate['spark local[2]'] / rate['spark local[1]']:.2f}   (target >= 1.70)")
print(f"ingest --jobs 2 / --jobs 1: {rate['ingest --jobs 2'] / rate['ingest --jobs 1']:.2f}")
print(f"Spark overhead, local[1] vs ingest --jobs 1: {statistics.median(seconds['spark local[1]']) - statistics.median(seconds['ingest --jobs 1']):+.1f} s")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
