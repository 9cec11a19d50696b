#!/usr/bin/env bash
# Database outage drill: starts the packaged jar, puts read load on it, REALLY stops the local PostgreSQL for
# OUTAGE seconds (default 15) and starts it again, then reports what readers saw (docs/operations.md has a run).
# It stops the whole cluster: never run it where other people's tests or services use that PostgreSQL.
# Usage: I_STOP_POSTGRESQL=yes bash bench/outage.sh          (SKIP_BUILD=1 reuses target/quarkus-app;
#        STOP_NOT_BEFORE="02:30" waits for that time before stopping PostgreSQL; TX_TIMEOUT for the sample data's
#        first load on a slow machine, 600s by default)
# Reports: cached reads served during the outage, uncached reads answered 503 with Retry-After and how fast,
# readiness down and up, liveness, the time to recover after PostgreSQL is back, and whether every write that was
# acknowledged (201) before the outage is in the database afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${I_STOP_POSTGRESQL:-}" = yes ] || { echo "This stops the local PostgreSQL; set I_STOP_POSTGRESQL=yes" >&2; exit 2; }
OUTAGE=${OUTAGE:-15}
PORT=${PORT:-18090}
SCHEMA=${OUTAGE_SCHEMA:-newsroom_outage}
CLUSTER=${CLUSTER:-"15 main"}
OUT=target/outage
mkdir -p "$OUT"
rm -f "$OUT"/probe.tsv "$OUT"/events "$OUT"/stop
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests -Dexec.skip=true
fi
if [ ! -f "$OUT/private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/private.pem" 2>/dev/null
  openssl pkey -in "$OUT/private.pem" -pubout -out "$OUT/public.pem"
fi
RUN=$(date +%s)

QUARKUS_PROFILE=prod NEWSROOM_SAMPLE_DATA_ENABLED=true NEWSROOM_DATABASE_SCHEMA=$SCHEMA \
NEWSROOM_ADMIN_EMAIL=admin@outage.test NEWSROOM_ADMIN_PASSWORD=outage-drill-password \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=$OUT/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=$OUT/private.pem \
QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=${TX_TIMEOUT:-600s} \
QUARKUS_HTTP_PORT=$PORT java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$OUT/server.log" 2>&1 &
SERVER=$!
STOPPED=0
cleanup() {
  touch "$OUT/stop"
  if [ "$STOPPED" = 1 ]; then pg_ctlcluster --skip-systemctl-redirect $CLUSTER start || true; fi
  kill "$SERVER" 2>/dev/null || true
}
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 720); do
  curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.25
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "The node did not become ready; see $OUT/server.log" >&2; exit 1; }
TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"email":"admin@outage.test","password":"outage-drill-password"}' "$BASE/api/v1/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')

# Writes acknowledged before the outage: each 201 must be in the database afterwards.
: > "$OUT/acknowledged"
for i in $(seq 1 20); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"قسم التمرين $RUN $i\",\"slug\":\"drill-$RUN-$i\"}" "$BASE/api/v1/sections")
  [ "$status" = 201 ] && echo "drill-$RUN-$i" >> "$OUT/acknowledged"
done
ID=$(curl -fs "$BASE/api/v1/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
CACHED="/api/v1/articles/$ID"
curl -fs "$BASE$CACHED" >/dev/null

python3 bench/outage_probe.py probe "$BASE" "$CACHED" "$OUT/probe.tsv" "$OUT/stop" &
PROBE=$!
sleep 3
if [ -n "${STOP_NOT_BEFORE:-}" ]; then
  while [ "$(date +%s)" -lt "$(date -d "$STOP_NOT_BEFORE" +%s)" ]; do sleep 1; done
fi
echo "stopped $(date +%s%3N)" >> "$OUT/events"
STOPPED=1
pg_ctlcluster --skip-systemctl-redirect $CLUSTER stop -m fast
sleep "$OUTAGE"
echo "started $(date +%s%3N)" >> "$OUT/events"
pg_ctlcluster --skip-systemctl-redirect $CLUSTER start
STOPPED=0
sleep 10
touch "$OUT/stop"
wait "$PROBE"

python3 bench/outage_probe.py report "$OUT/probe.tsv" "$OUT/events" | tee "$OUT/report.txt"
ACKED=$(wc -l < "$OUT/acknowledged")
FOUND=$(psql -h 127.0.0.1 -U postgres -d postgres -Atc \
  "select count(*) from $SCHEMA.section where slug like 'drill-$RUN-%'")
echo "writes acknowledged before the outage: $ACKED; in the database afterwards: $FOUND" | tee -a "$OUT/report.txt"
echo "log lines about the outage (warnings and recoveries):" | tee -a "$OUT/report.txt"
grep -E '"level":"(WARN|ERROR)"|works again|listening again' "$OUT/server.log" | cut -c1-300 | head -20 \
  | tee -a "$OUT/report.txt" || true
