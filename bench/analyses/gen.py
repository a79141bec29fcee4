#!/usr/bin/env python3
"""gen.py BIN DB [N] - build an entente store of N (default 1,000,000) synthetic
facts for the analysis benchmark.

The schema comes from entente itself (`BIN --db DB ingest -` of an empty input creates
and migrates the store); the rows are then bulk-inserted with direct SQL in one transaction,
not through the extractor, with the indexes dropped during the load and
re-created from their own definitions afterwards (except fact_codes_fact,
which the fact_pairs trigger reads for every code it adds).

The mix imitates a large news store: about 200 states (ISO 3166-1 codes from
the iso-codes package when present), a Zipf-like skew of who exports (a few
big suppliers) and a milder one of who imports.  Events recur and stay
separate facts: deals 35 %, supply ties 17 %, exercises 20 %, stances 28 %
(years 1990-2025, 8 % unstated; 60 % of deals with a USD value).  Standing
relations do not: a store merges restatements of the same membership or
rivalry into one fact, so each state belongs to 1-4 of 10 blocs and about
300 pairs of states are rivals.  One evidence row per fact over 5,000
documents.  Seeded, so every run builds the same store.
The states the benchmark asks about (AZE, PAK, TUR, IND, ARM, ISR, RUS, USA)
are always present.
"""
import json
import os
import random
import subprocess
import sys
import time

FIXED = ["USA", "RUS", "FRA", "CHN", "DEU", "GBR", "ITA", "ISR", "TUR", "KOR",
         "ESP", "UKR", "SWE", "IND", "PAK", "AZE", "ARM", "IRN", "SAU", "EGY"]
BLOCS = ["OIC", "NATO", "CSTO", "SCO", "EU", "AU", "ASEAN", "GCC", "CIS", "BRICS"]
CATEGORIES = ["drone", "ammunition", "artillery", "rocket", "aircraft", "helicopter",
              "radar", "air_defence", "missile", "armoured_vehicle", "naval",
              "small_arms", "electronic_warfare", "maintenance", "training",
              "technology_transfer", "other"]
STATUSES = ["reported", "mou", "signed", "ordered", "delivered"]
ISSUES = ["Kashmir", "Nagorno-Karabakh", "Taiwan", "Crimea", "Cyprus", "Western Sahara", None]


def states():
    codes = list(FIXED)
    try:
        prefix = subprocess.run(["pkg-config", "--variable=prefix", "iso-codes"],
                                capture_output=True, text=True).stdout.strip()
        path = os.path.join(prefix, "share", "iso-codes", "json", "iso_3166-1.json")
        more = [c["alpha_3"] for c in json.load(open(path))["3166-1"]]
    except (OSError, ValueError, KeyError):
        more = ["S%02d" % i for i in range(200)]
    for c in sorted(more):
        if c not in codes:
            codes.append(c)
    return codes[:200]


def pick_pair(rnd, codes, w):
    a = rnd.choices(codes, w)[0]
    b = a
    while b == a:
        b = rnd.choices(codes, w)[0]
    return a, b


