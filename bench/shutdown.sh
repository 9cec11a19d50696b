#!/usr/bin/env bash
# Graceful shutdown drill: wrk reads from the packaged jar while the node gets SIGTERM mid-run, and shows what the
# readers saw (docs/operations.md has a run). Expected: readiness DOWN at once, answers go on through
# quarkus.shutdown.delay, requests in flight finish, and wrk reports no read errors or timeouts for requests the node
# had accepted (connect errors after the port closed are new connections a load balancer would not have sent).
# Usage: bash bench/shutdown.sh [seconds] [connections]      (defaults 10 s, 16 connections; SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${2:-16}
PORT=${PORT:-18091}
SCHEMA=${SHUTDOWN_SCHEMA:-newsroom_shutdown}
OUT=target/shutdown
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests -Dexec.skip=true
fi
if [ ! -f "$OUT/private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/private.pem" 2>/dev/null
  openssl pkey -in "$OUT/private.pem" -pubout -out "$OUT/public.pem"
fi
QUARKUS_PROFILE=prod NEWSROOM_SAMPLE_DATA_ENABLED=true NEWSROOM_DATABASE_SCHEMA=$SCHEMA \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=$OUT/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=$OUT/private.pem \
QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=${TX_TIMEOUT:-600s} \
QUARKUS_HTTP_PORT=$PORT java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 720); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.25
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "The node did not become ready; see $OUT/server.log" >&2; exit 1; }
# Half the requests read a cached article, half a list page with a new URL each time (the database every time).
cat > "$OUT/mix.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  if n % 2 == 0 then return wrk.format("GET", "/api/v1/articles?limit=5") end
  return wrk.format("GET", "/api/v1/articles?limit=3&from=2001-01-01T00:00:" .. string.format("%02d", n % 60) .. "Z")
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$OUT/mix.lua" "$BASE" > "$OUT/wrk.txt" 2>&1 &
WRK=$!
sleep $((DURATION / 3))
SIGNALLED=$(date +%s%3N)
kill -TERM "$SERVER"
READY_DOWN=""
for _ in $(seq 1 50); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" || true)
  if [ "$code" != 200 ]; then READY_DOWN=$(( $(date +%s%3N) - SIGNALLED )); break; fi
  sleep 0.1
done
wait "$SERVER" || true
EXITED=$(( $(date +%s%3N) - SIGNALLED ))
wait "$WRK" || true
cat "$OUT/wrk.txt"
echo "readiness answered $code ${READY_DOWN:-?} ms after SIGTERM; the process exited after $EXITED ms"
grep -iE 'shutdown|stopped|stopping' "$OUT/server.log" | cut -c1-240 | tail -5 || true
