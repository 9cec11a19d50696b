#!/usr/bin/env bash
# Webhook delivery throughput: how many deliveries a second one node sends to a local receiver that answers 204.
# Usage: bash bench/webhooks.sh [events] [articles]        (defaults: 2000 events over 500 articles)
# Environment: SKIP_BUILD=1 reuses target/quarkus-app; CONCURRENCY sets newsroom.webhooks.concurrency (default 32).
# Steps: (1) package the jar, (2) start nginx answering 204 and the jar in production mode (-Xmx256m, its own
# schema newsroom_bench_webhooks, plain http to 127.0.0.1 allowed), (3) sign in and subscribe the receiver to
# article.updated, (4) add the articles and make the events as SQL updates of their version, which the change-log
# triggers record, (5) count deliveries per second from the first update until every one has succeeded.
# Installs nginx from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-2000}
ARTICLES=${2:-500}
PORT=18090
RECEIVER_PORT=18091
SCHEMA=newsroom_bench_webhooks
OUT=target/bench-webhooks
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests -Dexec.skip=true
fi
mkdir -p "$OUT/nginx/logs"
if [ ! -f "$OUT/private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/private.pem" 2>/dev/null
  openssl pkey -in "$OUT/private.pem" -pubout -out "$OUT/public.pem"
fi
cat > "$OUT/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid nginx.pid;
error_log logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$RECEIVER_PORT;
    location / { return 204; }
  }
}
NGINX
"$NGINX" -p "$PWD/$OUT/nginx" -c nginx.conf

psql_do() { psql -h 127.0.0.1 -U postgres -d postgres -qAtc "set search_path to $SCHEMA; $1" | tail -n 1; }
psql -h 127.0.0.1 -U postgres -d postgres -qc "drop schema if exists $SCHEMA cascade" >/dev/null

PASSWORD=bench-only-password-$RANDOM$RANDOM
NEWSROOM_DATABASE_SCHEMA=$SCHEMA NEWSROOM_SIGNING_SECRET=bench-webhooks \
NEWSROOM_ADMIN_EMAIL=bench@newsroom.example NEWSROOM_ADMIN_PASSWORD=$PASSWORD \
NEWSROOM_WEBHOOKS_ALLOW_HTTP=true NEWSROOM_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true \
NEWSROOM_WEBHOOKS_CONCURRENCY=${CONCURRENCY:-32} \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=$OUT/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=$OUT/private.pem \
QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$OUT/server.log" 2>&1 &
SERVER=$!
cleanup() {
  kill $SERVER 2>/dev/null || true
  "$NGINX" -p "$PWD/$OUT/nginx" -c nginx.conf -s stop 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 480); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.25
done

BASE="http://127.0.0.1:$PORT/api/v1"
TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"email\": \"bench@newsroom.example\", \"password\": \"$PASSWORD\"}" "$BASE/auth/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])')
curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"url\": \"http://127.0.0.1:$RECEIVER_PORT/hooks\", \"events\": [\"article.updated\"]}" "$BASE/webhooks"

psql_do "insert into section (slug, name) values ('bench-webhooks', 'قسم القياس')"
psql_do "insert into article (slug, title, section_id, status, published_at)
  select 'bench-hook-' || n, 'مقال القياس ' || n, (select id from section where slug = 'bench-webhooks'),
         'published', now() from generate_series(1, $ARTICLES) n"
ROUNDS=$(( (EVENTS + ARTICLES - 1) / ARTICLES ))
TOTAL=$(( ROUNDS * ARTICLES ))
START=$(date +%s%N)
for _ in $(seq 1 "$ROUNDS"); do
  psql_do "update article set version = version + 1 where slug like 'bench-hook-%'"
done
DONE=0
for _ in $(seq 1 1200); do
  DONE=$(psql_do "select count(*) from webhook_delivery where status = 'succeeded'")
  [ "$DONE" -ge "$TOTAL" ] && break
  sleep 0.1
done
END=$(date +%s%N)
FAILED_ATTEMPTS=$(psql_do "select count(*) from webhook_attempt where status_code is distinct from 204")
MS=$(( (END - START) / 1000000 ))
echo "events: $TOTAL over $ARTICLES articles; succeeded: $DONE; attempts that failed: $FAILED_ATTEMPTS"
echo "time from the first update to the last success: $MS ms"
python3 -c "import sys; print(f'deliveries per second: {int(sys.argv[1]) * 1000 / max(int(sys.argv[2]), 1):.0f}')" "$DONE" "$MS"
