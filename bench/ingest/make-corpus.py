#!/usr/bin/env python3
"""make-corpus.py - a benchmark corpus of distinct documents from examples/.

Usage: make-corpus.py [--mb N] [--seed S] [--docs N] [--tiny] REPO_DIR OUT_DIR

Every document is one of the project's sample articles (examples/*.txt, the
visible text of examples/*.html, the "text" of each examples/*.jsonl line)
with its states swapped for other states of data/states.tsv (name, demonym
and capital swapped together, consistently within the document), its years
shifted, and one to four paragraphs appended that recombine sentences of the
other samples (also swapped).  A document that happens to repeat an earlier
one is drawn again, so every document is distinct (identical documents would
be skipped by `entente ingest` as already ingested).

Output: OUT_DIR/dNNN/ directories of at most 500 files; about 80 % .txt,
15 % .html, and .jsonl files of 40 documents each for the rest.  Generation
stops at the first document past N megabytes (10^6 bytes of files).

--docs N stops after N documents instead; --tiny writes one short sentence
per document (for the progress-bar test).  Deterministic for a given seed.
"""
import argparse
import hashlib
import html
import json
import os
import random
import re
import sys

PER_DIR = 500
JSONL_DOCS = 40


def load_states(repo, iso_dir):
    names, demonyms, capitals = {}, {}, {}
    with open(os.path.join(repo, "data", "states.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            kind, code, alias = line.rstrip("\n").split("\t")[:3]
            if kind == "demonym":
                demonyms.setdefault(code, []).append(alias)
            elif kind == "capital":
                capitals.setdefault(code, []).append(alias)
            elif kind == "name":
                names.setdefault(code, []).append(alias)
    iso = {}
    path = os.path.join(iso_dir, "iso_3166-1.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for e in json.load(f)["3166-1"]:
                n = e.get("common_name") or e.get("name")
                if n and "," not in n and "(" not in n:
                    iso[e["alpha_3"]] = n
    states = {}
    for code, dem in demonyms.items():
        main = iso.get(code) or (names.get(code) or [None])[0]
        if not main:
            continue
        states[code] = {
            "name": main,
            "names": [main] + [n for n in names.get(code, []) if len(n) > 4],
            "demonym": dem[0],
            "capital": (capitals.get(code) or [None])[0],
        }
    return states


def html_text(src):
    src = re.sub(r"(?is)<(script|style|nav)\b.*?</\1>", " ", src)
    src = re.sub(r"(?is)<head\b.*?</head>", " ", src)
    paras = []
    for m in re.finditer(r"(?is)<(p|h1|h2|li)\b[^>]*>(.*?)</\1>", src):
        t = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", m.group(2))).strip()
        if t:
            paras.append(html.unescape(t))
    rows = []
    for m in re.finditer(r"(?is)<tr\b[^>]*>(.*?)</tr>", src):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c).strip())
                 for c in re.findall(r"(?is)<t[hd]\b[^>]*>(.*?)</t[hd]>", m.group(1))]
        rows.append(cells)
    if rows:
        table = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        table += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        paras.append("\n".join(table))
    return "\n\n".join(paras)


def load_samples(repo):
    ex = os.path.join(repo, "examples")
    docs = []
    for name in sorted(os.listdir(ex)):
        path = os.path.join(ex, name)
        if name.endswith(".txt"):
            with open(path, encoding="utf-8") as f:
                docs.append(f.read())
        elif name.endswith(".html"):
            with open(path, encoding="utf-8") as f:
                docs.append(html_text(f.read()))
        elif name.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        o = json.loads(line)
                        docs.append((o.get("title", "") + "\n\n" + o["text"]).strip())
    return docs


class Swapper:
    """Finds the states a text names and swaps them for others."""

    def __init__(self, states):
        self.states = states
        self.codes = sorted(states)
        forms = []
        for code, s in states.items():
            for n in s["names"]:
                forms.append((n, code, "name"))
            forms.append((s["demonym"], code, "demonym"))
            if s["capital"]:
                forms.append((s["capital"], code, "capital"))
        forms.sort(key=lambda x: -len(x[0]))
        self.forms = {f[0]: (f[1], f[2]) for f in forms}
        self.rx = re.compile(r"\b(" + "|".join(re.escape(f[0]) for f in forms) + r")\b")

    def swap(self, text, rng, mapping=None):
        mapping = {} if mapping is None else mapping
        used = set(mapping.values())

        def repl(m):
            code, kind = self.forms[m.group(1)]
            if code not in mapping:
                while True:
                    c = rng.choice(self.codes)
                    if c not in used:
                        break
                mapping[code] = c
                used.add(c)
            s = self.states[mapping[code]]
            if kind == "demonym":
                return s["demonym"]
            if kind == "capital":
                return s["capital"] or s["name"]
            return s["name"]

        return self.rx.sub(repl, text), mapping


