"""Turns bench/search-queries.txt into one file of request paths per case, for wrk-report.lua."""
import sys
import urllib.parse
from pathlib import Path

source, out = Path(sys.argv[1]), Path(sys.argv[2])
cases, current = {}, None
for line in source.read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    if line.startswith("[") and line.endswith("]"):
        current = line[1:-1]
        cases[current] = []
        continue
    query, _, filters = line.partition("&")
    if current == "suggest":
        path = "/api/v1/search/suggest?q=" + urllib.parse.quote(query)
    else:
        path = "/api/v1/articles?q=" + urllib.parse.quote(query)
        for pair in filter(None, filters.split("&")):
            key, _, value = pair.partition("=")
            path += "&" + key + "=" + urllib.parse.quote(value)
    cases[current].append(path)
# Distinct words of the sample articles (the archive's vocabulary), each searched once: the uncached path.
import json, re, random
words = set()
for sample in sorted(Path("src/main/resources/sample-data").glob("articles-*.json")):
    for article in json.loads(sample.read_text(encoding="utf-8")):
        text = " ".join([article["title"], article.get("excerpt") or ""] +
                        [block.get("html") or block.get("text") or "" for block in article["blocks"]])
        words.update(w for w in re.findall(r"[\u0621-\u064A]{4,}", text))
distinct = sorted(words)
random.Random(2026).shuffle(distinct)
# The first 1,500 warm the uncached path up (JIT, PostgreSQL buffers); the others are measured.
cases["distinct words warm-up"] = ["/api/v1/articles?q=" + urllib.parse.quote(w) for w in distinct[:1500]]
cases["distinct words"] = ["/api/v1/articles?q=" + urllib.parse.quote(w) for w in distinct[1500:]]
# Beginnings of those words (3 to 5 letters), as a search box sends them while a reader types, each asked once: the
# uncached suggestion path. Those of the warm-up words that are not also measured warm it up.
def beginnings(ws):
    seen, out = set(), []
    for w in ws:
        for n in (3, 4, 5):
            if len(w) >= n and w[:n] not in seen:
                seen.add(w[:n])
                out.append(w[:n])
    random.Random(7).shuffle(out)
    return out
measured = beginnings(distinct[1500:])
warm_up = [b for b in beginnings(distinct[:1500]) if b not in set(measured)]
cases["distinct prefixes warm-up"] = ["/api/v1/search/suggest?q=" + urllib.parse.quote(b) for b in warm_up]
cases["distinct prefixes"] = ["/api/v1/search/suggest?q=" + urllib.parse.quote(b) for b in measured]
for name, paths in cases.items():
    (out / (name.replace(" ", "-") + ".paths")).write_text("\n".join(paths) + "\n", encoding="utf-8")
