"""One client, one request at a time: the latency of each path of a paths file when nothing else competes
for the cores (wrk's 8 connections measure the service under load instead). Prints p50/p95/p99/max and the
slowest paths. Usage: python3 bench/one_client.py PORT PATHS_FILE [COUNT] [TAG]
Each path gets &round=TAG so that it misses the response cache (use a new TAG for each run)."""
import http.client
import sys
import time
import urllib.parse

port = int(sys.argv[1])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
tag = sys.argv[4] if len(sys.argv) > 4 else str(int(time.time()))
paths = [line.strip() for line in open(sys.argv[2], encoding="utf-8") if line.strip()][:count]
connection = http.client.HTTPConnection("127.0.0.1", port)
timed = []
for path in paths:
    started = time.perf_counter()
    connection.request("GET", path + "&round=" + tag)
    response = connection.getresponse()
    response.read()
    timed.append(((time.perf_counter() - started) * 1000, response.status, urllib.parse.unquote(path)))
latencies = sorted(t[0] for t in timed)
at = lambda share: latencies[min(len(latencies) - 1, int(len(latencies) * share))]
print("requests %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, non-200 answers %d" % (
    len(latencies), at(0.5), at(0.95), at(0.99), latencies[-1], sum(1 for t in timed if t[1] != 200)))
for millis, status, path in sorted(timed, reverse=True)[:10]:
    print("%.1f ms  %d  %s" % (millis, status, path))
