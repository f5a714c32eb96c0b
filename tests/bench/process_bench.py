#!/usr/bin/env python3
"""proofdesk-cli as a process (issue #15): what a script waits for, next to Recoll's recollq.

Scripts call `proofdesk-cli search` once per question, so the whole process is measured:
start, opening the data folder, the search, the audit entry, the output. The run:

1. a corpus of COUNT communications (`proofdesk-cli demo`, then `import`) in WORK/data,
   made once and reused;
2. when Recoll is installed (Debian `recollcmd` or `recoll`: recollindex and recollq), the
   same texts (each communication's body, names and ids, as the full-text index has them,
   dated by its issue time) indexed by recollindex in WORK/recoll, made once and reused;
3. a mix of 22 queries picked from the corpus (rare id token, phrase, two words, name + word,
   mid word, very common word, broad prefix, two common words, the most common phrase, a prefix
   of the commonest word, a customer, a customer key + the very common word, a day + the very
   common word, a week's date range + a mid word, ...), each run as whole processes, paired
   (proofdesk-cli, recollq, proofdesk-cli, recollq, ...), RUNS times: the median wall time
   of each and their ratio; `recollq -c CONF -E -S mtime -D -n 100 Q` against
   `proofdesk-cli --data WORK/data search Q --limit 100` (for the key and the date range,
   recollq gets the customer id as a term and `date:FROM/TO`, its own forms of them);
   the queries are picked once and written to WORK/queries.tsv, so that another build is
   measured on the same ones;
4. start-up: `proofdesk-cli --version`, paired with --baseline's when given;
5. that the lean start changes nothing: every query's output from proofdesk-cli and from
   proofdesk-cli-full beside it is the same (results and totals).

Without Recoll the proofdesk side is still measured, and the report says Recoll was absent.
The machine's load average is printed before and after: compare runs made at low load.

Run by the `bench-process` target (cmake --preset bench), or by hand:
  tests/bench/process_bench.py --cli build/bin/proofdesk-cli --work /tmp/pdbench
"""

import argparse
import collections
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import unicodedata

WORD = re.compile(r"[^\W_]+")


def run(argv, env=None):
    """Wall time of one whole process in ms, its exit code and its stdout."""
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return (time.perf_counter() - start) * 1000.0, done.returncode, done.stdout, done.stderr


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def make_corpus(cli, work, count, seed):
    data = os.path.join(work, "data")
    if os.path.exists(os.path.join(data, "cache.sqlite")):
        return data
    drop = os.path.join(work, "drop")
    for argv in ([cli, "demo", "--out", drop, "--count", str(count), "--seed", str(seed)],
                 [cli, "--data", data, "import", drop]):
        ms, code, _, err = run(argv)
        print("  %s: %.1f s" % (" ".join(argv[1:3]), ms / 1000.0), flush=True)
        if code != 0:
            sys.exit("%s failed (exit %d): %s" % (" ".join(argv), code, err.decode(errors="replace")))
    return data


def read_texts(data):
    """(id, issued_at ms, body, names, ids, customer id) of every communication, the texts as
    comm_fts indexes them."""
    db = sqlite3.connect("file:%s?mode=ro" % os.path.join(data, "cache.sqlite"), uri=True)
    # The cache's text columns compare COLLATE fold (cache/rulefunctions.h); nothing here orders
    # or compares them, but SQLite wants every collation a statement may touch.
    db.create_collation("fold", lambda a, b: (a.casefold() > b.casefold()) - (a.casefold() < b.casefold()))
    rows = db.execute("SELECT c.id, c.issued_at, t.body, t.names, t.ids, c.customer_id FROM communications c "
                      "JOIN comm_text t ON t.rowid = c.rowid").fetchall()
    db.close()
    return rows


