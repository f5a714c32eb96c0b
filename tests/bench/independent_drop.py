#!/usr/bin/env python3
"""Writes a drop (shared/spec/drop-format.md, version 1) shaped like the independent drop of
issue 66: letters of about 700 bytes of text drawn from a Zipf vocabulary, random ids (a
uuid each, so that every index on the id is written at random places), issue times in no
order, customers, accounts, policies and claims of realistic cardinality, a few shared text
renditions (no PDFs) and, unless --no-events, no delivery events (the independent drop had
none). About 1% of the lines, with --updates, repeat an earlier id with new text: a later line
for the same id supersedes the earlier one, so 1,000,000 lines hold ~990,000 letters.

    python3 tests/bench/independent_drop.py OUT --count 100000 [--seed 66] [--files 10]
                                             [--updates 0.01] [--events]

The same arguments give the same bytes. proofdesk-bench's import phase takes the drop with
--drop OUT.
"""

import argparse
import bisect
import hashlib
import itertools
import json
import os
import random
import uuid

TYPES = ["statement", "invoice", "policy_document", "renewal_letter", "premium_notice",
         "claim_acknowledgement", "missing_information_request", "settlement_notice",
         "denial_letter", "complaint_response", "fee_change_notice", "privacy_notice",
         "terms_update", "payment_schedule", "approval_letter", "condition_notice",
         "closing_package", "account_change_notice", "service_confirmation"]
CHANNELS = ["print", "email", "email", "web", "mobile", "sms"]
UNITS = ["retail-banking", "insurance", "lending", "wealth"]
LANGUAGES = ["en"] * 8 + ["de", "fr"]
EVENTS = ["delivered", "delivered", "delivered", "sent", "opened", "bounced", "returned", "failed"]
ONSETS = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w",
          "st", "tr", "pl", "br", "ch", "sh", "gr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"]
FIRST = ["anna", "ben", "carla", "david", "eva", "felix", "greta", "hugo", "ines", "jonas",
         "karin", "lukas", "maria", "nils", "olga", "paul", "rita", "sven", "tina", "uwe",
         "vera", "walter", "yara", "zoe", "amelie", "bruno", "chloe", "dario", "elif", "finn"]
START_MS = 1672531200000          # 2023-01-01T00:00:00Z
SPAN_MS = 3 * 365 * 86400000       # three years


def vocabulary(rng, size):
    words, seen = [], set()
    # Common correspondence words at the head of the distribution, as letters have them.
    for w in ["dear", "your", "account", "statement", "balance", "fee", "policy", "claim",
              "payment", "customer", "please", "contact", "service", "date", "amount",
              "reference", "insurance", "premium", "notice", "terms"]:
        words.append(w)
        seen.add(w)
    while len(words) < size:
        w = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                    for _ in range(rng.choice([1, 2, 2, 3, 3, 4])))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def iso(ms):
    s, ms = divmod(ms, 1000)
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + "Z"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=100000, help="lines of communications")
    ap.add_argument("--seed", type=int, default=66)
    ap.add_argument("--files", type=int, default=10, help="communications files")
    ap.add_argument("--vocabulary", type=int, default=50000)
    ap.add_argument("--updates", type=float, default=0.01, help="share of lines repeating an earlier id")
    ap.add_argument("--events", action="store_true", help="one delivery event per letter")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    words = vocabulary(rng, args.vocabulary)
    cum = list(itertools.accumulate(1.0 / r for r in range(1, len(words) + 1)))
    os.makedirs(os.path.join(args.out, "communications"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "renditions", "shared"), exist_ok=True)
    with open(os.path.join(args.out, "drop.json"), "w") as f:
        json.dump({"format": "proofdesk-drop", "version": 1, "source": "independent-%d" % args.seed,
                   "created": "2026-10-01T00:00:00Z"}, f)
    renditions = []
    for i in range(16):
        data = ("letter rendition %d\n" % i).encode().ljust(200, b" ")
        path = "renditions/shared/%02d.txt" % i
        with open(os.path.join(args.out, path), "wb") as f:
            f.write(data)
        renditions.append((path, hashlib.sha256(data).hexdigest(), len(data)))
    if args.events:
        os.makedirs(os.path.join(args.out, "delivery"), exist_ok=True)

    per_file = (args.count + args.files - 1) // args.files
    ids = []
    lines = 0
    for part in range(args.files):
        n = min(per_file, args.count - lines)
        if n <= 0:
            break
        comms, events = [], []
        for _ in range(n):
            if ids and rng.random() < args.updates:
                cid = rng.choice(ids)
            else:
                cid = "EXS-" + str(uuid.UUID(int=rng.getrandbits(128), version=4))
                ids.append(cid)
            issued = START_MS + rng.randrange(SPAN_MS)
            cust = rng.randrange(200000)
            unit = rng.choice(UNITS)
            kind = rng.choice(TYPES)
            target = rng.randint(600, 800)
            text_words = []
            size = 0
            while size < target:
                batch = rng.choices(words, cum_weights=cum, k=24)
                for w in batch:
                    text_words.append(w)
                    size += len(w) + 1
                    if size >= target:
                        break
            rpath, rsha, rbytes = renditions[rng.randrange(len(renditions))]
            rec = {
                "id": cid,
                "type": kind,
                "issued_at": iso(issued),
                "channel": rng.choice(CHANNELS),
                "template": {"id": "TPL-" + kind.upper(), "version": str(rng.randint(1, 6))},
                "rendition": {"path": rpath, "media_type": "text/plain", "sha256": rsha, "bytes": rbytes},
                "recipient": {"name": "%s %s" % (rng.choice(FIRST).title(),
                                                 words[200 + cust % 20000].title()),
                              "address": "%d %s street" % (1 + cust % 300, words[500 + cust % 9000])},
                "customer_id": "C%07d" % cust,
                "account_id": "A%08d" % (cust * 4 + rng.randrange(4)),
                "business_unit": unit,
                "batch": "%s-%s" % (kind[:4].upper(), iso(issued)[:7]),
                "campaign": "CMP-%03d" % rng.randrange(400),
                "language": rng.choice(LANGUAGES),
                "content_blocks": [{"id": "CB-%03d" % rng.randrange(300), "version": str(rng.randint(1, 4))}
                                   for _ in range(rng.randint(1, 3))],
                "retention": {"class": rng.choice(["FIN-7Y", "INS-10Y", "GEN-3Y"])},
                "text": " ".join(text_words),
            }
            if unit == "insurance":
                rec["policy_id"] = "P%07d" % (cust * 2 + rng.randrange(2))
                if rng.random() < 0.3:
                    rec["claim_id"] = "CLM-%07d" % rng.randrange(400000)
            if unit == "lending" and rng.random() < 0.5:
                rec["loan_id"] = "L%07d" % (cust + rng.randrange(3))
            comms.append(json.dumps(rec, separators=(",", ":")))
            if args.events:
                events.append(json.dumps({"communication_id": cid, "event": rng.choice(EVENTS),
                                          "at": iso(issued + rng.randrange(86400000)),
                                          "channel": rec["channel"],
                                          "provider_ref": "msg-%d" % rng.getrandbits(40)},
                                         separators=(",", ":")))
        lines += n
        name = "part-%04d.ndjson" % part
        with open(os.path.join(args.out, "communications", name), "w") as f:
            f.write("\n".join(comms) + "\n")
        if args.events:
            with open(os.path.join(args.out, "delivery", name), "w") as f:
                f.write("\n".join(events) + "\n")
    print("wrote %d lines, %d letters to %s" % (lines, len(ids), args.out))


if __name__ == "__main__":
    main()
