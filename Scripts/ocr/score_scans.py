#!/usr/bin/env python3
"""Scores govreport's reading of scans against their truth (the JSON make_scans.py writes beside each).

    Scripts/ocr/score_scans.py FOLDER [--bin .build/debug/govreport] [--jobs 2] [--out results.jsonl]

For every NAME.pdf with NAME.json in FOLDER: runs `govreport extract --format json`, compares every table
cell with the truth and prints per file: cells right/total, tables exact, each wrong cell and whether its
table claims `complete` (a silent error). Totals at the end, split at 150 dpi: the acceptance figures of
issue 12 (>= 150 dpi: cells >= 99.5 %, tables exact >= 95 %; below: no wrong cell in a `complete` table).
"""
import argparse, json, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PROACTIVE_2021 = {"regulations": ["issued", "repealed", "in_force"], "normative_documents": ["issued", "repealed", "in_force"],
                  "licensing": ["decisions"], "penalty": ["decisions"], "coercion": ["decisions"], "fees": ["amount_10k_yuan"]}
PROACTIVE_2019 = {"regulations": ["made", "published", "total_public"], "normative_documents": ["made", "published", "total_public"],
                  "licensing": ["items_last_year", "change", "decisions"], "other_services": ["items_last_year", "change", "decisions"],
                  "penalty": ["items_last_year", "change", "decisions"], "coercion": ["items_last_year", "change", "decisions"],
                  "fees": ["items_last_year", "change"], "procurement": ["items", "amount"]}
REQUEST_COLUMNS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
REVIEW_COLUMNS = ["upheld", "corrected", "other", "pending", "total"]


def expected(truth):
    cells = {}
    proactive = PROACTIVE_2019 if truth.get("template") == "2019" else PROACTIVE_2021
    for key, values in (truth.get("proactive") or {}).items():
        row = "fees" if key == "fees_10k_yuan" else key
        for column, value in zip(proactive.get(row, []), values):
            cells[("proactive", row, column)] = value
    for row, values in (truth.get("requests") or {}).items():
        for column, value in zip(REQUEST_COLUMNS, values):
            cells[("requests", row, column)] = value
    for group, values in (truth.get("review_litigation") or {}).items():
        for column, value in zip(REVIEW_COLUMNS, values):
            cells[("review_litigation", group, column)] = value
    return cells


def cause(report, table, row, column):
    """Why a cell is wrong, as far as the report tells: its table or row missing, the cell missing or blank
    where a number was printed, or a value that differs (a misread or a misplacement)."""
    if not report.get(table):
        return "table missing"
    if row not in report[table]:
        return "row missing"
    cell = ((report.get("provenance") or {}).get(table) or {}).get(row, {}).get(column)
    if cell is None:
        return "cell missing"
    return "empty read" if cell.get("printed", "").strip() == "" else "value differs"


def printed(report, table, row, column):
    cell = ((report.get("provenance") or {}).get(table) or {}).get(row, {}).get(column) or {}
    return cell.get("printed"), cell.get("confidence")


def score(pdf, binary):
    truth = json.loads(pdf.with_suffix(".json").read_text())
    start = time.time()
    run = subprocess.run([binary, "extract", "--format", "json", str(pdf)], capture_output=True, text=True)
    seconds = time.time() - start
    dpi = (truth.get("scan") or {}).get("dpi", 0)
    result = dict(file=pdf.name, dpi=dpi, seconds=round(seconds, 1))
    if run.returncode != 0:
        result.update(error=run.stderr.strip()[:300], cells=0, right=0, tables=0, exact=0, wrong=[], silent=[])
        result["cells"] = len(expected(truth))
        return result
    report = json.loads(run.stdout)
    status = report.get("table_status", {})
    wrong = []
    by_table = {}
    for (table, row, column), want in expected(truth).items():
        got = ((report.get(table) or {}).get(row) or {}).get(column)
        ok = got is not None and abs(got - want) < 1e-6
        by_table.setdefault(table, []).append(ok)
        if not ok:
            wrong.append(dict(table=table, row=row, column=column, want=want, got=got, status=status.get(table),
                              cause=cause(report, table, row, column), printed=printed(report, table, row, column)))
    result.update(cells=sum(len(v) for v in by_table.values()), right=sum(sum(v) for v in by_table.values()),
                  requests_cells=len(by_table.get("requests", [])), requests_right=sum(by_table.get("requests", [])),
                  tables=len(by_table), exact=sum(all(v) for v in by_table.values()),
                  flagged_tables=sum(status.get(t) != "complete" for t in by_table),
                  wrong=wrong, silent=[w for w in wrong if w["status"] == "complete"])
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--bin", default=".build/debug/govreport")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out")
    args = parser.parse_args()
    pdfs = sorted(p for p in Path(args.folder).glob("*.pdf") if p.with_suffix(".json").exists())
    out = open(args.out, "w") if args.out else None
    results = []
    with ThreadPoolExecutor(args.jobs) as pool:
        for r in pool.map(lambda p: score(p, args.bin), pdfs):
            results.append(r)
            if out: out.write(json.dumps(r, ensure_ascii=False) + "\n"); out.flush()
    for r in results:
        mark = "  <-- SILENT" if r["silent"] else ("" if not r["wrong"] else "  (flagged)")
        print(f"{r['file']:55s} {r['right']:4d}/{r['cells']:4d}  tables {r['exact']}/{r['tables']}  {r['seconds']:6.1f}s{mark}"
              + (f"  ERROR {r['error'][:120]}" if r.get("error") else ""))
        for w in r["wrong"][:6]:
            print(f"      {w['table']}[{w['row']}][{w['column']}] want {w['want']} got {w['got']} ({w['status']}; {w['cause']}; printed {w['printed']})")
    for name, group in (("dpi >= 150", [r for r in results if r["dpi"] >= 150]), ("dpi < 150", [r for r in results if r["dpi"] < 150])):
        if not group: continue
        cells = sum(r["cells"] for r in group); right = sum(r["right"] for r in group)
        rq = sum(r.get("requests_cells", 0) for r in group); rqr = sum(r.get("requests_right", 0) for r in group)
        tables = sum(r["tables"] for r in group); exact = sum(r["exact"] for r in group)
        wrong_tables = tables - exact
        flagged = sum(1 for r in group for t in {w["table"] for w in r["wrong"]} if not any(w["status"] == "complete" for w in r["wrong"] if w["table"] == t))
        silent = sum(len(r["silent"]) for r in group)
        print(f"{name}: {len(group)} files; cells {right}/{cells} = {100 * right / max(cells, 1):.2f}%; "
              f"section-3 cells {rqr}/{rq} = {100 * rqr / max(rq, 1):.2f}%; tables exact {exact}/{tables} = {100 * exact / max(tables, 1):.1f}%; "
              f"tables with a wrong cell flagged (not complete) {flagged}/{wrong_tables}; wrong cells in complete tables {silent}; "
              f"errors {sum(1 for r in group if r.get('error'))}")
        causes = {}
        for r in group:
            for w in r["wrong"]:
                causes[w["cause"]] = causes.get(w["cause"], 0) + 1
        print("    wrong cells by cause: " + ", ".join(f"{k} {v}" for k, v in sorted(causes.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
