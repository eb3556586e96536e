"""One long-lived `govreport worker` process per Spark partition, and the failures it can end in.

The worker protocol is the one `govreport ingest` uses (Sources/GovReportCLI/Batch/WorkerProtocol.swift):
one `{"path": …}` JSON line in, one `{"path", "records"|"failure"}` JSON line out, per file. A file whose
worker hangs past its timeout, crashes or runs out of memory becomes a failure with stage `worker`; the
worker is replaced and the partition goes on with the next file.
"""

import datetime
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time


def now():
    """ISO 8601 UTC, as the store writes it (2025-03-01T12:00:00Z)."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def failure(path, sha256, stage, kind, message):
    """A failure as the `failures` table holds it."""
    return {"path": path, "sha256": sha256, "stage": stage, "kind": kind, "message": message, "failed_at": now()}


class Settings:
    """How workers are run: the executable, the per-file timeout (`base` seconds plus `per_mb` seconds per
    MiB of file), the address-space cap and the PDF password."""

    # Seconds added per page of a PDF holding images, which OCR may read: `ingest`'s figure
    # (Supervisor.Settings.secondsPerScannedPage).
    SECONDS_PER_SCANNED_PAGE = 15.0

    def __init__(self, executable, timeout=60.0, timeout_per_mb=30.0, memory_mb=2048, password=None):
        self.executable = executable
        self.timeout = timeout
        self.timeout_per_mb = timeout_per_mb
        self.memory_mb = memory_mb
        self.password = password

    def timeout_for(self, size, scanned_pages=0):
        return (self.timeout + self.timeout_per_mb * size / (1 << 20)
                + self.SECONDS_PER_SCANNED_PAGE * scanned_pages)


def resolve_executable(name):
    """The govreport binary on this node: shipped with `--files` (found in SparkFiles by its base name),
    else `name` as a path, else `name` on PATH. Raises with what to do when none exists."""
    try:
        from pyspark import SparkFiles
        shipped = os.path.join(SparkFiles.getRootDirectory(), os.path.basename(name))
    except Exception:  # outside Spark (no SparkContext on this process)
        shipped = None
    for candidate in (shipped, name if os.sep in name else shutil.which(name)):
        if candidate and os.path.isfile(candidate):
            if not os.access(candidate, os.X_OK):
                os.chmod(candidate, os.stat(candidate).st_mode | 0o111)
            return candidate
    raise FileNotFoundError(
        f"govreport binary {name!r} not found on this node ({os.uname().nodename}). Ship it with "
        f"`spark-submit --files /path/to/govreport` or install it at the same path on every node and pass "
        f"--govreport /that/path.")


class WorkerSession:
    """A `govreport worker` child that is started on first use and restarted after a failure of its own."""

    def __init__(self, settings):
        self.settings = settings
        self.process = None
        self.log = None
        self.buffer = b""

    def extract(self, path, sha256, size, scanned_pages=0):
        """('records', dict) for a report, or ('failure', dict) for a file that could not be read."""
        if self.process is None:
            self._start()
        request = (json.dumps({"path": path}) + "\n").encode()
        try:
            self.process.stdin.write(request)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            return "failure", self._ended(path, sha256)
        timeout = self.settings.timeout_for(size, scanned_pages)
        line = self._read_line(time.monotonic() + timeout)
        if line is None:
            self._kill()
            return "failure", failure(
                path, sha256, "worker", "timeout",
                f"{path}: extraction did not finish within {int(timeout)} s; the worker was stopped. Raise "
                f"--timeout / --timeout-per-mb if the file is just large, or inspect the file.")
        if line == b"":
            return "failure", self._ended(path, sha256)
        try:
            response = json.loads(line)
        except ValueError as error:
            self._kill()
            return "failure", failure(path, sha256, "worker", "protocol",
                                      f"{path}: the worker sent an unreadable reply ({error}); it was restarted.")
        if response.get("records") is not None:
            return "records", response["records"]
        reason = response.get("failure") or {"kind": "unknown",
                                             "message": f"{path}: the worker returned neither a report nor an error."}
        return "failure", failure(path, sha256, "extract", reason["kind"], reason["message"])

    def close(self):
        """Ends the worker: it exits when its stdin closes."""
        if self.process is not None:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
            self._reset()

    def _start(self):
        arguments = [self.settings.executable, "worker", "--memory-mb", str(self.settings.memory_mb)]
        if self.settings.password is not None:
            arguments += ["--password", self.settings.password]
        # No Swift backtracer: it would symbolicate for seconds before a crash is seen (as in ingest).
        environment = dict(os.environ, SWIFT_BACKTRACE="enable=no")
        self.log = tempfile.TemporaryFile(prefix="govreport-worker-")
        self.process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self.log, env=environment)
        self.buffer = b""

    def _read_line(self, deadline):
        """The next line without its newline; b"" when the worker closed stdout; None past `deadline`."""
        descriptor = self.process.stdout.fileno()
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([descriptor], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(descriptor, 1 << 20)
            if not chunk:
                return b""
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line

    def _ended(self, path, sha256):
        """The failure of a worker that died on `path`: `out_of_memory` when its stderr says an allocation
        failed (or it was SIGKILLed), `crash` otherwise, as Supervisor.explain names them."""
        status = self.process.wait()
        self.log.seek(0)
        tail = self.log.read()[-4096:].decode("utf-8", "replace")
        memory_mb = self.settings.memory_mb
        self._reset()
        detail = f"signal {-status}" if status < 0 else f"exit status {status}"
        markers = ("allocate", "bad_alloc", "out of memory", "Out of memory")
        if any(m in tail for m in markers) or status == -signal.SIGKILL:
            return failure(path, sha256, "worker", "out_of_memory",
                           f"{path}: the worker ran out of memory ({detail}, cap {memory_mb} MiB). Raise "
                           f"--worker-memory-mb if the file is legitimately large.")
        lines = [l.strip() for l in tail.splitlines() if l.strip()]
        telling = next((l for l in lines if "crashed:" in l or l.startswith("Fatal error")), lines[-1] if lines else None)
        last = f": {telling}" if telling else ""
        return failure(path, sha256, "worker", "crash",
                       f"{path}: the worker crashed on this file ({detail}{last}). The file is probably malformed; "
                       f"the job went on.")

    def _kill(self):
        self.process.kill()
        self.process.wait()
        self._reset()

    def _reset(self):
        if self.log is not None:
            self.log.close()
        self.process, self.log, self.buffer = None, None, b""
