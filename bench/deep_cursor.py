"""Prints "<page>\t<path>" for page N of the newest-first article list (or its last page, if the list is
shorter), reached by following nextCursor from page 1."""
import json
import sys
import urllib.parse
import urllib.request

base, pages, limit = sys.argv[1], int(sys.argv[2]), 20
path, page = f"/api/v1/articles?limit={limit}", 1
while page < pages:
    with urllib.request.urlopen(base + path) as response:
        cursor = json.load(response)["nextCursor"]
    if cursor is None:
        break
    path, page = f"/api/v1/articles?limit={limit}&cursor=" + urllib.parse.quote(cursor), page + 1
print(f"{page}\t{path}")
