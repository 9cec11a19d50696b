"""The checks of bench/two-nodes.sh: what two nodes sharing PostgreSQL and Redis must agree on.
Usage: python3 bench/two_nodes.py http://node-a http://node-b schema. Prints PASS or FAIL per check."""
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

A, B, SCHEMA = sys.argv[1], sys.argv[2], sys.argv[3]
failed = []


def call(base, method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers=dict(headers or {}))
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, dict(answer.headers), json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as refused:
        text = refused.read()
        return refused.code, dict(refused.headers), json.loads(text) if text else None


def check(name, ok, detail):
    print(("PASS" if ok else "FAIL") + f"  {name}: {detail}")
    if not ok:
        failed.append(name)


def sql(query):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-Atc",
                           f"set search_path to {SCHEMA}; {query}"], capture_output=True, text=True,
                          check=True).stdout.strip().splitlines()[-1]


def solved_challenge(base):
    _, _, challenge = call(base, "GET", "/api/v1/comments/challenge")
    a, b = re.match(r"^اكتب ناتج (\d) \+ (\d)$", challenge["question"]).groups()
    return challenge["token"], str(int(a) + int(b))


def comment(base, article, reader, text, challenge=None, key=None):
    token, answer = challenge or solved_challenge(base)
    headers = {"X-Forwarded-For": reader}
    if key:
        headers["Idempotency-Key"] = key
    body = {"authorName": "قارئ", "authorEmail": "reader@example.com", "body": text,
            "challengeToken": token, "challengeAnswer": answer}
    return call(base, "POST", f"/api/v1/articles/{article}/comments", body, headers)


status, _, token = call(A, "POST", "/api/v1/auth/token",
                        {"email": "admin@two-nodes.test", "password": "two-nodes-password"})
admin = {"Authorization": "Bearer " + token["accessToken"]}
_, _, articles = call(A, "GET", "/api/v1/articles?limit=1")
article = articles["items"][0]["id"]
_, _, sections = call(A, "GET", "/api/v1/sections")
section = sections["items"][0]["slug"]
_, _, authors = call(A, "GET", "/api/v1/authors")
author = authors["items"][0]["slug"]

# 1. A write on A is visible on B (which has the list cached) within one second.
call(B, "GET", "/api/v1/tags?limit=100")
created, _, tag = call(A, "POST", "/api/v1/tags", {"name": "وسم العقدتين"}, admin)
started = time.monotonic()
seen = False
while time.monotonic() - started < 1.0 and not seen:
    _, _, tags = call(B, "GET", "/api/v1/tags?limit=100")
    seen = any(item["slug"] == tag["slug"] for item in tags["items"])
    if not seen:
        time.sleep(0.02)
check("write on A visible on B", created == 201 and seen,
      f"tag created on A ({created}) listed by B after {int((time.monotonic() - started) * 1000)} ms")

# 2. The sixth comment in a minute from one reader is 429 whichever node gets it.
statuses = [comment(A if i % 2 == 0 else B, article, "10.77.0.1", f"تعليق رقم {i}")[0] for i in range(5)]
sixth_b, headers_b, _ = comment(B, article, "10.77.0.1", "السادس على B")
sixth_a, headers_a, _ = comment(A, article, "10.77.0.1", "السادس على A")
check("sixth comment is 429 on either node", statuses == [201] * 5 and sixth_b == 429 and sixth_a == 429,
      f"five posts A,B,A,B,A -> {statuses}; sixth on B -> {sixth_b} (Retry-After {headers_b.get('Retry-After')}),"
      f" on A -> {sixth_a}")

# 3. A challenge used on A is refused on B.
challenge = solved_challenge(A)
first, _, _ = comment(A, article, "10.77.0.2", "بتحدٍّ واحد", challenge)
again, _, problem = comment(B, article, "10.77.0.3", "بالتحدي نفسه", challenge)
check("challenge used on A refused on B", first == 201 and 400 <= again < 500 and again != 429,
      f"A -> {first}; same challenge on B -> {again} {problem and problem.get('type')}")

# 4. An idempotent retry on B replays A's result.
key = "two-nodes-" + str(time.time_ns())
challenge = solved_challenge(A)
first, _, posted = comment(A, article, "10.77.0.4", "مرة واحدة فقط", challenge, key)
retry, retry_headers, replayed = comment(B, article, "10.77.0.4", "مرة واحدة فقط", challenge, key)
check("idempotent retry on B replays A's result",
      first == 201 and retry == 201 and replayed and replayed.get("id") == posted.get("id")
      and retry_headers.get("Idempotent-Replayed") == "true",
      f"A -> {first} id {posted and posted.get('id')}; retry on B -> {retry} id {replayed and replayed.get('id')}, "
      f"Idempotent-Replayed {retry_headers.get('Idempotent-Replayed')}")

# 5. A scheduled article is published once, though both nodes run the scheduler.
made, _, draft = call(A, "POST", "/api/v1/articles",
                      {"title": "مقال مجدول على عقدتين", "sectionSlug": section, "authorSlugs": [author],
                       "bodyHtml": "<p>نص المقال المجدول.</p>"}, admin)
if made != 201:
    check("scheduled article published once by two schedulers", False, f"creating the draft: {made} {draft}")
else:
    at = (datetime.now(timezone.utc) + timedelta(seconds=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    scheduled, _, answer = call(A, "POST", f"/api/v1/articles/{draft['id']}/publish", {"publishAt": at}, admin)
    time.sleep(6)
    publications = sql(f"select count(*) from article_revision where article_id = {draft['id']} and action = 'published'")
    changes = sql(f"select count(*) from change_log where entity = 'article' and entity_id = {draft['id']}")
    status_now = sql(f"select status from article where id = {draft['id']}")
    check("scheduled article published once by two schedulers",
          scheduled == 200 and status_now == "published" and publications == "1",
          f"scheduled ({scheduled}) for {at}; now {status_now}, 'published' revisions {publications},"
          f" change-log entries {changes}" + ("" if scheduled == 200 else f" {answer}"))

print(f"{5 - len(failed)} of 5 checks passed")
sys.exit(1 if failed else 0)
