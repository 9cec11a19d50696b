#!/usr/bin/env bash
# The change log's costs on the benchmark archive (issue 21): an editorial save with the outbox triggers on and off
# in alternating rounds on one server, and change-feed pages of 100 entries, one client at a time.
# Usage: bash bench/changes.sh [rounds] [saves-per-round]       (defaults: 6 rounds of 150 saves each way)
# Needs the archive and keys of a bench/run.sh run (target/bench); SKIP_BUILD=1 reuses target/quarkus-app.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-6}
SAVES=${2:-150}
PORT=18280
SCHEMA=${BENCH_SCHEMA:-newsroom_bench}
OUT=target/bench
[ -f "$OUT/detail-hot.paths" ] || { echo "run bash bench/run.sh first: it loads the archive and writes the paths"; exit 2; }
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -Dmaven.test.skip=true
fi
# A bench admin: created at start-up when the archive has no staff account yet, otherwise signed in as before.
EMAIL=bench-admin@newsroom.example
PASSWORD=bench-admin-password-1
QUARKUS_PROFILE=prod,bench NEWSROOM_DATABASE_SCHEMA=$SCHEMA NEWSROOM_ADMIN_EMAIL=$EMAIL NEWSROOM_ADMIN_PASSWORD=$PASSWORD \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=$OUT/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=$OUT/private.pem \
QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN java -Xmx256m -jar target/quarkus-app/quarkus-run.jar \
  > "$OUT/changes-server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 2400); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.25; done
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/token" | python3 -c "import json,sys; print(json.load(sys.stdin)['accessToken'])")
python3 bench/changes.py "$PORT" "$TOKEN" "$SCHEMA" "$OUT/detail-hot.paths" "$ROUNDS" "$SAVES"
