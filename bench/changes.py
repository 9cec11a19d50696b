"""The change log's costs, one client at a time against a running server (bench/changes.sh starts it):
(1) an editorial save with the outbox triggers on and off, in alternating rounds on the same server, so both meet the
same machine; (2) change-feed pages of 100 entries, from the log and from the public set.
Usage: python3 bench/changes.py PORT TOKEN PSQL_SCHEMA IDS_FILE [ROUNDS] [SAVES_PER_ROUND]"""
import http.client
import json
import re
import statistics
import subprocess
import sys
import time
import urllib.parse

port, token, schema, ids_file = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 6
saves = int(sys.argv[6]) if len(sys.argv) > 6 else 150
ids = [line.strip().rsplit("/", 1)[1] for line in open(ids_file) if line.strip()][:saves]
connection = http.client.HTTPConnection("127.0.0.1", port)
staff = {"Authorization": "Bearer " + token}


def request(method, path, body=None, headers=None):
    started = time.perf_counter()
    connection.request(method, path, body=body, headers={**staff, **(headers or {})})
    response = connection.getresponse()
    data = response.read()
    return response.status, response.getheader("ETag"), data, (time.perf_counter() - started) * 1000


def triggers(enabled):
    sql = "; ".join(f"alter table {table} {'enable' if enabled else 'disable'} trigger {table}_changed"
                    for table in ("article", "comment", "section", "author", "tag"))
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qAtc",
                    f"set search_path to {schema}; {sql}"], check=True)


def save_round(label, number):
    timed = []
    for article in ids:
        status, etag, _, _ = request("GET", f"/api/v1/articles/{article}")
        if status != 200:
            continue
        body = json.dumps({"excerpt": f"ملخص معدل في الجولة {number} ({label})"}).encode()
        status, _, _, millis = request("PATCH", f"/api/v1/articles/{article}", body,
                                       {"Content-Type": "application/merge-patch+json", "If-Match": etag})
        if status == 200:
            timed.append(millis)
    return timed


# A cursor at the end of the log as it is now (through the public set by its sections only, which are few): the
# saves' changes come after it, and the feed's log pages are read from it.
status, _, data, _ = request("GET", "/api/v1/changes?entity=section&limit=1000")
log_start = json.loads(data)["nextCursor"]

# Saves: warm up both ways, then alternate.
results = {"outbox on": [], "outbox off": []}
try:
    for warm in (True, False):
        triggers(warm)
        save_round("warm-up", 0)
    for number in range(1, rounds + 1):
        order = ["outbox on", "outbox off"] if number % 2 else ["outbox off", "outbox on"]
        for label in order:
            triggers(label == "outbox on")
            timed = save_round(label, number)
            results[label].append(statistics.median(timed))
            print(f"round {number} {label}: {len(timed)} saves, median {statistics.median(timed):.2f} ms")
finally:
    triggers(True)
on, off = results["outbox on"], results["outbox off"]
print(f"editorial save (PATCH), median of round medians: outbox on {statistics.median(on):.2f} ms, "
      f"off {statistics.median(off):.2f} ms, difference {statistics.median(on) - statistics.median(off):+.2f} ms; "
      f"per round: " + ", ".join(f"{a - b:+.2f}" for a, b in zip(on, off)))


def trigger_times(count):
    """The outbox trigger's own time in PostgreSQL (EXPLAIN ANALYZE), on version updates rolled back afterwards."""
    script = "".join(f"begin; explain (analyze, format json) update article set version = version + 1 where id = {article}; rollback;\n"
                     for article in (ids * (count // len(ids) + 1))[:count])
    output = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qAt"],
                            input=f"set search_path to {schema};\n" + script, capture_output=True, text=True).stdout
    found = re.findall(r'"Trigger Name": "article_changed",.*?"Time": ([0-9.]+)', output, re.DOTALL)
    return sorted(float(time) for time in found)


times = trigger_times(500)
print(f"outbox trigger on a published article's update (EXPLAIN ANALYZE, {len(times)} updates): "
      f"p50 {times[len(times) // 2]:.3f} ms, p95 {times[int(len(times) * 0.95)]:.3f} ms, max {times[-1]:.3f} ms")


def feed_pages(start_query, pages, cursor=None):
    timed = []
    for _ in range(pages):
        query = start_query if cursor is None else start_query + "&since=" + urllib.parse.quote(cursor)
        status, _, data, millis = request("GET", "/api/v1/changes?" + query)
        page = json.loads(data)
        if status != 200 or not page["items"]:
            break
        timed.append(millis)
        cursor = page["nextCursor"]
        if not page["more"]:
            break
    return timed


def report(label, timed):
    timed = sorted(timed)
    print(f"{label}: {len(timed)} pages, p50 {timed[len(timed) // 2]:.2f} ms, "
          f"p95 {timed[int(len(timed) * 0.95)]:.2f} ms, max {timed[-1]:.2f} ms")


print(f"change log now: {subprocess.run(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-qAtc', f'set search_path to {schema}; select count(*) from change_log'], capture_output=True, text=True).stdout.strip()} changes")
for _ in range(3):  # warm-up passes
    feed_pages("limit=100", 50, log_start)
report("change feed, log (the saves' changes), 100 per page", feed_pages("limit=100", 1000, log_start)
       + feed_pages("limit=100", 1000, log_start) + feed_pages("limit=100", 1000, log_start))
report("change feed, public set (articles by id), 100 per page", feed_pages("entity=article&limit=100", 300))
