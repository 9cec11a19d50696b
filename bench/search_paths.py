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
for name, paths in cases.items():
    (out / (name.replace(" ", "-") + ".paths")).write_text("\n".join(paths) + "\n", encoding="utf-8")
