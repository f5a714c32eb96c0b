#!/usr/bin/env python3
"""What one command costs on a team-connected data folder, step by step (issue #24).

A person or a script runs `proofdesk-cli` once per question; on a folder connected to a team
database each command opens the folder, connects, checks the schema and the login's roles,
sends what waited in the offline queue, brings the folder's copy of the team's holds,
requests and reviews up to date, does its work and records it on the server. This run
measures each of those steps (PROOFDESK_STEP_TIMES: every util::StepTimer prints
"step NAME MS" on stderr) and the whole process, for reads and for actions:

1. a throwaway PostgreSQL 15 server (initdb + postgres on a free port, as the `postgres`
   system user when run as root; --url for a server of your own, whose database the run
   initialises as its owner);
2. a demo drop of COUNT communications imported into two data folders: the owner's (`team
   init`) and a member's (`team user add`, `team connect`) with the agent, compliance and
   records roles;
3. each command RUNS times in the member's folder: the median wall time of the process and
   the median of every step it reported; the machine's load before and after.

  tests/bench/team_cli_steps.py --cli build/bin/proofdesk-cli --work /tmp/pdteam
"""

import argparse
import collections
import json
import os
import pwd
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

PG_BIN = "/usr/lib/postgresql/15/bin"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_certificates(folder, owner):
    """A CA and a certificate for localhost and 127.0.0.1 it signed (as tests/support/pgtestcertificates)."""
    def openssl(*arguments):
        subprocess.run(["openssl", *arguments], check=True, capture_output=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl("req", "-x509", "-new", *ec, "-keyout", f"{folder}/ca.key", "-out", f"{folder}/ca.crt",
            "-days", "2", "-subj", "/CN=Proofdesk bench CA")
    with open(f"{folder}/server.ext", "w") as ext:
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("req", "-new", *ec, "-keyout", f"{folder}/server.key", "-out", f"{folder}/server.csr",
            "-subj", "/CN=localhost")
    openssl("x509", "-req", "-in", f"{folder}/server.csr", "-CA", f"{folder}/ca.crt", "-CAkey", f"{folder}/ca.key",
            "-CAcreateserial", "-out", f"{folder}/server.crt", "-days", "2", "-extfile", f"{folder}/server.ext")
    os.chmod(f"{folder}/server.key", 0o600)
    if owner:
        os.chown(f"{folder}/server.key", owner.pw_uid, owner.pw_gid)
    return f"{folder}/ca.crt"


class ThrowawayServer:
    """initdb + postgres in a temporary folder, stopped at exit (as the tests' PgTestServer).
    With tls, the server speaks TLS with a certificate of its own CA (self.ca), and self.url is
    verified (team connect --ca) instead of an --insecure choice."""

    def __init__(self, tls=False):
        self.dir = tempfile.mkdtemp(prefix="pdteam-pg-")
        self.port = free_port()
        as_root = os.geteuid() == 0
        user = None
        if as_root:
            os.chmod(self.dir, 0o777)
            user = pwd.getpwnam("postgres")
            self.preexec = lambda: (os.setgid(user.pw_gid), os.setuid(user.pw_uid))
        else:
            self.preexec = None
        data = os.path.join(self.dir, "data")
        subprocess.run([f"{PG_BIN}/initdb", "-D", data, "-U", "owner", "--auth=trust"], check=True,
                       stdout=subprocess.DEVNULL, preexec_fn=self.preexec)
        settings = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"]
        self.ca = None
        if tls:
            self.ca = make_certificates(self.dir, user if as_root else None)
            settings += ["-c", "ssl=on", "-c", f"ssl_cert_file={self.dir}/server.crt",
                         "-c", f"ssl_key_file={self.dir}/server.key"]
        self.process = subprocess.Popen(
            [f"{PG_BIN}/postgres", "-D", data, "-p", str(self.port), "-k", self.dir, *settings],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=self.preexec)
        for _ in range(100):
            if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", str(self.port)],
                              stdout=subprocess.DEVNULL).returncode == 0:
                break
            time.sleep(0.1)
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "owner", "-d", "postgres",
                        "-c", "CREATE DATABASE proofdesk"], check=True, stdout=subprocess.DEVNULL)
        # Over TCP without TLS (this throwaway server has no certificate): a choice the person makes
        # explicitly with --insecure (docs/team-database.md "Every connection verified").
        self.url = f"postgresql://owner@127.0.0.1:{self.port}/proofdesk?sslmode=disable"
        if tls:
            self.url = f"postgresql://owner@localhost:{self.port}/proofdesk"

    def stop(self):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def cli(args, *command, stdin=None, env=None):
    out = subprocess.run([args.cli, *command], input=stdin, capture_output=True, text=True, env=env)
    if out.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({out.returncode}): {out.stderr}")
    return out


