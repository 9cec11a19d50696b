"""Comment posting under N connections spread over nodes (bench/two-nodes.sh runs it on both nodes at once).
Usage: python3 bench/comment_posting.py SECONDS CONNECTIONS READERS URL [URL...]
Each connection plays readers in turn (X-Forwarded-For 10.88.x.y): fetch a challenge, solve it, post, on the next
node in the list. Every reader may post 5 times a minute, so within a minute exactly 5 x READERS posts must be
201 and all others 429, whichever node each one reached. Prints the counts, posts/s and latency of the posts."""
import http.client
import json
import re
import sys
import threading
import time
import urllib.parse

SECONDS, CONNECTIONS, READERS = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
NODES = [urllib.parse.urlsplit(url) for url in sys.argv[4:]]
ARTICLE = None
lock = threading.Lock()
statuses, latencies, attempts = {}, [], {}


def ask(connection, method, path, body=None, headers=None):
    connection.request(method, path, body=None if body is None else json.dumps(body).encode(),
                       headers={"Content-Type": "application/json", **(headers or {})})
    answer = connection.getresponse()
    return answer.status, answer.read()


def work(index, stop):
    connections = [http.client.HTTPConnection(node.hostname, node.port, timeout=30) for node in NODES]
    n = index
    while time.monotonic() < stop:
        connection = connections[n % len(connections)]
        reader = f"10.88.{(n % READERS) // 250}.{(n % READERS) % 250 + 1}"
        _, text = ask(connection, "GET", "/api/v1/comments/challenge")
        challenge = json.loads(text)
        a, b = re.match(r"^اكتب ناتج (\d) \+ (\d)$", challenge["question"]).groups()
        started = time.monotonic()
        status, _ = ask(connection, "POST", f"/api/v1/articles/{ARTICLE}/comments",
                        {"authorName": "قارئ", "authorEmail": "reader@example.com", "body": f"تعليق رقم {n}",
                         "challengeToken": challenge["token"], "challengeAnswer": str(int(a) + int(b))},
                        {"X-Forwarded-For": reader})
        with lock:
            statuses[status] = statuses.get(status, 0) + 1
            latencies.append(time.monotonic() - started)
            attempts[reader] = attempts.get(reader, 0) + 1
        n += CONNECTIONS


first = http.client.HTTPConnection(NODES[0].hostname, NODES[0].port, timeout=30)
ARTICLE = json.loads(ask(first, "GET", "/api/v1/articles?limit=1")[1])["items"][0]["id"]
stop = time.monotonic() + SECONDS
threads = [threading.Thread(target=work, args=(i, stop)) for i in range(CONNECTIONS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
latencies.sort()
posts = len(latencies)
others = {status: count for status, count in statuses.items() if status not in (201, 429)}
expected = sum(min(5, count) for count in attempts.values())
print(f"posts {posts} in {SECONDS:.0f} s over {len(NODES)} node(s), {CONNECTIONS} connections, {READERS} readers: "
      f"{posts / SECONDS:.1f} posts/s, p50 {latencies[posts // 2] * 1000:.1f} ms, "
      f"p95 {latencies[int(posts * 0.95)] * 1000:.1f} ms, p99 {latencies[int(posts * 0.99)] * 1000:.1f} ms")
print(f"201: {statuses.get(201, 0)} (expected {expected}), 429: {statuses.get(429, 0)}, other: {others or 'none'}")
ok = statuses.get(201, 0) == expected and not others
print(("PASS" if ok else "FAIL") + "  comment posting: no error, only the intended 429s")
sys.exit(0 if ok else 1)
