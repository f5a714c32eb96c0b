#!/usr/bin/env python3
"""DESKS people at once on one team, each running `proofdesk-cli` once per action (issue #39).

Each desk is a data folder of its own (the same demo drop imported), connected to the team
database as its own login. For SECONDS every desk runs its mix of commands in a loop, one
process at a time, as a script or a person at a terminal would:

  agents   (three desks in four): search, reissue request, reissue list, hold list
  officers (every fourth desk):   reissue list --status pending_approval, reissue approve (one
                                  of them, at random), search, hold list

Printed: commands per second for all desks, p50/p95 wall time of each command, and where the
time of a command goes under that load (PROOFDESK_STEP_TIMES: the median of each step; "process"
is what no step covers: starting the program, loading Qt and exiting). The load average is
printed before and after (the machine is shared: figures move with it).

  tests/bench/team_cli_desks.py --cli build/bin/proofdesk-cli --desks 20 --seconds 60 [--tls]
"""

import argparse
import collections
import json
import os
import random
import shutil
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from team_cli_steps import ThrowawayServer, cli  # noqa: E402

# Steps that do not nest (util::StepTimer names); what they leave out of the wall time is the process.
STEPS = ["cli.application", "folder.open", "team.password", "team.connect", "team.schema_and_roles",
         "team.catch_up", "team.resume_approved", "action.body", "action.flush_outbox"]


def prepare(args, server):
    drop = os.path.join(args.work, "drop")
    owner = os.path.join(args.work, "owner")
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    cli(args, "demo", "--out", drop, "--count", str(args.count))
    cli(args, "--data", owner, "import", drop)
    secure = ["--ca", server.ca] if server.ca else ["--insecure"]
    cli(args, "--data", owner, "team", "init", server.url, *secure)
    host = server.url.split("@", 1)[1]
    desks = []
    for i in range(args.desks):
        officer = i % 4 == 3
        login = f"{'officer' if officer else 'agent'}{i}"
        folder = os.path.join(args.work, login)
        cli(args, "--data", owner, "team", "user", "add", login, "--role", "compliance" if officer else "agent",
            "--password-stdin", stdin="secret\n")
        cli(args, "--data", folder, "import", drop)
        cli(args, "--data", folder, "team", "connect", f"postgresql://{host}", "--user", login, "--password-stdin",
            *secure, stdin="secret\n")
        desks.append((login, folder, officer))
    out = cli(args, "--data", desks[0][1], "search", "balance", "--limit", "50", "--json")
    ids = [r["id"] for r in json.loads(out.stdout)["results"]]
    return desks, ids


def timed(args, folder, command, record):
    env = dict(os.environ, PROOFDESK_STEP_TIMES="1")
    start = time.perf_counter()
    out = cli(args, "--data", folder, *command, env=env)
    wall = (time.perf_counter() - start) * 1000
    steps = collections.Counter()
    for line in out.stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "step" and parts[1] in STEPS:
            steps[parts[1]] += float(parts[2])
    record(command[0] if command[0] != "reissue" else f"reissue {command[1]}", wall, steps)
    return out


def desk_loop(args, desk, ids, deadline, record):
    login, folder, officer = desk
    rng = random.Random(login)
    while time.monotonic() < deadline:
        if officer:
            out = timed(args, folder, ["reissue", "list", "--status", "pending_approval"], record)
            pending = [r["id"] for r in json.loads(out.stdout or "[]")] if out.returncode == 0 else []
            if pending:
                timed(args, folder, ["reissue", "approve", rng.choice(pending), "--reason", "bench"], record)
        else:
            timed(args, folder, ["reissue", "request", rng.choice(ids), "--mode", "regenerate", "--reason", "bench"],
                  record)
            timed(args, folder, ["reissue", "list"], record)
        timed(args, folder, ["search", "balance", "--limit", "20"], record)
        timed(args, folder, ["hold", "list"], record)


def server_cpu_ms(pid):
    """CPU the server used so far: the postmaster's and its ended backends' (reaped into it)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    ticks = sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return ticks * 1000 / os.sysconf("SC_CLK_TCK")


def cpu_per_command(args, server, desk, ids, runs=10):
    """One desk alone: the CPU one command costs, in its process and in the server (ms)."""
    login, folder, officer = desk
    commands = [["search", "balance", "--limit", "20"], ["hold", "list"], ["reissue", "list"],
                ["reissue", "request", ids[0], "--mode", "regenerate", "--reason", "bench"]]
    print("CPU per command, one desk alone (median of %d; ms): process user+sys | server | wall" % runs)
    for command in commands:
        client, backend, walls = [], [], []
        for _ in range(runs):
            before_children = os.times()
            before_server = server_cpu_ms(server.process.pid)
            start = time.perf_counter()
            cli(args, "--data", folder, *command)
            walls.append((time.perf_counter() - start) * 1000)
            after = os.times()
            client.append((after.children_user + after.children_system
                           - before_children.children_user - before_children.children_system) * 1000)
            backend.append(server_cpu_ms(server.process.pid) - before_server)
        print(f"{' '.join(command[:2]):>16}: {statistics.median(client):5.0f} | {statistics.median(backend):4.0f}"
              f" | {statistics.median(walls):5.0f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/bin/proofdesk-cli")
    parser.add_argument("--work", default="/tmp/pdteam-desks")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--tls", action="store_true", help="the server speaks TLS; desks verify it (--ca)")
    args = parser.parse_args()
    server = ThrowawayServer(tls=args.tls)
    walls, steps = collections.defaultdict(list), collections.defaultdict(lambda: collections.defaultdict(list))
    lock = threading.Lock()

    def record(kind, wall, seen):
        with lock:
            walls[kind].append(wall)
            for name in STEPS:
                steps[kind][name].append(seen.get(name, 0.0))
            steps[kind]["process"].append(wall - sum(seen.values()))

    try:
        desks, ids = prepare(args, server)
        cpu_per_command(args, server, desks[0], ids)
        print(f"load before: {os.getloadavg()[0]:.2f}; {args.desks} desks, {args.seconds} s, "
              f"{'TLS verified' if args.tls else 'no TLS (--insecure)'}")
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=desk_loop, args=(args, d, ids, deadline, record)) for d in desks]
        start = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - start
        total = sum(len(v) for v in walls.values())
        every = [w for v in walls.values() for w in v]
        q = statistics.quantiles(every, n=20)
        print(f"{total} commands in {elapsed:.0f} s: {total / elapsed:.1f} commands/s; "
              f"every command p50 {statistics.median(every):.0f} ms, p95 {q[18]:.0f} ms")
        for kind, values in sorted(walls.items()):
            q = statistics.quantiles(values, n=20) if len(values) > 1 else values * 19
            detail = ", ".join(f"{name} {statistics.median(v):.0f}" for name, v in steps[kind].items()
                               if statistics.median(v) >= 0.5)
            print(f"{kind:>16}: {len(values):5d}, p50 {statistics.median(values):6.0f} ms, p95 {q[18]:6.0f} ms"
                  f" | median ms: {detail}")
        print(f"load after: {os.getloadavg()[0]:.2f}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