def prepare(args, url):
    owner = os.path.join(args.work, "owner")
    member = os.path.join(args.work, "member")
    drop = os.path.join(args.work, "drop")
    for folder in (owner, member, drop):
        shutil.rmtree(folder, ignore_errors=True)
    cli(args, "demo", "--out", drop, "--count", str(args.count))
    cli(args, "--data", owner, "import", drop)
    cli(args, "--data", member, "import", drop)
    cli(args, "--data", owner, "team", "init", url, "--insecure")
    cli(args, "--data", owner, "team", "user", "add", "ann", "--role", "agent", "--role", "compliance",
        "--role", "records", "--password-stdin", stdin="secret\n")
    host = url.split("@", 1)[1]
    cli(args, "--data", member, "team", "connect", f"postgresql://{host}", "--user", "ann", "--password-stdin",
        "--insecure", stdin="secret\n")
    return member


def one_id(args, folder):
    out = cli(args, "--data", folder, "search", "balance", "--limit", "1", "--json")
    return json.loads(out.stdout)["results"][0]["id"]


def measure(args, folder, command):
    env = dict(os.environ, PROOFDESK_STEP_TIMES="1")
    walls, steps = [], collections.defaultdict(list)
    for _ in range(args.runs):
        start = time.perf_counter()
        out = cli(args, "--data", folder, *command, env=env)
        walls.append((time.perf_counter() - start) * 1000)
        seen = collections.Counter()
        for line in out.stderr.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "step":
                seen[parts[1]] += 1
                name = parts[1] if seen[parts[1]] == 1 else f"{parts[1]}#{seen[parts[1]]}"
                steps[name].append(float(parts[2]))
    return statistics.median(walls), {k: statistics.median(v) for k, v in steps.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/bin/proofdesk-cli")
    parser.add_argument("--work", default="/tmp/pdteam")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--url", help="a PostgreSQL database URL of your own (the run is its owner)")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    server = None if args.url else ThrowawayServer()
    try:
        member = prepare(args, args.url or server.url)
        some_id = one_id(args, member)
        print(f"load before: {os.getloadavg()[0]:.2f}; {args.count} communications; median of {args.runs} runs (ms)")
        commands = [
            ("search", ["search", "balance", "--limit", "20"]),
            ("show", ["show", some_id]),
            ("hold list", ["hold", "list"]),
            ("reissue list", ["reissue", "list"]),
            ("reissue request", None),
            ("hold apply 1 item", None),
        ]
        for label, command in commands:
            if label == "reissue request":
                command = ["reissue", "request", some_id, "--mode", "resend", "--reason", "bench"]
            elif label == "hold apply 1 item":
                command = ["hold", "apply", "--name", "bench", "--reason", "bench", some_id]
            if label in ("reissue request", "hold apply 1 item"):
                walls, step_lists = [], collections.defaultdict(list)
                for i in range(args.runs):
                    wall, steps = measure(argparse.Namespace(**{**vars(args), "runs": 1}), member, command)
                    walls.append(wall)
                    for k, v in steps.items():
                        step_lists[k].append(v)
                wall = statistics.median(walls)
                steps = {k: statistics.median(v) for k, v in step_lists.items()}
            else:
                wall, steps = measure(args, member, command)
            detail = ", ".join(f"{k} {v:.1f}" for k, v in steps.items())
            print(f"{label:>18}: process {wall:6.1f} | {detail}")
        print(f"load after: {os.getloadavg()[0]:.2f}")
    finally:
        if server:
            server.stop()


if __name__ == "__main__":
    main()
