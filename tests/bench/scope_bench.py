#!/usr/bin/env python3
"""Narrowing a cache to a sync scope (issue #28): the time, and the cache's size after.

Starts from the data folder `proofdesk-bench --count N --import-only --work WORK` made
(WORK/N/data, one drop repository named "bench", issue dates from 2024-01-01 to late
October 2026), copies it, and as its owner (the folder is claimed by the first admin action)
runs, each as the whole process a person runs:

1. `proofdesk-cli config set repo.bench.scope -- SCOPE` (default `issued:>=now-12m`): the
   narrowing itself, which removes at once what lies outside (indexes rebuilt from what stays
   when many leave);
2. `proofdesk-cli sync bench`: the sync after it (a narrowing keeps the repository's sync
   position, so it reads only what was added since; a scope that may take in more would read
   the drop again from its start);
3. a few searches, timed, before and after.

It prints each step's wall time and the child's CPU time, how many communications left, and
the cache's size before and after: the file (SQLite keeps the freed pages for reuse, it does
not shrink the file by itself) and the bytes in use (pages less free pages). With --vacuum
also the time of a VACUUM and the file after it. The machine's load average is printed
before and after: compare runs made at low load.

  tests/bench/scope_bench.py --cli build/bin/proofdesk-cli --work /tmp/proofdesk-bench --count 1000000

Measured (load 0.9-1.0, 2 cores): 1,000,000 -> issued:>=now-12m: 673,923 left in 46.4 s (42.7 s
CPU), 326,077 stay; in use 2,007 MB -> 845 MB (2.59 GB per million kept), file 2,017 MB;
`balance` 49 ms before, 27 ms after (as a process); the sync after it 0.1 s.
"""

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def run(cli, data, *args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    p = subprocess.run([cli, "--data", data, "--json", *args], capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed ({p.returncode}): {p.stderr.strip()}")
    return wall, cpu, p.stdout


def connect(path):
    """The cache with its collation `fold` (cache/rulefunctions.h), which VACUUM needs to rebuild
    the indexes. Python's casefold() stands in for Qt's simple folding: they differ only for
    characters with a full folding (ß, ligatures), which the benchmark's corpus does not use."""
    db = sqlite3.connect(path)
    db.create_collation("fold", lambda a, b: (a.casefold() > b.casefold()) - (a.casefold() < b.casefold()))
    return db


def sizes(path):
    db = connect(path)
    page = db.execute("PRAGMA page_size").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    free = db.execute("PRAGMA freelist_count").fetchone()[0]
    count = db.execute("SELECT count(*) FROM communications").fetchone()[0]
    db.close()
    return os.path.getsize(path), (pages - free) * page, count


def mb(n):
    return f"{n / 1e6:,.0f} MB"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--work", default="/tmp/proofdesk-bench")
    ap.add_argument("--count", default="1000000")
    ap.add_argument("--scope", default="issued:>=now-12m")
    ap.add_argument("--vacuum", action="store_true")
    args = ap.parse_args()
    source = os.path.join(args.work, args.count, "data")
    data = os.path.join(args.work, args.count, "data-scope")
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(source, data)
    cache = os.path.join(data, "cache.sqlite")
    queries = ["balance", "type:statement", "issued:2026-10", "customer:CUST-001234"]

    # The bench's folder is nobody's yet: the first admin action (this one, which changes
    # nothing) claims it for the user running the bench, so that the searches may run.
    run(args.cli, data, "config", "set", "repo.bench.scope", "")
    print(f"load average before: {load()}")
    file0, used0, n0 = sizes(cache)
    print(f"cache before: {n0:,} communications, file {mb(file0)}, in use {mb(used0)}")
    for q in queries:
        wall, _, _ = run(args.cli, data, "search", q, "--limit", "50")
        print(f"  search {q!r:28} {wall * 1000:7.0f} ms (process)")

    wall, cpu, out = run(args.cli, data, "config", "set", "repo.bench.scope", "--", args.scope)
    file1, used1, n1 = sizes(cache)
    print(f"narrowing to {args.scope!r}: {wall:.1f} s wall, {cpu:.1f} s CPU; {n0 - n1:,} left the cache, {n1:,} stay")
    print(f"cache after: file {mb(file1)}, in use {mb(used1)} ({used1 / used0:.0%} of before; "
          f"{used1 / max(n1, 1) * 1e6 / 1e9:.2f} GB per million kept)")
    for q in queries:
        wall, _, _ = run(args.cli, data, "search", q, "--limit", "50")
        print(f"  search {q!r:28} {wall * 1000:7.0f} ms (process)")

    wall, cpu, out = run(args.cli, data, "sync", "bench")
    print(f"the sync after it: {wall:.1f} s wall, {cpu:.1f} s CPU")
    file2, used2, n2 = sizes(cache)
    print(f"cache after the sync: {n2:,} communications, file {mb(file2)}, in use {mb(used2)}")

    if args.vacuum:
        start = time.monotonic()
        db = connect(cache)
        db.execute("VACUUM")
        db.close()
        print(f"VACUUM: {time.monotonic() - start:.1f} s; file {mb(os.path.getsize(cache))}")
    print(f"load average after: {load()}")
    shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
