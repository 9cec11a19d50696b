#!/usr/bin/env bash
# Rehearses the Dockerfile without Docker (no container engine runs on the development and CI machines).
#
# Each stage runs in an empty folder standing for the image's file system: COPY copies exactly what the line
# names, RUN runs the line with a PATH that has no Node.js, ENV sets the variable. The final stage's files are
# then started the way ENTRYPOINT starts them (as USER, when run as root) against the local PostgreSQL, and the
# HEALTHCHECK command must pass, the API must answer, and no embedded database may be in the packaged jar.
# What is not rehearsed: FROM (the machine's JDK stands for both images) and the run stage's RUN lines, which
# install the image's own packages and user.
#
#   bash scripts/rehearse-dockerfile.sh [Dockerfile]      (exit status 0 when every stage works)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dockerfile=$(realpath "${1:-$repo/Dockerfile}")
work=$(mktemp -d /tmp/dockerfile-rehearsal.XXXXXX)
schema="newsroom_dockerfile_$$"
app_pid=""

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop schema if exists $schema cascade" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "REHEARSAL FAILED: $*" >&2; exit 1; }

# A PATH like the build image's: everything this machine has except Node.js.
nonode="$work/bin"
mkdir -p "$nonode"
IFS=: read -ra path_dirs <<< "$PATH"
for dir in "${path_dirs[@]}"; do   # earlier PATH entries win, as in a shell; ln skips names already linked
  [ -d "$dir" ] && find "$dir" -maxdepth 1 \( -type f -o -type l \) -perm -u+x \
    ! \( -name node -o -name nodejs -o -name npm -o -name npx -o -name corepack \) \
    -exec ln -s -t "$nonode" {} + 2>/dev/null || true
done
PATH="$nonode" command -v node >/dev/null && fail "node is still on the rehearsal PATH"

# The Dockerfile's instructions, one per line (continuations joined, comments dropped).
instructions=$(sed -e 's/\r$//' "$dockerfile" | awk '
  /^[[:space:]]*#/ { next }
  { line = $0; if (sub(/\\[[:space:]]*$/, "", line)) { buffer = buffer line " "; next }
    buffer = buffer line; if (buffer ~ /[^[:space:]]/) print buffer; buffer = "" }')

stage=""; root=""; workdir="/"; user=""
declare -A stage_root
in_stage() { echo "$root${1#/}"; }   # an image path inside the current stage's folder
resolve() { case "$1" in /*) in_stage "$1" ;; *) in_stage "$workdir/$1" ;; esac; }

while IFS= read -r instruction; do
  keyword=$(awk '{print toupper($1)}' <<< "$instruction")
  args=${instruction#* }
  case "$keyword" in
    FROM)
      stage=$(awk '{ for (i = 1; i <= NF; i++) if (toupper($i) == "AS") print $(i + 1) }' <<< "$args")
      stage=${stage:-final}
      root="$work/stage-$stage/"; mkdir -p "$root"; stage_root[$stage]=$root; workdir="/"; user=""
      echo "== stage $stage (FROM $(awk '{print $1}' <<< "$args"): the machine's JDK stands in)" ;;
    WORKDIR)
      workdir=$args; mkdir -p "$(in_stage "$workdir")" ;;
    ENV)
      export "${args%%=*}=$(eval echo "${args#*=}")" ;;
    USER)
      user=$args ;;
    COPY)
      read -ra words <<< "$args"; from=""; sources=()
      for word in "${words[@]}"; do
        case "$word" in --from=*) from=${word#--from=} ;; --*) ;; *) sources+=("$word") ;; esac
      done
      dest=${sources[-1]}; unset 'sources[-1]'
      target=$(resolve "$dest")
      [[ "$dest" == */ || ${#sources[@]} -gt 1 ]] && mkdir -p "$target" || mkdir -p "$(dirname "$target")"
      for source in "${sources[@]}"; do
        if [ -n "$from" ]; then base=${stage_root[$from]:?"unknown stage $from"}; pattern="$base${source#/}"
        else base="$repo/"; pattern="$repo/$source"; fi
        matched=false
        for path in $pattern; do
          [ -e "$path" ] || continue; matched=true
          if [ -d "$path" ]; then mkdir -p "$target"; cp -a "$path/." "$target/"
          elif [ -d "$target" ]; then cp -a "$path" "$target/"
          else cp -a "$path" "$target"; fi
        done
        $matched || fail "COPY $source: nothing there (${from:-build context})"
      done
      echo "   COPY $args" ;;
    RUN)
      if [ "$stage" != "final" ]; then
        echo "   RUN $args"
        (cd "$(in_stage "$workdir")" && PATH="$nonode" bash -c "$args") || fail "RUN $args"
      else
        echo "   RUN (not rehearsed: the image's own packages and user) $args"
      fi ;;
    HEALTHCHECK)
      healthcheck=${args#*CMD } ;;
    ENTRYPOINT)
      entrypoint=$args ;;
    EXPOSE|LABEL|ARG|CMD) ;;
    *) fail "instruction $keyword is not rehearsed by this script: teach it" ;;
  esac
done <<< "$instructions"

app=$(in_stage "$workdir/")
if find "$root" -iname '*embedded-postgres*' -o -iname '*zonky*' | grep -q .; then
  fail "an embedded PostgreSQL is in the packaged application"
fi
echo "   no embedded PostgreSQL in the packaged application"

# ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]: the same command, paths moved into
# the rehearsal folder, against the local PostgreSQL in a schema of its own.
command=$(python3 -c 'import json,sys; print(" ".join(json.loads(sys.argv[1])[2:]))' "$entrypoint" 2>/dev/null \
  || sed -E 's/^\[?"sh", *"-c", *"(.*)"\]$/\1/' <<< "$entrypoint")
command=${command//"${workdir%/}/"/$app}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
keys="$work/keys"; mkdir -p "$keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
openssl pkey -in "$keys/private.pem" -pubout -out "$keys/public.pem"
run_as=()
if [ "$(id -u)" = 0 ] && [ -n "$user" ]; then
  chown -R "$user:$user" "$root" "$keys"; chmod o+x "$work"
  run_as=(setpriv "--reuid=$user" "--regid=$user" --clear-groups --)
fi
echo "== run: $command (port $port${user:+, user $user})"
(cd "$app" && env QUARKUS_HTTP_PORT="$port" \
   QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/postgres QUARKUS_DATASOURCE_USERNAME=postgres \
   NEWSROOM_DATABASE_SCHEMA="$schema" NEWSROOM_SIGNING_SECRET="rehearsal-$RANDOM$RANDOM" \
   MP_JWT_VERIFY_PUBLICKEY_LOCATION="$keys/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="$keys/private.pem" \
   NEWSROOM_SAMPLE_DATA_ENABLED=true \
   "${run_as[@]}" sh -c "$command") > "$work/app.log" 2>&1 &
app_pid=$!

check=${healthcheck//8080/$port}
ready=false
for _ in $(seq 1 120); do
  if sh -c "$check" >/dev/null 2>&1; then ready=true; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 1
done
$ready || { tail -40 "$work/app.log" >&2; fail "HEALTHCHECK never passed: $check"; }
echo "   HEALTHCHECK passed: $check"
articles=$(curl -fsS "http://localhost:$port/api/v1/articles?limit=1" | grep -c '"items"' || true)
[ "$articles" -ge 1 ] || fail "GET /api/v1/articles did not answer a page"
curl -fsS -o /dev/null "http://localhost:$port/q/openapi" || fail "GET /q/openapi failed"
echo "   GET /api/v1/articles and /q/openapi answer"
echo "REHEARSAL PASSED"
