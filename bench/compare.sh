#!/usr/bin/env bash
# Side by side: this checkout's jar against an earlier revision's, on the uncached paths, in alternating rounds,
# so both meet the same machine at the same time (this machine's speed varies by several times from day to day).
# Usage: bash bench/compare.sh REVISION [rounds] [seconds] [search|list|suggest|cached]  (defaults: 4 rounds, 15 s,
# search). cached: the hot set of 1,000 article details, each URI asked many times, so nearly all answers come from
# the response cache (the first ask of each URI in a round fills it).
# Needs the archive and the path files of a bench/run.sh run (target/bench); builds REVISION in a worktree under
# target/. Each round asks both servers the same paths, unasked so far by either (a distinct harmless parameter
# per round), and prints requests/s, p50, p95, p99 (ms), errors, requests, and CPU per request from /proc.
set -euo pipefail
cd "$(dirname "$0")/.."
REVISION=${1:?a git revision to compare with}
ROUNDS=${2:-4}
DURATION=${3:-15}
KIND=${4:-search}
ROOT=$PWD
OUT=target/bench
SCHEMA=${BENCH_SCHEMA:-newsroom_bench}
[ -f "$OUT/distinct-words.paths" ] || { echo "run bash bench/run.sh first: it loads the archive and writes the paths"; exit 2; }
python3 bench/search_paths.py bench/search-queries.txt "$OUT" # the paths of this checkout's cases
case $KIND in
  search) PATHS=$OUT/distinct-words.paths; WARM_UP=$OUT/distinct-words-warm-up.paths ;;
  list) PATHS=$OUT/list-pages.paths; WARM_UP=$OUT/list-pages-warm-up.paths ;;
  suggest) PATHS=$OUT/distinct-prefixes.paths; WARM_UP=$OUT/distinct-prefixes-warm-up.paths ;;
  cached) PATHS=$OUT/detail-hot.paths; WARM_UP=$OUT/detail-hot.paths ;;
  *) echo "kind: search, list, suggest or cached"; exit 2 ;;
esac
OTHER=target/compare-$(git rev-parse --short "$REVISION")
if [ ! -f "$OTHER/target/quarkus-app/quarkus-run.jar" ]; then
  rm -rf "$OTHER" && git worktree prune && git worktree add -f "$OTHER" "$REVISION" >/dev/null
  (cd "$OTHER" && ./mvnw -B -q package -Dmaven.test.skip=true >/dev/null)
fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -Dmaven.test.skip=true >/dev/null

start() { # directory port -> pid
  # The earlier revision may not know this one's newer migrations: it is told not to refuse the schema for them.
  local validate=true
  [ "$1" = . ] || validate=false
  (cd "$1" && QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE=$validate QUARKUS_PROFILE=prod,bench NEWSROOM_SAMPLE_DATA_ENABLED=true NEWSROOM_DATABASE_SCHEMA=$SCHEMA \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/$OUT/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=$ROOT/$OUT/private.pem \
    QUARKUS_HTTP_PORT=$2 QUARKUS_LOG_LEVEL=WARN exec java -Xmx256m -jar target/quarkus-app/quarkus-run.jar \
    > "$ROOT/$OUT/compare-$2.log" 2>&1) &
  echo $!
}
ready() { # port: waits up to 10 minutes (a new migration may fill a table first: V8 took 52 s on the archive)
  for _ in $(seq 1 2400); do curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0; sleep 0.25; done
  echo "the server on port $1 did not start: see $OUT/compare-$1.log"; exit 1
}
# This revision first, alone: it applies its new migrations before the earlier one reads the schema.
THIS=$(start . 18180)
trap 'kill $THIS 2>/dev/null || true' EXIT
ready 18180
THAT=$(start "$OTHER" 18190)
trap 'kill $THIS $THAT 2>/dev/null || true' EXIT
ready 18190
# A server through the list before the time is up meets new URIs (&pass=N), not cached answers; except in the
# cached kind, whose point is answers from the cache.
[ "$KIND" = cached ] || export BENCH_DISTINCT=1
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
postgres_cpu() { local sum=0; for p in $(pgrep -u postgres postgres); do sum=$((sum + $(cpu "$p" 2>/dev/null || echo 0))); done; echo $sum; }
run() { # label port pid paths
  local jvm=$(cpu "$3") pg=$(postgres_cpu)
  local line=$(BENCH_PATHS=$4 wrk -t 2 -c 8 -s bench/wrk-report.lua -d "${DURATION}s" "http://127.0.0.1:$2/api/v1/articles" | grep RESULT)
  local requests=$(echo "$line" | awk '{print $7}')
  requests=$(( requests > 0 ? requests : 1 ))
  local jvm_ms=$(awk -v t=$(( $(cpu "$3") - jvm )) -v n="$requests" 'BEGIN{printf "%.2f", t * 10 / n}')
  local pg_ms=$(awk -v t=$(( $(postgres_cpu) - pg )) -v n="$requests" 'BEGIN{printf "%.2f", t * 10 / n}')
  echo "$1 ${line#RESULT } | CPU ms per request: JVM $jvm_ms, PostgreSQL $pg_ms"
}
# The JIT and PostgreSQL's buffers warm up on other paths than those measured.
for port in 18180 18190; do
  BENCH_PATHS=$WARM_UP wrk -t 2 -c 8 -s bench/wrk-report.lua -d 45s "http://127.0.0.1:$port/api/v1/articles" >/dev/null
done
echo "columns: requests/s p50 p95 p99 errors requests"
for round in $(seq 1 "$ROUNDS"); do
  # A parameter of its own per round: neither server has answered these URIs before.
  sed -e "/?/s|\$|\&round=$round|" -e "/?/!s|\$|?round=$round|" "$PATHS" > "$OUT/compare-round.paths"
  run "this   " 18180 "$THIS" "$OUT/compare-round.paths"
  run "$(git rev-parse --short "$REVISION")" 18190 "$THAT" "$OUT/compare-round.paths"
done
