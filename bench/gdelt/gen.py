#!/usr/bin/env python3
"""gen.py CAMEO_JSON OUT MEGABYTES [SEED] - write a synthetic GDELT 2.0 event
export (61 tab-separated columns) of about MEGABYTES MB.

Distributions (invented, shaped like real exports): actor countries drawn
from a weighted list (a few big news countries dominate, about a third of
actors have no country), event codes drawn from the CAMEO codes of
cameoCodes.json weighted towards the verbal-cooperation roots as in GDELT,
GoldsteinScale taken from the code, QuadClass from the root code, counts
skewed (most events have 1-10 mentions), tones roughly normal around -2,
dates mostly in the latest month with a long tail back to 2015.
"""
import json
import random
import sys

COUNTRIES = [("USA", 30), ("GBR", 8), ("RUS", 7), ("CHN", 7), ("IND", 6), ("ISR", 5),
             ("UKR", 5), ("FRA", 4), ("DEU", 4), ("IRN", 4), ("PAK", 3), ("TUR", 3),
             ("AUS", 3), ("CAN", 3), ("JPN", 2), ("SYR", 2), ("NGA", 2), ("ZAF", 2),
             ("AFG", 2), ("AZE", 1), ("ARM", 1), ("EGY", 2), ("SAU", 2), ("KOR", 1),
             ("PRK", 1), ("BRA", 1), ("MEX", 1), ("ITA", 1), ("ESP", 1), ("POL", 1),
             ("", 45)]
# share of events per CAMEO root code (roughly as in GDELT)
ROOT_WEIGHT = {"01": 14, "02": 5, "03": 7, "04": 20, "05": 8, "06": 3, "07": 3, "08": 3,
               "09": 2, "10": 3, "11": 6, "12": 3, "13": 3, "14": 2, "15": 1, "16": 2,
               "17": 4, "18": 5, "19": 5, "20": 1}
GEO = ["United States", "London, London, City of, United Kingdom", "Moscow, Moskva, Russia",
       "Beijing, Beijing, China", "New Delhi, National Capital Territory of Delhi, India",
       "Baku, Baki, Azerbaijan", "Islamabad, Islamabad, Pakistan", "Kyiv, Kyyiv, Misto, Ukraine"]
FIPS = ["US", "UK", "RS", "CH", "IN", "AJ", "PK", "UP"]


def quad_of(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def main():
    cameo_path, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    cameo = json.load(open(cameo_path))
    gold = cameo["GoldsteinScale"]
    codes = [c for c in gold if len(c) >= 3 and c[:2] in ROOT_WEIGHT]
    by_root = {}
    for c in codes:
        by_root.setdefault(c[:2], []).append(c)
    code_w = [ROOT_WEIGHT[c[:2]] / len(by_root[c[:2]]) for c in codes]
    cc = [c for c, _ in COUNTRIES]
    cw = [w for _, w in COUNTRIES]
    recent = [(2025, 3)] * 12 + [(2025, 2)] * 3 + [(2025, 1)] * 2
    tail = [(y, m) for y in range(2015, 2025) for m in range(1, 13)]
    limit = int(mb * 1e6)
    written = 0
    gid = 1200000000
    with open(out, "w") as fp:
        while written < limit:
            n = 20000
            a1s = rnd.choices(cc, cw, k=n)
            a2s = rnd.choices(cc, cw, k=n)
            evs = rnd.choices(codes, code_w, k=n)
            lines = []
            for i in range(n):
                gid += 1
                y, m = rnd.choice(recent if rnd.random() < 0.8 else tail)
                d = rnd.randint(1, 28)
                a1, a2, ev = a1s[i], a2s[i], evs[i]
                root = ev[:2]
                base = ev[:3]
                men = min(int(rnd.paretovariate(1.6)) * rnd.randint(1, 4), 5000)
                src = max(1, min(men, int(rnd.paretovariate(2.5))))
                art = max(1, min(men, men - rnd.randint(0, men // 2)))
                tone = rnd.gauss(-2.0, 3.0)
                g = rnd.randrange(len(GEO))
                geo = "4\t%s\t%s\t%s%02d\t%d\t%.4f\t%.4f\t-%d" % (
                    GEO[g], FIPS[g], FIPS[g], g, 10000 + g, rnd.uniform(-60, 60),
                    rnd.uniform(-180, 180), 1000000 + g)
                lines.append("\t".join([
                    str(gid), "%d%02d%02d" % (y, m, d), "%d%02d" % (y, m), str(y),
                    "%d.%04d" % (y, (m * 30 + d) * 10000 // 365),
                    (a1 + "GOV") if a1 else "", "NAME" if a1 else "", a1, "", "", "", "",
                    "GOV" if a1 else "", "", "",
                    (a2 + "MIL") if a2 else "", "NAME" if a2 else "", a2, "", "", "", "",
                    "MIL" if a2 else "", "", "",
                    "1" if rnd.random() < 0.6 else "0", ev, base, root, str(quad_of(root)),
                    gold[ev], str(men), str(src), str(art), repr(round(tone, 14)),
                    geo, geo, geo,
                    "2025%02d%02d%02d%02d00" % (3, d, rnd.randint(0, 23), rnd.choice((0, 15, 30, 45))),
                    "https://www.example-news-%d.com/world/%d/story-%d.html" % (
                        rnd.randint(1, 500), y, gid)]))
            chunk = "\n".join(lines) + "\n"
            fp.write(chunk)
            written += len(chunk)


if __name__ == "__main__":
    main()
