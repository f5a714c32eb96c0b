#!/usr/bin/env python3
"""Producing a matter's letters (issue #61), as processes: `proofdesk-cli matter produce` of N
cached letters against copying the same files with `cp -r` and hashing them with `sha256sum`
(the same run, the same disk), with the production's peak memory, and `production verify`.

    tests/bench/production_bench.py --cli build/bin/proofdesk-cli --count 10000 --work /tmp/pb

The data folder and its demo drop are made once in WORK and reused; each run produces anew.
Reports wall seconds, the ratio to cp + sha256sum, the peak RSS and the machine's load. Every
timed command starts after a sync (untimed), so that neither pays for the other's writes."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time


def run(args, env=None, timed=False):
    start = time.monotonic()
    cmd = (["/usr/bin/time", "-f", "%M"] if timed else []) + args
    p = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = time.monotonic() - start
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed ({p.returncode}): {p.stderr[-2000:]}")
    rss_kb = int(p.stderr.strip().splitlines()[-1]) if timed else 0
    return p, seconds, rss_kb


def prepare(cli, work, count):
    data, drop = os.path.join(work, "data"), os.path.join(work, "drop")
    if os.path.exists(os.path.join(data, "ready")):
        return data
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    run([cli, "demo", "--out", drop, "--count", str(count), "--seed", "3"])
    run([cli, "--data", data, "import", drop])
    run([cli, "--data", data, "--json", "matter", "open", "--title", "Bench", "--reason", "production bench"])
    added, _, _ = run([cli, "--data", data, "--json", "matter", "add-search", "MAT-1", "issued:..2100-12-31"])
    print("review set:", json.loads(added.stdout)["total"], "letters", file=sys.stderr)
    open(os.path.join(data, "ready"), "w").close()
    return data


def copy_and_hash(source, target):
    start = time.monotonic()
    subprocess.run(["cp", "-r", source, target], check=True)
    files = [os.path.join(r, f) for r, _, fs in os.walk(target) for f in fs]
    for i in range(0, len(files), 2000):
        subprocess.run(["sha256sum"] + files[i:i + 2000], check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--work", required=True)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    data = prepare(os.path.abspath(a.cli), a.work, a.count)
    outputs = [os.path.join(a.work, f"{side}{n}") for n in range(a.runs) for side in ("prod", "copy")]
    removed = [path for path in outputs if os.path.exists(path)]
    for path in removed:
        shutil.rmtree(path)
    # ext4 without a journal skips inodes freed in the last minute (more while their table is not
    # yet written) when it makes a file, and a file made among many
    # such inodes costs a scan: what one run removed would slow the next run's files, so the
    # outputs stay until every run is done and a removal before the runs is waited out.
    time.sleep(65 if removed else 0)
    ratios = []
    for n in range(a.runs):
        out, copy = os.path.join(a.work, f"prod{n}"), os.path.join(a.work, f"copy{n}")
        load = os.getloadavg()[0]
        # Each timed command starts with nothing of the one before left to write: the production
        # ends by flushing its filesystem (syncfs), which would otherwise write the previous
        # copy's bytes too, and the copy leaves its own unwritten (it does not flush).
        os.sync()
        p, produce_s, rss_kb = run([a.cli, "--data", data, "--json", "matter", "produce", "MAT-1", "--out", out],
                                   timed=True)
        result = json.loads(p.stdout)
        os.sync()
        baseline_s = copy_and_hash(out, copy)
        ratios.append(produce_s / baseline_s)
        _, verify_s, _ = run([a.cli, "--data", data, "production", "verify", out])
        files = sum(len(fs) for _, _, fs in os.walk(out))
        size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(out) for f in fs)
        print(json.dumps({"documents": result["documents"], "files": files, "bytes": size,
                          "produce_s": round(produce_s, 2), "cp_sha256sum_s": round(baseline_s, 2),
                          "ratio": round(produce_s / baseline_s, 2), "peak_rss_mb": round(rss_kb / 1024, 1),
                          "verify_s": round(verify_s, 2), "load": round(load, 2)}))
    ratios.sort()
    print(json.dumps({"runs": len(ratios), "ratio_min": round(ratios[0], 2),
                      "ratio_median": round(ratios[len(ratios) // 2], 2), "ratio_max": round(ratios[-1], 2)}))
    for path in outputs:
        shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    main()
