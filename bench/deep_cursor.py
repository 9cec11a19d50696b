"""Prints the path of page N of the newest-first article list, reached by following nextCursor from page 1."""
import json
import sys
import urllib.parse
import urllib.request

base, pages, limit = sys.argv[1], int(sys.argv[2]), 20
path = f"/api/v1/articles?limit={limit}"
for _ in range(pages - 1):
    with urllib.request.urlopen(base + path) as response:
        cursor = json.load(response)["nextCursor"]
    path = f"/api/v1/articles?limit={limit}&cursor=" + urllib.parse.quote(cursor)
print(path)
