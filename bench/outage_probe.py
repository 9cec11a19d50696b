"""Probes a running node once every 100 ms while bench/outage.sh stops and starts PostgreSQL.

probe BASE CACHED_PATH OUT STOP_FILE: one line per probe in OUT (tab-separated: epoch ms, what, status, ms,
    Retry-After), until STOP_FILE exists. What: cached (a public read cached before), uncached (a read whose URL
    was never asked before), ready (/q/health/ready), live (/q/health/live).
report OUT EVENTS: the summary, given EVENTS (lines "stopped <ms>" and "started <ms>").
"""
import sys
import threading
import time
import urllib.error
import urllib.request


def get(url):
    started = time.time()
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            answer.read()
            return answer.status, (time.time() - started) * 1000, answer.headers.get("Retry-After", "")
    except urllib.error.HTTPError as refused:
        refused.read()
        return refused.code, (time.time() - started) * 1000, refused.headers.get("Retry-After", "")
    except Exception:  # connection refused or reset: counted as status 0
        return 0, (time.time() - started) * 1000, ""


def probe(base, cached, out, stop_file):
    lock = threading.Lock()
    counter = [0]

    def loop(what, path_of):
        with open(out, "a") as log:
            while not _exists(stop_file):
                status, millis, retry = get(base + path_of())
                with lock:
                    log.write(f"{int(time.time() * 1000)}\t{what}\t{status}\t{millis:.0f}\t{retry}\n")
                    log.flush()
                time.sleep(0.1)

    def unique():
        counter[0] += 1
        n = counter[0]
        return f"/api/v1/articles?limit=3&from=2001-01-01T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z"

    threads = [threading.Thread(target=loop, args=args) for args in (
        ("cached", lambda: cached), ("cached", lambda: cached), ("uncached", unique),
        ("ready", lambda: "/q/health/ready"), ("live", lambda: "/q/health/live"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _exists(path):
    try:
        open(path).close()
        return True
    except OSError:
        return False


def report(out, events):
    marks = dict(line.split() for line in open(events) if line.strip())
    stopped, started = int(marks["stopped"]), int(marks["started"])
    rows = [line.rstrip("\n").split("\t") for line in open(out)]
    rows = [(int(t), what, int(status), float(ms), retry) for t, what, status, ms, retry in rows]
    during = [r for r in rows if stopped + 1000 <= r[0] <= started]
    cached = [r for r in during if r[1] == "cached"]
    uncached = [r for r in during if r[1] == "uncached"]
    print(f"PostgreSQL stopped for {(started - stopped) / 1000:.1f} s")
    print(f"cached reads during the outage: {sum(r[2] == 200 for r in cached)} of {len(cached)} answered 200")
    ok503 = [r for r in uncached if r[2] == 503 and r[4]]
    slowest = max((r[3] for r in uncached), default=0)
    print(f"uncached reads during the outage: {len(ok503)} of {len(uncached)} answered 503 with Retry-After; "
          f"slowest {slowest:.0f} ms")
    ready = [r for r in rows if r[1] == "ready"]
    down = [r for r in ready if r[2] != 200 and r[0] >= stopped]
    print(f"readiness: first DOWN {(down[0][0] - stopped) / 1000:.1f} s after the stop" if down else
          "readiness: never DOWN")
    live = [r for r in rows if r[1] == "live" and r[0] >= stopped and r[0] <= started]
    print(f"liveness during the outage: {sum(r[2] == 200 for r in live)} of {len(live)} UP")
    after = [r for r in rows if r[0] > started]
    ready_again = next((r[0] for r in after if r[1] == "ready" and r[2] == 200), None)
    served_again = next((r[0] for r in after if r[1] == "uncached" and r[2] == 200), None)
    if ready_again and served_again:
        print(f"recovered (ready, and an uncached read 200) {(max(ready_again, served_again) - started) / 1000:.1f} s "
              "after PostgreSQL was started")
    else:
        print("NOT recovered before the probe stopped")
    errors = [r for r in rows if r[2] not in (200, 503)]
    print(f"other answers (neither 200 nor 503) over the whole run: {len(errors)}")


if __name__ == "__main__":
    if sys.argv[1] == "probe":
        probe(*sys.argv[2:6])
    else:
        report(*sys.argv[2:4])