def shift_years(text, delta):
    def repl(m):
        y = int(m.group(0)) + delta
        return str(min(max(y, 1990), 2026))
    return re.sub(r"\b(19[89]\d|20[0-2]\d)\b", repl, text)


def sentences(docs):
    out = []
    for d in docs:
        for para in d.split("\n\n"):
            if "|" in para or len(para) < 80:
                continue
            out += [s for s in re.split(r"(?<=[.!?])\s+", para.replace("\n", " ")) if len(s) > 40]
    return out


def render_html(text, rng):
    paras = text.split("\n\n")
    head = paras[0].strip().split("\n")
    title = head[0]
    body = ["<p class=\"dateline\">%s</p>" % html.escape(h) for h in head[1:]]
    for p in paras[1:]:
        if p.startswith("|"):
            rows = [r for r in p.split("\n") if r.strip() and not r.startswith("|-")
                    and not set(r) <= set("|-: ")]
            body.append("<table>")
            for i, r in enumerate(rows):
                cells = [c.strip() for c in r.strip().strip("|").split("|")]
                tag = "th" if i == 0 else "td"
                body.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c), tag)
                                             for c in cells) + "</tr>")
            body.append("</table>")
        else:
            body.append("<p>%s</p>" % html.escape(p.strip()))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>%s</title>\n<style>p { margin: 0 }</style>\n</head>\n<body>\n"
            "<nav><a href=\"/\">Home</a></nav>\n<article>\n<h1>%s</h1>\n%s\n"
            "</article>\n</body>\n</html>\n" % (html.escape(title), html.escape(title),
                                               "\n".join(body)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=200.0)
    ap.add_argument("--docs", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--tiny", action="store_true")
    ap.add_argument("--isocodes", default="/usr/share/iso-codes/json")
    ap.add_argument("repo")
    ap.add_argument("out")
    a = ap.parse_args()

    rng = random.Random(a.seed)
    states = load_states(a.repo, a.isocodes)
    samples = load_samples(a.repo)
    sents = sentences(samples)
    sw = Swapper(states)
    limit = int(a.mb * 1e6)
    seen = set()
    total = ndocs = nfiles = 0
    jsonl_buf = []

    def path_for(ext):
        nonlocal nfiles
        d = os.path.join(a.out, "d%03d" % (nfiles // PER_DIR))
        if nfiles % PER_DIR == 0:
            os.makedirs(d, exist_ok=True)
        p = os.path.join(d, "doc%06d.%s" % (nfiles, ext))
        nfiles += 1
        return p

    def write(path, data):
        nonlocal total
        b = data.encode("utf-8")
        with open(path, "wb") as f:
            f.write(b)
        total += len(b)

    def flush_jsonl():
        if jsonl_buf:
            write(path_for("jsonl"), "".join(jsonl_buf))
            jsonl_buf.clear()

    while (a.docs and ndocs < a.docs) or (not a.docs and total < limit):
        if a.tiny:
            text, _ = sw.swap(rng.choice(sents), rng)
            text = shift_years(text, rng.randint(-12, 2))
        else:
            base = rng.choice(samples)
            text, mapping = sw.swap(base, rng)
            extra = []
            for _ in range(rng.randint(1, 4)):
                para = " ".join(rng.choice(sents) for _ in range(rng.randint(2, 5)))
                extra.append(sw.swap(para, rng, dict(mapping))[0])
            text = shift_years(text + "\n\n" + "\n\n".join(extra), rng.randint(-12, 2))
        key = hashlib.sha256(text.strip().encode("utf-8")).digest()
        if key in seen:
            continue
        seen.add(key)
        ndocs += 1
        r = rng.random()
        if a.tiny or r < 0.80:
            write(path_for("txt"), text + "\n")
        elif r < 0.95:
            write(path_for("html"), render_html(text, rng))
        else:
            title = text.split("\n", 1)[0]
            jsonl_buf.append(json.dumps({"url": "https://example.org/bench/%d" % ndocs,
                                         "title": title, "published": "2024-01-01",
                                         "text": text}) + "\n")
            if len(jsonl_buf) == JSONL_DOCS:
                flush_jsonl()
    flush_jsonl()
    sys.stderr.write("make-corpus: %d documents, %d files, %.1f MB in %s\n"
                     % (ndocs, nfiles, total / 1e6, a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
