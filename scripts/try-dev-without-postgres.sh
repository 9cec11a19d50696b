#!/usr/bin/env bash
# The README's run command on a machine where no PostgreSQL is running, from a fresh clone of this repository:
# `./mvnw quarkus:dev` must start an embedded PostgreSQL, serve Swagger UI and the Arabic sample articles, let the
# dev accounts sign in, keep what was written across a restart, and start afresh after `./mvnw clean`.
#
# As root it runs itself in a new network namespace, where nothing listens on 5432 (nor answers from outside),
# so the machine's own PostgreSQL keeps running. Otherwise stop your PostgreSQL first. Maven runs offline (-o):
# build once (./mvnw verify or quarkus:dev) so that the local repository has everything.
#
#   bash scripts/try-dev-without-postgres.sh         (prints PASS/FAIL lines; exit status 0 when all pass)
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)

if [ "$(id -u)" = 0 ] && [ -z "${NEWSROOM_TRIAL_IN_NAMESPACE:-}" ]; then
  exec env NEWSROOM_TRIAL_IN_NAMESPACE=1 unshare --net bash -c 'ip link set lo up && exec bash "$0"' "$0"
fi
if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  echo "Something answers on localhost:5432: stop PostgreSQL first (or run this as root)." >&2
  exit 2
fi

clone=$(mktemp -d /tmp/newsroom-dev-trial.XXXXXX)
trap 'stop_dev; rm -rf "$clone"' EXIT
git clone -q "$repo" "$clone" && cd "$clone" || exit 1
failures=0
check() { if eval "$2"; then echo "PASS $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }
api=http://localhost:8080

dev_pid=""
start_dev() {
  setsid ./mvnw -o -B quarkus:dev -Ddebug=false -Dexec.skip=true > "$clone/dev-$1.log" 2>&1 &
  dev_pid=$!
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/q/health/ready")" = 200 ] && return 0
    kill -0 "$dev_pid" 2>/dev/null || break
    sleep 1
  done
  echo "dev mode did not become ready; the end of its log:"; tail -30 "$clone/dev-$1.log"
  return 1
}
stop_dev() {
  [ -n "$dev_pid" ] || return 0
  kill -TERM -- "-$dev_pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$dev_pid" 2>/dev/null || break; sleep 1; done
  dev_pid=""
}
token() {
  curl -s -X POST -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" \
    "$api/api/v1/auth/token" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p'
}
embedded_port() { sed -n 4p target/embedded-postgres/data/postmaster.pid 2>/dev/null || find /tmp -maxdepth 3 -path '*newsroom-embedded-postgres-*/data/postmaster.pid' -exec sed -n 4p {} \; 2>/dev/null | head -1; }

echo "== first start, from a fresh clone"
check "dev mode starts without a PostgreSQL on 5432" "start_dev first"
check "it says so in one log line with the URL" \
  "grep -q 'dev mode runs on an embedded PostgreSQL at jdbc:postgresql://localhost:' dev-first.log"
check "/ redirects to Swagger UI" \
  "curl -s -o /dev/null -w '%{http_code} %{redirect_url}' $api/ | grep -q '^303 .*/q/swagger-ui/\$'"
check "Swagger UI is served" "[ \"\$(curl -sL -o /dev/null -w '%{http_code}' $api/q/swagger-ui)\" = 200 ]"
check "the Arabic sample articles are served" \
  "curl -s '$api/api/v1/articles?limit=100' | grep -o '\"slug\"' | wc -l | awk '{exit !(\$1 >= 40)}'"
admin=$(token admin@newsroom.example admin-dev-password)
check "the dev admin signs in" "[ -n '$admin' ]"
check "an admin creates a staff account" "[ \"\$(curl -s -o /dev/null -w '%{http_code}' -X POST \
  -H 'Authorization: Bearer $admin' -H 'Content-Type: application/json' \
  -d '{\"email\":\"trial@newsroom.example\",\"displayName\":\"تجربة\",\"password\":\"trial-password-1234\",\"roles\":[\"editor\"]}' \
  $api/api/v1/staff)\" = 201 ]"
port=$(embedded_port)
stop_dev
check "stopping dev mode stops the embedded PostgreSQL" "! (exec 3<>/dev/tcp/127.0.0.1/${port:-1}) 2>/dev/null"

echo "== restart: what was written is kept"
check "dev mode starts again" "start_dev second"
check "the account created before the restart signs in" "[ -n \"\$(token trial@newsroom.example trial-password-1234)\" ]"
stop_dev

echo "== ./mvnw clean starts afresh"
./mvnw -o -q clean > /dev/null 2>&1
check "dev mode starts after clean" "start_dev third"
check "the account created before clean is gone" "[ -z \"\$(token trial@newsroom.example trial-password-1234)\" ]"
check "the dev admin signs in on the fresh database" "[ -n \"\$(token admin@newsroom.example admin-dev-password)\" ]"
stop_dev

echo "== $failures failed"
[ "$failures" = 0 ]
