#!/usr/bin/env bash
# Read-path benchmark on a realistic archive: the packaged jar in production mode (-Xmx256m), wrk on loopback.
# Usage: bash bench/run.sh [seconds-per-case] [connections]        (defaults: 10 s, 8 connections)
# Environment: ARCHIVE=100000 articles to load (generated once into schema newsroom_bench, then reused),
#              COMMENTS=0 comments to load, SKIP_BUILD=1 to reuse target/quarkus-app.
# Installs wrk from Debian's packages when missing. Prints a Markdown table: requests/s, p50, p95, p99, errors.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${2:-8}
ARCHIVE=${ARCHIVE:-100000}
COMMENTS=${COMMENTS:-0}
PORT=18080
SCHEMA=newsroom_bench
JDBC="jdbc:postgresql://127.0.0.1:5432/postgres"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests
fi
mkdir -p target/bench
if [ ! -f target/bench/private.pem ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out target/bench/private.pem 2>/dev/null
  openssl pkey -in target/bench/private.pem -pubout -out target/bench/public.pem
fi

START=$(date +%s%N)
NEWSROOM_SAMPLE_DATA_ENABLED=true NEWSROOM_DATABASE_SCHEMA=$SCHEMA \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=target/bench/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=target/bench/private.pem \
QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > target/bench/server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.25
done
READY=$(date +%s%N)
echo "start-up to ready: $(( (READY - START) / 1000000 )) ms"

# The archive: generated once (a few minutes for 100,000 articles), reused by later runs.
ARCHIVE_JDBC_URL=$JDBC ARCHIVE_SCHEMA=$SCHEMA ARCHIVE=$ARCHIVE COMMENTS=$COMMENTS \
  ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=news.newsroom.bench.ArchiveGenerator

BASE="http://127.0.0.1:$PORT/api/v1"
python3 bench/search_paths.py bench/search-queries.txt target/bench

run_case() { # name, url, [paths file], [header], [warm-up seconds]
  local name=$1 url=$2 paths=${3:-} header=${4:-} warmup=${5:-3}
  local args=(-t 2 -c "$CONNECTIONS" -s bench/wrk-report.lua)
  [ -n "$header" ] && args+=(-H "$header")
  [ "$warmup" -gt 0 ] && BENCH_PATHS=$paths wrk "${args[@]}" -d "${warmup}s" "$url" >/dev/null 2>&1
  local result
  result=$(BENCH_PATHS=$paths wrk "${args[@]}" -d "${DURATION}s" "$url" | awk '/^RESULT/{print $2" | "$3" ms | "$4" ms | "$5" ms | "$6}')
  printf '| %s | %s |\n' "$name" "$result"
}

echo "| case | requests/s | p50 | p95 | p99 | errors |"
echo "|---|---|---|---|---|---|"
# Each distinct word is asked about once (no warm-up): every request misses the result cache and ranks in SQL.
run_case "search, uncached: $(wc -l < target/bench/distinct-words.paths) distinct words, each once" "$BASE/articles" target/bench/distinct-words.paths "" 0
run_case "search: one word (20 queries)" "$BASE/articles" target/bench/one-word.paths
run_case "search: two words (10 queries)" "$BASE/articles" target/bench/two-words.paths
run_case "search: phrase (8 queries)" "$BASE/articles" target/bench/phrase.paths
run_case "search: with filters (6 queries)" "$BASE/articles" target/bench/with-filters.paths
run_case "suggestions (12 prefixes, 2 with typos)" "$BASE/search/suggest" target/bench/suggest.paths
run_case "list newest (20)" "$BASE/articles"
run_case "article detail" "$BASE/articles/$(curl -fs "$BASE/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
RSS=$(ps -o rss= -p $SERVER | tr -d ' ')
echo "server RSS after the run: $(( RSS / 1024 )) MB (heap capped at 256 MB)"
psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 -f bench/explain.sql > target/bench/explain.txt
echo "query plans: target/bench/explain.txt"
