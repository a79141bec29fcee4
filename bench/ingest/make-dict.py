#!/usr/bin/env python3
"""make-dict.py - the gazetteer's phrase list as surface phrases, one a line.

Usage: make-dict.py DATA_DIR ISOCODES_JSON_DIR > DICT

Same sources, same columns as src/extract/gazetteer.c loads: iso-codes
iso_3166-1.json (common_name, name, official_name), states.tsv (alias),
blocs.tsv, firms.tsv and issues.tsv (second column), weapons.tsv (first).
Phrases are written as in the data files (not as the extractor's token keys,
which lose the spacing: "JF-17" is stored as "jf - 17"), so that
`grep -F -i -f DICT` looks for exactly what the gazetteer recognises.
"""
import json
import os
import sys


def tsv(path, col):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > col and cols[col].strip():
                yield cols[col].strip()


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: make-dict.py DATA_DIR ISOCODES_JSON_DIR\n")
        return 2
    data, iso = sys.argv[1], sys.argv[2]
    phrases = set()
    with open(os.path.join(iso, "iso_3166-1.json"), encoding="utf-8") as f:
        for e in json.load(f)["3166-1"]:
            for k in ("common_name", "name", "official_name"):
                if e.get(k):
                    phrases.add(e[k])
    for name, col in (("states.tsv", 2), ("blocs.tsv", 1), ("firms.tsv", 1),
                      ("weapons.tsv", 0), ("issues.tsv", 1)):
        phrases.update(tsv(os.path.join(data, name), col))
    for p in sorted(phrases):
        sys.stdout.write(p + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
