#!/usr/bin/env python3
"""An examiner's own check of a Proofdesk production, written from docs/production-format.md
alone (no Proofdesk code): the manifest against the files, the folder against the manifest,
the DAT load file's numbering and hashes against the manifest and the metadata, the CSV against
the DAT, and every audit entry's hash. Prints one line a problem; exits 1 when there is any.

    verify_production.py DIR
"""
import csv
import hashlib
import io
import json
import os
import sys


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def entry_ok(e):
    body = {k: v for k, v in e.items() if k not in ("hash", "prev_hash", "reason_text")}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((e["prev_hash"] + text).encode()).hexdigest() == e["hash"]


def dat_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    sep = "\u00fe\u0014\u00fe"
    rows = []
    for line in text.split("\r\n"):
        if line:
            rows.append(line[1:-1].split(sep))
    return rows


def dat_value(value):
    out = value.replace("\r\n", "\u00ae").replace("\r", "\u00ae").replace("\n", "\u00ae")
    return "".join("\ufffd" if c in "\u00fe\u0014" else c for c in out)


def main(folder):
    problems = []
    manifest = {}
    with open(os.path.join(folder, "manifest.sha256"), encoding="utf-8") as f:
        for line in f:
            digest, path = line.rstrip("\n").split("  ", 1)
            manifest[path] = digest
    for path, digest in manifest.items():
        full = os.path.join(folder, path)
        if not os.path.isfile(full):
            problems.append(f"{path}: removed")
        elif sha256_file(full) != digest:
            problems.append(f"{path}: changed")
    for root, _, files in os.walk(folder):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), folder)
            if rel != "manifest.sha256" and rel not in manifest:
                problems.append(f"{rel}: added")
    with open(os.path.join(folder, "production.json"), encoding="utf-8") as f:
        production = json.load(f)
    rows = dat_rows(os.path.join(folder, "loadfile.dat"))
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    prefix = production["prefix"]
    expected = int(production["first"][len(prefix):]) if body else 0
    anchor = production["anchor"]["seq"]
    entries = 0
    for n, row in enumerate(body, start=2):
        number = row[col["BEGDOC"]]
        if number != f"{prefix}{expected:08d}" or row[col["ENDDOC"]] != number:
            problems.append(f"loadfile.dat row {n}: {number} out of sequence")
        expected += 1
        for kind in ("NATIVE", "TEXT", "METADATA"):
            if manifest.get(row[col[kind + "_PATH"]]) != row[col[kind + "_SHA256"]]:
                problems.append(f"loadfile.dat row {n}: {kind}_SHA256 is not the manifest's")
        with open(os.path.join(folder, row[col["METADATA_PATH"]]), encoding="utf-8") as f:
            meta = json.load(f)
        comm = meta["record"]["communication"]
        facts = {"DOCID": meta["id"], "CUSTOMER": comm.get("customer_id") or "", "TYPE": comm["type"],
                 "CHANNEL": comm["channel"], "ISSUED": comm["issued_at"], "TEMPLATE": comm["template"]["id"],
                 "TEMPLATE_VERSION": comm["template"]["version"], "DELIVERY_STATUS": comm["status"]}
        for name, value in facts.items():
            if row[col[name]] != dat_value(value):
                problems.append(f"loadfile.dat row {n}: {name} is not the letter's")
        for e in meta["audit"]:
            entries += 1
            if not entry_ok(e) or e["seq"] >= anchor:
                problems.append(f"{row[col['METADATA_PATH']]}: audit entry {e['seq']} does not verify")
    if len(body) != production["documents"]:
        problems.append("loadfile.dat: its rows are not production.json's documents")
    with open(os.path.join(folder, "loadfile.csv"), encoding="utf-8", newline="") as f:
        csv_rows = list(csv.reader(io.StringIO(f.read())))
    if [[dat_value(v) for v in r] for r in csv_rows] != rows:
        problems.append("loadfile.csv: not the DAT's rows")
    for p in problems:
        print(p)
    print(f"{len(body)} documents, {len(manifest)} files, {entries} audit entries; "
          f"root {sha256_file(os.path.join(folder, 'manifest.sha256'))}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
