#!/usr/bin/env python3
"""summary.py - one corpus's results: MB/s of entente and grep, their ratio.

Usage: summary.py CORPUS_DIR HYPERFINE_JSON TIME_V_FILE DB

MB are 10^6 bytes of the corpus files (what both commands read).  Speeds
come from hyperfine's median wall time; the CPU columns (user + system,
mean) are given too because wall time on a shared, loaded machine also
counts waiting.  The peak memory is the largest "Maximum resident set
size" that /usr/bin/time -v reported over the entente runs.
"""
import json
import os
import re
import sqlite3
import sys


def main():
    corpus, results, times, db = sys.argv[1:5]
    size = files = 0
    for d, _, names in os.walk(corpus):
        for n in names:
            if not n.startswith("."):
                size += os.path.getsize(os.path.join(d, n))
                files += 1
    mb = size / 1e6
    res = {r["command"]: r for r in json.load(open(results))["results"]}
    rss = [int(x) for x in re.findall(r"Maximum resident set size \(kbytes\): (\d+)",
                                      open(times).read())]
    docs = facts = 0
    try:
        con = sqlite3.connect(db)
        docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        facts = con.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
        con.close()
    except sqlite3.Error:
        pass
    out = {}
    print("corpus %s: %.1f MB in %d files, %d documents stored, %d facts" %
          (os.path.basename(corpus), mb, files, docs, facts))
    for name in ("entente", "grep"):
        r = res[name]
        med = r["median"]
        cpu = r["user"] + r["system"]
        out[name] = (mb / med, mb / cpu)
        print("  %-8s median %8.2f s (runs: %s)  %8.2f MB/s wall  %8.2f MB/s cpu" %
              (name, med, " ".join("%.2f" % t for t in r["times"]), mb / med, mb / cpu))
    print("  ratio entente/grep: %.4f (wall), %.4f (cpu)  [>= 1 means entente is at "
          "least as fast]" % (out["entente"][0] / out["grep"][0],
                              out["entente"][1] / out["grep"][1]))
    if rss:
        print("  entente peak memory (max RSS): %.1f MB (runs: %s)" %
              (max(rss) / 1024, " ".join("%.1f" % (k / 1024) for k in rss)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
