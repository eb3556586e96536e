#!/usr/bin/env python3
"""Run govreport over the bad-input corpus and count outcomes. Called by run_bad_inputs.sh.

For every manifest entry it runs `text`, `extract --format jsonl` and `check` (when the binary has it),
each under a wall-clock timeout, and records per process the exit status and peak RSS (os.wait4).
The outcome of a file is the error kind from the jsonl line (or "ok"); `text` and `check` must exit with
the documented status and print the same message on stderr. Then, when the binary has `ingest`, the whole
corpus is ingested into a fresh database and every file must be stored or have a `failure` row.

Exit status: 0 when every input met its manifest expectation with no crash and no timeout, else 1.
"""
import argparse
import collections
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


class Run:
    """One finished process: exit status (negative = signal), stdout, stderr, peak RSS in KiB."""

    def __init__(self, argv, timeout):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.monotonic()
            proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    start_new_session=True)
            self.timed_out = False
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() - start > timeout:
                    self.timed_out = True
                    os.killpg(proc.pid, signal.SIGKILL)
                    pid, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.005)
            proc.returncode = os.waitstatus_to_exitcode(status)
            self.seconds = time.monotonic() - start
            self.status = proc.returncode
            self.max_rss_kib = usage.ru_maxrss
            out.seek(0)
            err.seek(0)
            self.stdout = out.read().decode("utf-8", "replace")
            self.stderr = err.read().decode("utf-8", "replace")

    @property
    def crashed(self):
        return not self.timed_out and self.status not in (EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE)


def subcommands(binary):
    usage = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in usage.split("SUBCOMMANDS:")[-1].splitlines() if line.strip()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--report", help="write per-file results as JSON here")
    args = ap.parse_args()

    manifest = json.load(open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8"))["files"]
    commands = subcommands(args.binary)
    counts = collections.Counter()
    kinds = collections.Counter()
    problems = []
    max_rss = (0, "")
    slowest = (0.0, "")
    results = []

    def note(run, label):
        nonlocal max_rss, slowest
        if run.max_rss_kib > max_rss[0]:
            max_rss = (run.max_rss_kib, label)
        if run.seconds > slowest[0]:
            slowest = (run.seconds, label)
        counts["processes"] += 1
        if run.timed_out:
            counts["timeouts"] += 1
            problems.append(f"TIMEOUT {label}")
        elif run.crashed:
            counts["crashes"] += 1
            problems.append(f"CRASH (status {run.status}) {label}: {run.stderr.strip()[-300:]}")

    for entry in manifest:
        path = os.path.join(args.corpus, entry["file"])
        pw = ["--password", entry["password"]] if "password" in entry else []
        label = entry["file"] + (f" (--password {entry['password']})" if pw else "")
        counts["inputs"] += 1

        ex = Run([args.binary, "extract", "--format", "jsonl", *pw, path], args.timeout)
        note(ex, "extract " + label)
        line = ex.stdout.splitlines()[0] if ex.stdout.strip() else "{}"
        try:
            obj = json.loads(line)
        except ValueError:
            obj = {}
        if ex.timed_out:
            outcome = "timeout"
        elif ex.crashed:
            outcome = "crash"
        elif "error" in obj:
            outcome = obj["error"]["kind"]
            message = obj["error"]["message"]
        elif ex.status == EXIT_OK and obj:
            outcome = "ok"
        else:
            outcome = "bad_output"
        kinds[outcome] += 1
        if outcome not in entry["expect"]:
            problems.append(f"UNEXPECTED {label}: {outcome}, expected {'/'.join(entry['expect'])}")

        for command in ("text", "check"):
            if command not in commands:
                continue
            run = Run([args.binary, command, *pw, path], args.timeout)
            note(run, f"{command} {label}")
            if run.timed_out or run.crashed:
                continue
            ok_status = (EXIT_OK,) if command == "text" else (EXIT_OK, EXIT_FINDINGS)
            if outcome == "ok" and run.status not in ok_status:
                problems.append(f"STATUS {command} {label}: {run.status} for a readable file")
            elif outcome not in ("ok", "timeout", "crash", "bad_output"):
                if run.status != EXIT_UNREADABLE:
                    problems.append(f"STATUS {command} {label}: {run.status}, expected 2 ({outcome})")
                elif message not in run.stderr:
                    problems.append(f"MESSAGE {command} {label}: stderr lacks the extract message")
        results.append(dict(entry, outcome=outcome, max_rss_kib=ex.max_rss_kib, seconds=round(ex.seconds, 3)))

    ingest_line = "ingest: not available in this binary"
    if "ingest" in commands:
        outcomes = {r["file"]: r["outcome"] for r in results if "password" not in r}
        ingest_line = ingest(args, manifest, outcomes, counts, problems)

    print(f"inputs tried:       {counts['inputs']} ({len({e['file'] for e in manifest})} files)")
    print(f"processes run:      {counts['processes']}  (commands: extract, "
          f"{', '.join(c for c in ('text', 'check') if c in commands)})")
    print("outcomes (extract): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
    print(f"crashes:            {counts['crashes']}")
    print(f"timeouts:           {counts['timeouts']} (limit {args.timeout:g} s)")
    print(f"max RSS:            {max_rss[0] / 1024:.1f} MiB ({max_rss[1]})")
    print(f"slowest:            {slowest[0]:.2f} s ({slowest[1]})")
    print(ingest_line)
    print(f"problems:           {len(problems)}")
    for p in problems:
        print("  " + p)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
    return 0 if not problems else 1


def ingest(args, manifest, outcomes, counts, problems):
    """Ingests the corpus folder; every report file must end up stored or in `failure`, with the outcome
    `extract` gave it (stored for "ok", else a failure of the same kind)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bad.sqlite")
        run = Run([args.binary, "ingest", args.corpus, "--db", db, "--jobs", "1",
                   "--timeout", str(int(args.timeout))], args.timeout * 20)
        counts["processes"] += 1
        if run.timed_out or run.status != 0:
            problems.append(f"INGEST status {run.status} timed_out={run.timed_out}: {run.stderr.strip()[-500:]}")
            return f"ingest: FAILED (status {run.status})"
        con = sqlite3.connect(db)
        stored = {r[0] for r in con.execute("SELECT path FROM report_path")}
        failed = dict(con.execute("SELECT path, kind FROM failure"))
        con.close()
        files = sorted({os.path.realpath(os.path.join(args.corpus, e["file"])) for e in manifest
                        if os.path.isfile(os.path.join(args.corpus, e["file"]))})
        stored = {os.path.realpath(p) for p in stored}
        failed = {os.path.realpath(p): k for p, k in failed.items()}
        lost = [f for f in files if f not in stored and f not in failed]
        for f in lost:
            problems.append(f"INGEST LOST {f}: neither stored nor in failure")
        for name, outcome in outcomes.items():
            f = os.path.realpath(os.path.join(args.corpus, name))
            if f not in files:
                continue
            got = "ok" if f in stored else failed.get(f, "lost")
            if got != outcome:
                problems.append(f"INGEST KIND {name}: {got}, extract gave {outcome}")
        by_kind = collections.Counter(failed.values())
        return (f"ingest:             {len(files)} files, {len(stored & set(files))} stored, "
                f"{len(failed)} failures ({', '.join(f'{k} {v}' for k, v in by_kind.most_common())}), "
                f"{len(lost)} lost, {run.seconds:.0f} s, parent RSS {run.max_rss_kib / 1024:.0f} MiB")


if __name__ == "__main__":
    sys.exit(main())
