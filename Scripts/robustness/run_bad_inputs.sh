#!/bin/sh
# Generate the bad-input corpus (if absent) and run govreport over all of it; print counts by outcome:
# inputs tried, outcomes by error kind, crashes, timeouts, peak RSS, and the ingest tally.
#
#   Scripts/robustness/run_bad_inputs.sh [CORPUS_DIR]       (default .build/bad-inputs)
#   TIMEOUT=60 BINARY=.build/release/govreport Scripts/robustness/run_bad_inputs.sh
#
# Exit status 0 when every input gave an expected outcome, with no crash and no timeout.
set -eu
cd "$(dirname "$0")/../.."
corpus=${1:-.build/bad-inputs}
binary=${BINARY:-.build/debug/govreport}
if [ -z "${BINARY:-}" ]; then swift build --product govreport >/dev/null; fi
if [ ! -f "$corpus/manifest.json" ]; then python3 Scripts/robustness/make_bad_inputs.py "$corpus"; fi
exec python3 Scripts/robustness/run_bad_inputs.py --binary "$binary" --corpus "$corpus" \
    --timeout "${TIMEOUT:-60}" --report "$corpus/results.json"
