"""The files a Spark job reads: listed on the driver, hashed on the executors, grouped by content.

`govreport ingest` stores a content (SHA-256 of the bytes) once, under every path it was found at, and
parses it once; a failed content's copies get a copy of its failure. The job does the same: one
representative path (the first in sort order) per content is extracted, the others only counted.
"""

import glob
import hashlib
import os
import re
from collections import namedtuple

from govreport_tables import REPORT_EXTENSIONS

# A path with its content hash (None when unreadable), size, how govreport reads it (pdf/text) and the
# read error, if any.
Identity = namedtuple("Identity", "path sha256 size kind error scanned_pages")

# One extraction: the representative path, its hash and size, every path of the content (sorted), and the
# paths read the same way (kind) that share its outcome when it fails.
Unit = namedtuple("Unit", "path sha256 size paths same_kind scanned_pages")


class InputError(Exception):
    """An --input that names nothing: the message says which and what to do."""


def list_inputs(inputs):
    """Absolute paths, sorted, each once, of the report files `inputs` name. Each input is a folder (walked
    recursively, files with a report extension), a glob pattern, `@LIST` (a file of paths, one a line;
    `@-` for stdin) or a file."""
    found = set()
    for given in inputs:
        if given.startswith("@"):
            lines = _read_list(given[1:])
            found.update(os.path.abspath(line) for line in lines)
        elif os.path.isdir(given):
            for folder, _, names in os.walk(given):
                found.update(os.path.abspath(os.path.join(folder, n)) for n in names if _is_report(n))
        elif os.path.exists(given):
            found.add(os.path.abspath(given))
        elif glob.has_magic(given):
            matches = glob.glob(given, recursive=True)
            if not matches:
                raise InputError(f"{given}: the pattern matches no file. Check the pattern (quote it so the "
                                 f"shell does not expand it).")
            for match in matches:
                found.update(list_inputs([match]) if os.path.isdir(match) else [os.path.abspath(match)])
        else:
            raise InputError(f"{given}: no such file or folder. Check the path.")
    return sorted(found)


def _read_list(name):
    import sys
    try:
        handle = sys.stdin if name == "-" else open(name, encoding="utf-8")
    except OSError as error:
        raise InputError(f"@{name}: cannot read the list of paths ({error.strerror}).") from None
    with handle:
        return [line.rstrip("\n") for line in handle if line.strip()]


def _is_report(name):
    return os.path.splitext(name)[1][1:].lower() in REPORT_EXTENSIONS


# A page object of a PDF ("/Type /Pages" is the page tree, not a page): counted in the bytes as `ingest` does
# (ScanResolution.pageCount), to give a PDF holding images time for OCR page by page.
PAGE_MARKER = re.compile(rb"/Type ?/Page(?!s)")


def identify(path):
    """The `Identity` of `path`: SHA-256 of its bytes, whether govreport reads it as a PDF (ReportFile.kind:
    `%PDF-` in the first 1024 bytes or a .pdf name) or otherwise (text, HTML, DOCX: told apart only for
    copying failures, where the PDF / not-PDF split is the one that matters in practice), and for a PDF
    holding images its page count (pages OCR may have to read), else 0."""
    digest = hashlib.sha256()
    size = pages = 0
    head = tail = b""
    images = False
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                if size == 0:
                    head = chunk[:1024]
                digest.update(chunk)
                size += len(chunk)
                window = tail + chunk
                images = images or b"/Image" in window
                # Each marker counted in the window where it ends past the carried tail: once.
                pages += sum(1 for m in PAGE_MARKER.finditer(window) if m.end() > len(tail))
                tail = window[-16:]
    except OSError as error:
        return Identity(path, None, 0, None, f"{error.strerror or error}", 0)
    kind = "pdf" if b"%PDF-" in head or path.lower().endswith(".pdf") else "text"
    scanned = max(pages, 1) if kind == "pdf" and images else 0
    return Identity(path, digest.hexdigest(), size, kind, None, scanned)


def group(identities):
    """`Unit`s to extract (one per content and kind) and the `Identity`s that could not be read."""
    unreadable = [i for i in identities if i.sha256 is None]
    by_content = {}
    for identity in identities:
        if identity.sha256 is not None:
            by_content.setdefault(identity.sha256, []).append(identity)
    units = []
    for sha256, members in by_content.items():
        paths = sorted(m.path for m in members)
        for kind in sorted({m.kind for m in members}):
            same_kind = sorted(m.path for m in members if m.kind == kind)
            units.append(Unit(same_kind[0], sha256, members[0].size, paths, same_kind, members[0].scanned_pages))
    return units, unreadable


def spread(units, partitions):
    """`units` dealt into at most `partitions` lists of about equal bytes: largest first, each to the
    lightest list so far."""
    count = max(1, min(partitions, len(units)))
    buckets = [[] for _ in range(count)]
    weights = [0] * count
    for unit in sorted(units, key=lambda u: (-u.size, u.path)):
        lightest = weights.index(min(weights))
        buckets[lightest].append(unit)
        weights[lightest] += unit.size + 4096
    return buckets
