#!/usr/bin/env bash
# Two nodes sharing PostgreSQL and Redis, and what they must agree on (issue 22, "Several nodes").
# Usage: bash bench/two-nodes.sh          (SKIP_BUILD=1 reuses target/quarkus-app)
# Steps: (1) package the jar, (2) start node A on 18181 and node B on 18182 in production mode with one schema
# (newsroom_twonodes, sample data), one Redis key prefix, one signing secret and one key pair, trusting 127.0.0.1
# as a proxy so that X-Forwarded-For names the reader, (3) run bench/two_nodes.py, which prints a PASS or FAIL
# line per check, (4) with BENCH=1 (the default) post comments under 8 connections over both nodes and time reads
# with and without an API key (wrk), (5) stop both. Exits non-zero when a check fails. REDIS_TIMEOUT sets
# newsroom.redis.timeout (1s): on a starved machine a slower Redis answer makes the nodes count per node.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMA=${TWO_NODES_SCHEMA:-newsroom_twonodes}
PORT_A=18181
PORT_B=18182
OUT=target/two-nodes
PREFIX="newsroom:$SCHEMA:"
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests -Dexec.skip=true
fi
mkdir -p "$OUT"
if [ ! -f "$OUT/private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/private.pem" 2>/dev/null
  openssl pkey -in "$OUT/private.pem" -pubout -out "$OUT/public.pem"
fi
redis-cli ping >/dev/null || { echo "Redis does not answer on 127.0.0.1:6379 (bash .ci/run starts it)" >&2; exit 1; }
# Every run starts from a fresh schema and fresh counters.
PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d postgres -qc "drop schema if exists $SCHEMA cascade"
redis-cli --scan --pattern "$PREFIX*" | xargs -r redis-cli del >/dev/null

start_node() { # name port
  NEWSROOM_DATABASE_SCHEMA=$SCHEMA NEWSROOM_SAMPLE_DATA_ENABLED=true NEWSROOM_SIGNING_SECRET=two-nodes-shared-secret \
  NEWSROOM_ADMIN_EMAIL=admin@two-nodes.test NEWSROOM_ADMIN_PASSWORD=two-nodes-password \
  NEWSROOM_EDITORIAL_PUBLISH_SCHEDULED_EVERY=1s NEWSROOM_REDIS_TIMEOUT=${REDIS_TIMEOUT:-1s} \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION=$OUT/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=$OUT/private.pem \
  QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 QUARKUS_HTTP_PORT=$2 \
  java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$OUT/node-$1.log" 2>&1 &
  echo $!
}
wait_ready() { # port
  for _ in $(seq 1 480); do
    curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "node on $1 did not become ready" >&2
  return 1
}
NODE_A=$(start_node a $PORT_A)
trap 'kill $NODE_A ${NODE_B:-} 2>/dev/null || true' EXIT
wait_ready $PORT_A # A migrates the schema and loads the sample data; B then starts on it
NODE_B=$(start_node b $PORT_B)
wait_ready $PORT_B
echo "node A: http://127.0.0.1:$PORT_A  node B: http://127.0.0.1:$PORT_B  schema $SCHEMA  Redis keys $PREFIX*"
python3 bench/two_nodes.py "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" "$SCHEMA" || status=$?

if [ "${BENCH:-1}" = 1 ]; then
  # Comment posting under 8 connections over both nodes, 8 readers: no error, only the intended 429s.
  python3 bench/comment_posting.py "${POST_SECONDS:-20}" 8 8 "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" || status=$?
  # Reads on node A, 8 connections, in alternating rounds: anonymous from the response cache, anonymous with a
  # distinct URI each (uncached), and with an X-API-Key (never cached; the key is looked up and counted in Redis).
  # Columns after RESULT: requests/s, p50, p95, p99 (ms), errors, requests.
  TOKEN=$(curl -fs -H 'Content-Type: application/json' \
    -d '{"email":"admin@two-nodes.test","password":"two-nodes-password"}' "http://127.0.0.1:$PORT_A/api/v1/auth/token" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  KEY=$(curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"bench","quota":1000000}' "http://127.0.0.1:$PORT_A/api/v1/api-keys" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
  URL="http://127.0.0.1:$PORT_A/api/v1/articles?limit=20"
  wrk -t 2 -c 8 -d 5s "$URL" >/dev/null # warm-up
  wrk -t 2 -c 8 -d 5s -H "X-API-Key: $KEY" "$URL" >/dev/null
  for round in $(seq 1 "${ROUNDS:-2}"); do
    d=${READ_SECONDS:-10}s
    echo "round $round anonymous, cached $(wrk -t 2 -c 8 -d "$d" -s bench/wrk-report.lua "$URL" | grep RESULT)"
    seq 1 400000 | sed "s|^|/api/v1/articles?limit=20\&n=a$round-|" > "$OUT/distinct.paths"
    echo "round $round anonymous, uncached $(BENCH_PATHS=$OUT/distinct.paths wrk -t 2 -c 8 -d "$d" -s bench/wrk-report.lua "$URL" | grep RESULT)"
    seq 1 400000 | sed "s|^|/api/v1/articles?limit=20\&n=k$round-|" > "$OUT/distinct.paths"
    echo "round $round keyed, uncached $(BENCH_PATHS=$OUT/distinct.paths wrk -t 2 -c 8 -d "$d" -s bench/wrk-report.lua -H "X-API-Key: $KEY" "$URL" | grep RESULT)"
  done
fi
exit "${status:-0}"