def make_recoll_index(work, rows):
    """The same texts as files (one a communication, dated by its issue) indexed by Recoll."""
    base = os.path.join(work, "recoll")
    conf = os.path.join(base, "conf")
    done = os.path.join(base, "indexed")
    if os.path.exists(done):
        return conf
    docs = os.path.join(base, "docs")
    shutil.rmtree(base, ignore_errors=True)
    os.makedirs(conf)
    for n, (cid, issued, body, names, ids, _) in enumerate(rows):
        folder = os.path.join(docs, "%03d" % (n // 1000))
        if n % 1000 == 0:
            os.makedirs(folder)
        path = os.path.join(folder, re.sub(r"[^0-9A-Za-z_-]", "_", cid) + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("%s\n%s\n%s\n" % (body, names, ids))
        os.utime(path, (issued / 1000.0, issued / 1000.0))
    with open(os.path.join(conf, "recoll.conf"), "w") as f:
        # idxflushmb: how much text recollindex holds before writing to Xapian (50 MB by default);
        # more makes indexing a million files faster and changes nothing of the index or of recollq.
        f.write("topdirs = %s\nidxflushmb = 512\n" % docs)
    ms, code, _, err = run(["recollindex", "-c", conf])
    print("  recollindex of %d files: %.1f s" % (len(rows), ms / 1000.0), flush=True)
    if code != 0:
        sys.exit("recollindex failed (exit %d): %s" % (code, err.decode(errors="replace")))
    open(done, "w").close()
    return conf


def tokens(text):
    """Tokens as the full-text index makes them (unicode61, remove_diacritics 2): runs of letters
    and digits, lower case, without diacritics (Recoll strips them too)."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return [w.lower() for w in WORD.findall(plain)]


def pick_queries(rows):
    """22 queries of the kinds scripts ask, picked by document frequency in this corpus (the
    same corpus and seed give the same queries): (label, proofdesk query, recollq query)."""
    n = len(rows)
    docs = []
    body_df, name_df, id_df, pair_df, fullname_df = (collections.Counter() for _ in range(5))
    customers = collections.Counter(row[5] for row in rows if row[5])
    for _, _, body, names, ids, _ in rows:
        words = tokens(body)
        bag = set(w for w in words if w.isalpha() and len(w) >= 4)
        docs.append(bag)
        body_df.update(bag)
        pair_df.update(set(p for p in zip(words, words[1:]) if all(w.isalpha() and len(w) >= 3 for w in p)))
        name = tokens(names)
        name_df.update(set(w for w in name if w.isalpha() and len(w) >= 4))
        fullname_df.update(set(zip(name, name[1:])))
        id_df.update(set(w for w in tokens(ids) if w.isdigit() and len(w) == 7))

    def near(counter, goal, exclude=()):
        """The key whose document frequency is nearest goal (ties: the smallest key)."""
        return min((abs(df - goal), k) for k, df in counter.items() if k not in exclude)[1]

    def with_(required, goal, exclude):
        """A word found in about `goal` of the documents that hold every word of `required`."""
        co = collections.Counter()
        for bag in docs:
            if required <= bag:
                co.update(bag - required)
        return near(co, goal, exclude)

    common = near(body_df, n)
    mid = near(body_df, 0.05 * n, {common})
    mid2 = near(body_df, 0.01 * n, {common, mid})
    rare = near(body_df, 5, {common})
    a = near(body_df, 0.20 * n, {common, mid, mid2})
    b = with_({a}, 0.02 * n, {common})
    c = with_({a, b}, 0.005 * n, {common})
    surname = near(name_df, 0.01 * n)
    name_word = with_({surname}, 0.002 * n, {common})
    given, last = near(fullname_df, 0.0005 * n)
    id_token = near(id_df, 1)
    phrase = near(pair_df, 0.02 * n)
    phrase2 = near(pair_df, 0.001 * n, {phrase})
    prefixes = collections.Counter()
    for w, df in body_df.items():
        prefixes[w[:2]] += df
    broad = max(sorted(prefixes), key=lambda p: prefixes[p])
    narrow = near(body_df, 0.03 * n, {common, mid, mid2, a, b, c})[:5]
    or_a = near(body_df, 0.003 * n, {rare})
    or_b = near(body_df, 0.002 * n, {rare, or_a})
    # A customer with about ten communications, and the week (UTC days) around the median issue.
    customer = near(customers, 10)
    middle = sorted(row[1] for row in rows)[n // 2] // 1000
    week_from = time.strftime("%Y-%m-%d", time.gmtime(middle))
    week_to = time.strftime("%Y-%m-%d", time.gmtime(middle + 6 * 86400))
    # Issue #43's kinds: two common words, the most common pair of adjacent words (a common
    # phrase), a prefix of a common word.
    second = near(body_df, n, {common})
    pair = max(sorted(pair_df), key=lambda p: pair_df[p])
    queries = [
        ("rare id token", id_token),
        ("phrase", '"%s %s"' % phrase),
        ("rare phrase", '"%s %s"' % phrase2),
        ("two words", "%s %s" % (a, b)),
        ("three words", "%s %s %s" % (a, b, c)),
        ("name + word", "%s %s" % (surname, name_word)),
        ("first + last name", "%s %s" % (given, last)),
        ("mid word", mid),
        ("less common word", mid2),
        ("rare word", rare),
        ("OR of words", "%s OR %s" % (or_a, or_b)),
        ("narrow prefix", narrow + "*"),
        ("common word", a),
        ("very common word", common),
        ("broad prefix", broad + "*"),
    ]
    queries += [
        ("two common words", "%s %s" % (common, second)),
        ("common phrase", '"%s %s"' % pair),
        ("common prefix", common[:3] + "*"),
    ]
    return [(label, q, q) for label, q in queries] + [
        ("customer", "customer:%s" % customer, customer),
        ("key + common word", "customer:%s %s" % (customer, common), "%s %s" % (customer, common)),
        ("day + common word", "issued:%s %s" % (week_from, common), "date:%s/%s %s" % (week_from, week_from, common)),
        ("date range + word", "issued:%s..%s %s" % (week_from, week_to, mid),
         "date:%s/%s %s" % (week_from, week_to, mid)),
    ]


def total_of(stdout, recoll):
    text = stdout.decode(errors="replace")
    m = re.search(r"(\d+) results" if recoll else r"of (\d+) communications", text)
    return m.group(1) if m else "?"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", required=True, help="proofdesk-cli to measure")
    ap.add_argument("--baseline", help="another proofdesk-cli (e.g. before a change), measured alongside")
    ap.add_argument("--work", default="/tmp/proofdesk-process-bench", help="corpus and index folder (reused)")
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    cli = os.path.abspath(args.cli)
    full = os.path.join(os.path.dirname(cli), "proofdesk-cli-full")
    os.makedirs(args.work, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    print("load average before: %s (%d cores)" % (load(), os.cpu_count()), flush=True)
    data = make_corpus(cli, args.work, args.count, args.seed)
    rows = read_texts(data)
    print("corpus: %d communications in %s" % (len(rows), data), flush=True)
    recollq = shutil.which("recollq") and shutil.which("recollindex")
    conf = make_recoll_index(args.work, rows) if recollq else None
    if not recollq:
        print("Recoll is not installed (Debian: apt-get install recoll): proofdesk-cli alone is measured.")
    picked = os.path.join(args.work, "queries.tsv")
    if os.path.exists(picked):
        with open(picked, encoding="utf-8") as f:
            queries = [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]
    else:
        queries = pick_queries(rows)
        with open(picked, "w", encoding="utf-8") as f:
            f.writelines("%s\t%s\t%s\n" % q for q in queries)
    del rows

    def pd(binary, q):
        return [binary, "--data", data, "search", q, "--limit", "100"]

    def rq(q):
        return ["recollq", "-c", conf, "-E", "-S", "mtime", "-D", "-n", "100", q]

    # Results and totals: the lean start against the full program (the same code as before).
    if os.path.exists(full):
        same = True
        for label, q, _ in queries:
            _, c1, o1, _ = run(pd(cli, q), env)
            _, c2, o2, _ = run(pd(full, q), env)
            if c1 != c2 or o1 != o2:
                same = False
                print("  DIFFERENT output for %s (%s): exit %d vs %d" % (label, q, c1, c2))
        print("results and totals, proofdesk-cli vs proofdesk-cli-full: %s" % ("the same" if same else "DIFFERENT"))

    print("\nstart-up, %d paired runs, median wall ms:" % args.runs)
    sides = [("proofdesk-cli --version", [cli, "--version"])]
    if args.baseline:
        sides.append(("baseline --version", [os.path.abspath(args.baseline), "--version"]))
    times = collections.defaultdict(list)
    for _ in range(args.runs):
        for name, argv in sides:
            times[name].append(run(argv, env)[0])
    for name, _ in sides:
        print("  %-28s %7.1f" % (name, statistics.median(times[name])))

    print("\nthe mix, whole processes to the first 100 results, %d paired runs, median wall ms:" % args.runs)
    header = "  %-18s %-34s %9s" % ("query", "text", "proofdesk")
    if args.baseline:
        header += " %9s" % "baseline"
    if recollq:
        header += " %9s %7s %9s %9s" % ("recollq", "ratio", "pd total", "rq total")
    print(header)
    wins = 0
    for label, q, rq_q in queries:
        argvs = [("pd", pd(cli, q))]
        if args.baseline:
            argvs.append(("base", pd(os.path.abspath(args.baseline), q)))
        if recollq:
            argvs.append(("rq", rq(rq_q)))
        for _, argv in argvs:  # warm the page cache once, not measured
            run(argv, env)
        t = collections.defaultdict(list)
        out = {}
        for _ in range(args.runs):
            for key, argv in argvs:
                ms, code, stdout, stderr = run(argv, env)
                if code != 0:
                    sys.exit("%s failed (exit %d): %s" % (" ".join(argv), code, stderr.decode(errors="replace")))
                t[key].append(ms)
                out[key] = stdout
        line = "  %-18s %-34s %9.1f" % (label, q[:34], statistics.median(t["pd"]))
        if args.baseline:
            line += " %9.1f" % statistics.median(t["base"])
        if recollq:
            ratio = statistics.median(t["pd"]) / statistics.median(t["rq"])
            wins += ratio <= 1.0
            line += " %9.1f %6.2fx %9s %9s" % (statistics.median(t["rq"]), ratio,
                                               total_of(out["pd"], False), total_of(out["rq"], True))
        print(line, flush=True)
    if recollq:
        print("\nproofdesk-cli at or below recollq's median: %d of %d queries" % (wins, len(queries)))
    print("load average after: %s" % load())


if __name__ == "__main__":
    main()