def zipf_weights(n, s):
    return [1.0 / (i + 1) ** s for i in range(n)]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, db = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    rnd = random.Random(4)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.unlink(db + suffix)
    # an empty document is skipped (exit 1) but the store is created and migrated
    subprocess.run([binary, "--db", db, "ingest", "-"], input=b"", stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    if not os.path.exists(db):
        sys.exit("gen: %s could not create %s" % (binary, db))

    import sqlite3
    t0 = time.time()
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA synchronous = OFF")
    # fact_codes_fact stays: the fact_pairs trigger looks a fact's codes up in it
    idx = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                      "AND sql IS NOT NULL AND name <> 'fact_codes_fact'").fetchall()
    con.execute("BEGIN")
    for name, _ in idx:
        con.execute('DROP INDEX "%s"' % name)

    codes = states()
    exporters = rnd.sample(codes, len(codes))
    for c in ("USA", "RUS", "FRA", "CHN"):  # the big exporters lead
        exporters.remove(c)
    exporters = ["USA", "RUS", "FRA", "CHN"] + exporters
    w_exp = zipf_weights(len(exporters), 1.1)
    importers = rnd.sample(codes, len(codes))
    w_imp = zipf_weights(len(importers), 0.6)
    w_any = zipf_weights(len(codes), 0.7)

    ndocs = 5000
    con.executemany("INSERT INTO documents (id, sha256, source, bytes) VALUES (?, ?, ?, 1000)",
                    ((i, "%064x" % i, "synthetic/%d.txt" % i) for i in range(1, ndocs + 1)))

    facts, actors, items, evidence = [], [], [], []
    kinds = ["deal"] * 35 + ["supply"] * 17 + ["exercise"] * 20 + ["stance"] * 28
    standing = []  # (kind, codes): memberships and rivalries, stated once each
    for c in codes:
        for b in rnd.sample(BLOCS, rnd.randint(1, 4)):
            standing.append(("membership", (c, b)))
    pairs = set()
    while len(pairs) < 300:
        pairs.add(tuple(sorted(pick_pair(rnd, codes, w_any))))
    standing += [("rivalry", p) for p in sorted(pairs)]

    def pick(pop, w, k=1):
        out = []
        while len(out) < k:
            c = rnd.choices(pop, w)[0]
            if c not in out:
                out.append(c)
        return out

    def flush():
        con.executemany(
            "INSERT INTO facts (id, type, year, status, value_amount, value_currency, value_usd, "
            "value_approx, recipient, actor, target, polarity, issue, name, location, confidence, "
            "sources) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", facts)
        con.executemany("INSERT INTO fact_actors (fact_id, role, code) VALUES (?,?,?)", actors)
        con.executemany("INSERT INTO deal_items (fact_id, category, text, designation, quantity) "
                        "VALUES (?,?,?,?,?)", items)
        con.executemany("INSERT INTO evidence (fact_id, document_id, start, \"end\", quote, rule) "
                        "VALUES (?,?,?,?,?,?)", evidence)
        facts.clear(); actors.clear(); items.clear(); evidence.clear()

    for fid in range(1, n + 1):
        kind = rnd.choice(kinds)
        given = None
        if fid % (n // len(standing) or 1) == 0 and standing:
            kind, given = standing.pop()
        year = None if rnd.random() < 0.08 else rnd.randint(1990, 2025)
        row = [fid, kind, year, None, None, None, None, None, None, None, None, None, None,
               None, None, round(rnd.uniform(0.4, 0.95), 2), 1]
        if kind in ("deal", "supply"):
            rec = pick(importers, w_imp)[0]
            sups = pick(exporters, w_exp, 2 if rnd.random() < 0.1 else 1)
            while rec in sups:
                sups = pick(exporters, w_exp, 1)
            row[8] = rec
            for s in sups:
                actors.append((fid, "supplier", s))
            if kind == "deal":
                row[3] = rnd.choice(STATUSES)
                if rnd.random() < 0.1:
                    p = pick(exporters, w_exp)[0]
                    if p != rec and p not in sups:
                        actors.append((fid, "partner", p))
                if rnd.random() < 0.6:
                    usd = round(10 ** rnd.uniform(6, 9.7), -5)
                    row[4], row[5], row[6], row[7] = usd, "USD", usd, int(rnd.random() < 0.2)
            for k in range(rnd.randint(1, 3) if kind == "deal" else 1):
                cat = rnd.choice(CATEGORIES)
                items.append((fid, cat, "%s item %d" % (cat.replace("_", " "), k),
                              "Model-%d" % rnd.randint(1, 5000) if rnd.random() < 0.4 else None,
                              rnd.randint(1, 100) if rnd.random() < 0.3 else None))
        elif kind == "rivalry":
            row[2] = None
            for c in given:
                actors.append((fid, "participant", c))
        elif kind == "exercise":
            for c in sorted(pick(codes, w_any, rnd.randint(2, 4))):
                actors.append((fid, "participant", c))
            if rnd.random() < 0.5:
                row[13] = "Exercise %d" % rnd.randint(1, 20000)
        elif kind == "stance":
            a, t = pick(codes, w_any, 2)
            row[9], row[10] = a, t
            row[11] = rnd.choice(["support", "support", "oppose", "concern"])
            row[12] = rnd.choice(ISSUES)
        else:
            row[2] = None
            row[9], row[10] = given
        facts.append(tuple(row))
        evidence.append((fid, rnd.randint(1, ndocs), fid % 900, fid % 900 + 60,
                         "synthetic quote of fact %d" % fid, "bench.synthetic"))
        if len(facts) >= 50000:
            flush()
    flush()
    for name, sql in idx:
        con.execute(sql)
    con.execute("COMMIT")
    con.close()
    print("gen: %d facts in %s (%.1f s)" % (n, db, time.time() - t0))


if __name__ == "__main__":
    main()
