#!/usr/bin/env bash
# Read-path benchmark: the packaged jar in production mode with the sample content, wrk on loopback.
# Usage: bash bench/run.sh [seconds-per-case] [connections]   (defaults 10 s, 8 connections)
# Installs wrk from Debian's packages when missing. Prints one Markdown table row per case.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${2:-8}
PORT=18080
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
mkdir -p target/bench
if [ ! -f target/bench/private.pem ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out target/bench/private.pem 2>/dev/null
  openssl pkey -in target/bench/private.pem -pubout -out target/bench/public.pem
fi

START=$(date +%s%N)
NEWSROOM_SAMPLE_DATA_ENABLED=true NEWSROOM_DATABASE_SCHEMA=newsroom_bench \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=target/bench/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=target/bench/private.pem \
QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > target/bench/server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.25
done
READY=$(date +%s%N)
echo "start-up to ready: $(( (READY - START) / 1000000 )) ms"

BASE="http://127.0.0.1:$PORT/api/v1"
ID=$(curl -fs "$BASE/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
ETAG=$(curl -fsI "$BASE/articles/$ID" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
CURSOR=$(curl -fs "$BASE/articles?limit=5" | python3 -c 'import json,sys; print(json.load(sys.stdin)["nextCursor"])')

run_case() { # name, url, [header]
  local name=$1 url=$2 header=${3:-}
  local args=(-t 2 -c "$CONNECTIONS" -d "${DURATION}s" --latency)
  [ -n "$header" ] && args+=(-H "$header")
  wrk "${args[@]}" -d 3s "$url" >/dev/null 2>&1   # warm-up
  local out
  out=$(wrk "${args[@]}" "$url")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx/{print $5}' <<<"$out"); errors=${errors:-0}
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$errors"
}

echo "| case | requests/s | p50 | p99 | non-2xx/3xx |"
echo "|---|---|---|---|---|"
run_case "article detail" "$BASE/articles/$ID"
run_case "article detail, If-None-Match (304)" "$BASE/articles/$ID" "If-None-Match: $ETAG"
run_case "list newest (20)" "$BASE/articles"
run_case "list by section (economy + energy)" "$BASE/articles?section=economy"
run_case "list, cursor page 2" "$BASE/articles?limit=5&cursor=$CURSOR"
run_case "sections tree" "$BASE/sections"
RSS=$(ps -o rss= -p $SERVER | tr -d ' ')
echo "server RSS after the run: $(( RSS / 1024 )) MB (heap capped at 256 MB)"
