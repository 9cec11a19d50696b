#!/usr/bin/env bash
# Read-path benchmark on a realistic archive, side by side with two ceilings, in one run.
# Usage: bash bench/run.sh [seconds-per-case] [connections]        (defaults: 10 s, 8 connections)
# Environment: ARCHIVE=100000 articles and COMMENTS=500000 comments, generated once into schema BENCH_SCHEMA
#              (newsroom_bench) and reused; SKIP_BUILD=1 reuses target/quarkus-app; CASES=reads runs only the
#              JSON API's cases, CASES=integrations only feeds, sitemaps, structured data and oEmbed (default: all).
# Steps: (1) package the jar, (2) start it in production mode (-Xmx256m, profile prod,bench), (3) load the
# archive, (4) warm up and run wrk for each case, (5) print a Markdown table with each case's share of the two
# ceilings: this Quarkus stack answering a constant JSON body of an article's size, and nginx serving it as a
# static file. Installs wrk, nginx and the Arabic Hunspell dictionary from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${2:-8}
ARCHIVE=${ARCHIVE:-100000}
COMMENTS=${COMMENTS:-500000}
PORT=18080
NGINX_PORT=18081
SCHEMA=${BENCH_SCHEMA:-newsroom_bench}
OUT=target/bench
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ -f /usr/share/hunspell/ar.dic ] || missing+=(hunspell-ar) # the archive generator's long tail of words
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -q package -DskipTests
fi
mkdir -p "$OUT"
if [ ! -f "$OUT/private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/private.pem" 2>/dev/null
  openssl pkey -in "$OUT/private.pem" -pubout -out "$OUT/public.pem"
fi

START=$(date +%s%N)
QUARKUS_PROFILE=prod,bench NEWSROOM_SAMPLE_DATA_ENABLED=true NEWSROOM_DATABASE_SCHEMA=$SCHEMA \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=$OUT/public.pem SMALLRYE_JWT_SIGN_KEY_LOCATION=$OUT/private.pem \
QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$OUT/server.log" 2>&1 &
SERVER=$!
cleanup() {
  kill $SERVER 2>/dev/null || true
  "$NGINX" -p "$PWD/$OUT/nginx" -c nginx.conf -s stop 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.25
done
READY=$(date +%s%N)
STARTUP_MS=$(( (READY - START) / 1000000 ))

# The archive: generated once (a few minutes), reused by later runs.
ARCHIVE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres" ARCHIVE_SCHEMA=$SCHEMA ARCHIVE=$ARCHIVE COMMENTS=$COMMENTS \
  ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=news.newsroom.bench.ArchiveGenerator
psql_value() { psql -h 127.0.0.1 -U postgres -d postgres -Atc "set search_path to $SCHEMA; $1" | tail -n 1; }

BASE="http://127.0.0.1:$PORT"
python3 bench/search_paths.py bench/search-queries.txt "$OUT"
psql -h 127.0.0.1 -U postgres -d postgres -Atc "set search_path to $SCHEMA; select '/api/v1/articles/' || id from article
  where status = 'published' order by published_at desc, id desc limit 1000" | grep '^/' > "$OUT/detail-hot.paths"
ID=$(head -n 1 "$OUT/detail-hot.paths" | sed 's|.*/||')
ETAG=$(curl -fsI "$BASE/api/v1/articles/$ID" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
BYTES=$(curl -fs "$BASE/api/v1/articles/$ID" | wc -c)
IFS=$'\t' read -r DEEP_PAGE DEEP < <(python3 bench/deep_cursor.py "$BASE" 400)
COMMENTED=$(psql_value "select id from article where status = 'published' order by comment_count desc limit 1")

# nginx serving a body of the same size as a static file, one worker per core.
mkdir -p "$OUT/nginx/logs" "$OUT/nginx/static"
python3 -c "import sys; n=int(sys.argv[1]); sys.stdout.write('{\"padding\":\"' + 'x'*(n-14) + '\"}')" "$BYTES" \
  > "$OUT/nginx/static/constant.json"
cat > "$OUT/nginx/nginx.conf" <<NGINX
user root;
worker_processes auto;
pid nginx.pid;
error_log logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$NGINX_PORT; root static; }
}
NGINX
"$NGINX" -p "$PWD/$OUT/nginx" -c nginx.conf

RESULTS="$OUT/results.txt"
: > "$RESULTS"
run_case() { # name, url, [paths file], [header], [warm-up seconds]
  local name=$1 url=$2 paths=${3:-} header=${4:-} warmup=${5:-3}
  local args=(-t 2 -c "$CONNECTIONS" -s bench/wrk-report.lua)
  [ -n "$header" ] && args+=(-H "$header")
  if [ "$warmup" -gt 0 ]; then
    # Every path of the case once, then wrk: a case measures its steady state, not its first requests.
    [ -n "$paths" ] && while read -r path; do curl -fs -o /dev/null "http://127.0.0.1:$PORT$path" || true; done < "$paths"
    BENCH_PATHS=$paths wrk "${args[@]}" -d "${warmup}s" "$url" >/dev/null 2>&1
  fi
  BENCH_PATHS=$paths wrk "${args[@]}" -d "${DURATION}s" "$url" \
    | awk -v name="$name" '/^RESULT/{print name"|"$2"|"$3"|"$4"|"$5"|"$6}' >> "$RESULTS"
}

run_case "ceiling: Quarkus, constant $BYTES-byte JSON" "$BASE/bench/constant?bytes=$BYTES"
run_case "ceiling: nginx, the same body as a static file" "http://127.0.0.1:$NGINX_PORT/constant.json"
CASES=${CASES:-all}
if [ "$CASES" != integrations ]; then
  run_case "article detail (hot set of 1,000 ids)" "$BASE/api/v1/articles" "$OUT/detail-hot.paths"
  run_case "article detail, If-None-Match (304)" "$BASE/api/v1/articles/$ID" "" "If-None-Match: $ETAG"
  run_case "list newest (20)" "$BASE/api/v1/articles"
  run_case "list by section (economy + energy)" "$BASE/api/v1/articles?section=economy"
  run_case "list, cursor page $DEEP_PAGE" "$BASE$DEEP"
  run_case "comments of an article (most commented)" "$BASE/api/v1/articles/$COMMENTED/comments"
  run_case "search: one word (20 queries)" "$BASE/api/v1/articles" "$OUT/one-word.paths"
  run_case "search: two words (10 queries)" "$BASE/api/v1/articles" "$OUT/two-words.paths"
  run_case "search: phrase (8 queries)" "$BASE/api/v1/articles" "$OUT/phrase.paths"
  run_case "search: with filters (6 queries)" "$BASE/api/v1/articles" "$OUT/with-filters.paths"
  run_case "suggestions (12 prefixes, 2 with typos)" "$BASE/api/v1/search/suggest" "$OUT/suggest.paths"
  # Uncached: each path is asked once, so every request misses the response cache and runs its SQL (a path asked
  # again once a fast server is through the list gets &pass=N). A list page by number (page=1, 2, ...) is the
  # baseline: 20 article summaries, as a search page has, without the search.
  export BENCH_DISTINCT=1
  seq 1 5000 | sed 's|^|/api/v1/articles?limit=19\&page=|' > "$OUT/list-pages-warm-up.paths"
  seq 1 5000 | sed 's|^|/api/v1/articles?page=|' > "$OUT/list-pages.paths"
  BENCH_PATHS="$OUT/list-pages-warm-up.paths" wrk -t 2 -c "$CONNECTIONS" -s bench/wrk-report.lua -d 3s \
    "$BASE/api/v1/articles" >/dev/null 2>&1
  run_case "list, uncached: page=1, 2, 3... each once" "$BASE/api/v1/articles" "$OUT/list-pages.paths" "" 0
  # Search warms up on other words than it is measured on (JIT, PostgreSQL's buffers), for 150 s: a server that runs
  # for days has compiled its search path, and this one has not after 30 s. Measured on 2026-11-30 (jstat -compiler):
  # in the second minute of first-time searches the JIT compiled for 18 s of CPU in 20 s, with searches at 60-70% of
  # the rate they reach once it is done; after three minutes under 1 s in 20 s.
  BENCH_PATHS="$OUT/distinct-words-warm-up.paths" wrk -t 2 -c "$CONNECTIONS" -s bench/wrk-report.lua -d 150s \
    "$BASE/api/v1/articles" >/dev/null 2>&1
  run_case "search, uncached: $(wc -l < "$OUT/distinct-words.paths") distinct words, each once" "$BASE/api/v1/articles" \
    "$OUT/distinct-words.paths" "" 0

  BENCH_PATHS="$OUT/distinct-prefixes-warm-up.paths" wrk -t 2 -c "$CONNECTIONS" -s bench/wrk-report.lua -d 30s \
    "$BASE/api/v1/search/suggest" >/dev/null 2>&1
  run_case "suggestions, uncached: $(wc -l < "$OUT/distinct-prefixes.paths") distinct beginnings of words, each once" \
    "$BASE/api/v1/search/suggest" "$OUT/distinct-prefixes.paths" "" 0

fi

FIRST_TIME="$OUT/first-time.txt"
: > "$FIRST_TIME"
if [ "$CASES" != reads ]; then
  unset BENCH_DISTINCT
  SITE=$(curl -fs "$BASE/api/v1/articles/$ID" | python3 -c "import json,sys; print(json.load(sys.stdin)['url'].split('/articles/')[0])")
  sed 's|$|/structured-data|' "$OUT/detail-hot.paths" > "$OUT/structured-data.paths"
  python3 -c "import sys, urllib.parse
for line in open(sys.argv[1]):
    print('/api/v1/oembed?url=' + urllib.parse.quote(sys.argv[2] + '/articles/' + line.strip().rsplit('/', 1)[1], safe=''))" \
    "$OUT/detail-hot.paths" "$SITE" > "$OUT/oembed.paths"
  run_case "feed: site RSS, 30 excerpts (cached)" "$BASE/feeds/rss.xml"
  run_case "feed: section Atom, economy + energy (cached)" "$BASE/feeds/sections/economy/atom.xml"
  run_case "feed: site JSON Feed, full=true (cached)" "$BASE/feeds/feed.json?full=true"
  run_case "sitemap: news, last 48 hours (cached)" "$BASE/sitemaps/news.xml"
  run_case "sitemap: index (cached)" "$BASE/sitemaps/index.xml"
  run_case "sitemap: articles-1, 10,000 URLs (cached)" "$BASE/sitemaps/articles-1.xml"
  run_case "structured data (hot set of 1,000 ids, cached)" "$BASE/api/v1/articles" "$OUT/structured-data.paths"
  run_case "oEmbed (hot set of 1,000 article URLs, cached)" "$BASE/api/v1/oembed" "$OUT/oembed.paths"
  # First-time answers, one request at a time (bench/one_client.py: each path once, with a query parameter that
  # misses the response cache), after a warm-up of the same kind: the server's time for an output it builds.
  PAGES=$(curl -fs "$BASE/sitemaps/index.xml" | grep -o 'articles-[0-9]*\.xml' | sort -u | wc -l)
  seq 1 600 | sed 's|^|/feeds/rss.xml?warm=|' > "$OUT/feed-warm-up.paths"
  seq 1 300 | sed 's|^|/feeds/rss.xml?n=|' > "$OUT/feed-first.paths"
  seq 1 300 | sed 's|^|/feeds/rss.xml?full=true\&n=|' > "$OUT/feed-full-first.paths"
  for n in $(seq 1 6); do seq 1 "$PAGES" | sed "s|^|/sitemaps/articles-|; s|\$|.xml?warm=$n|"; done > "$OUT/sitemap-warm-up.paths"
  for n in $(seq 1 5); do seq 1 "$PAGES" | sed "s|^|/sitemaps/articles-|; s|\$|.xml?n=$n|"; done > "$OUT/sitemap-first.paths"
  python3 bench/one_client.py "$PORT" "$OUT/feed-warm-up.paths" 600 warm >/dev/null
  python3 bench/one_client.py "$PORT" "$OUT/sitemap-warm-up.paths" 1000 warm >/dev/null
  { printf 'site RSS feed, 30 excerpts: '; python3 bench/one_client.py "$PORT" "$OUT/feed-first.paths" 300 | head -n 1
    printf 'site RSS feed, 30 whole articles: '; python3 bench/one_client.py "$PORT" "$OUT/feed-full-first.paths" 300 | head -n 1
    printf 'sitemap page of %s URLs (%s pages, %s bytes): ' "$(curl -fs "$BASE/sitemaps/articles-1.xml" | grep -o '<loc>' | wc -l)" \
      "$PAGES" "$(curl -fs "$BASE/sitemaps/articles-1.xml" | wc -c)"
    python3 bench/one_client.py "$PORT" "$OUT/sitemap-first.paths" 1000 | head -n 1; } >> "$FIRST_TIME"
fi

python3 bench/table.py "$RESULTS"
if [ -s "$FIRST_TIME" ]; then
  echo
  echo "First-time answers, one client, each path once:"
  cat "$FIRST_TIME"
fi
RSS=$(ps -o rss= -p $SERVER | tr -d ' ')
echo
echo "start-up to ready: $STARTUP_MS ms; server RSS after the run: $(( RSS / 1024 )) MB (heap capped at 256 MB);"
echo "article JSON: $BYTES bytes; archive: $(psql_value 'select count(*) from article') articles, $(psql_value 'select count(*) from comment') comments"
echo "server log lines mentioning errors: $(grep -c -i -E "exception|error" "$OUT/server.log" || true)"
psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 -v schema="$SCHEMA" -f bench/explain.sql > "$OUT/explain.txt"
echo "query plans: $OUT/explain.txt"
