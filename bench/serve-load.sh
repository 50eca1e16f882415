#!/usr/bin/env bash
# Load on loopback with Debian's wrk against a store built by ServeBench build (docs/server.md):
# start-up time, story reads, search, then sustained ingest with reads at the same time.
# usage: bench/serve-load.sh STORE_DIR [SECONDS]     (needs wrk, curl, python3; port 18080)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STORE="$1"; SECS="${2:-30}"; PORT=18080; URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

start=$(date +%s.%N)
REVUE_FULL_JIT=1 REVUE_JAVA_OPTS="-Xmx2g" "$ROOT/revue" serve --data "$STORE" --port $PORT 2> "$WORK/server.log" &
PID=$!
for _ in $(seq 1 600); do curl -sf "$URL/api/health" > /dev/null && break; sleep 0.05; done
echo "start-up (launcher included): $(python3 -c "print(round($(date +%s.%N) - $start, 2))") s; $(curl -s "$URL/api/health")"
JPID=$(pgrep -f "revue-cli.jar serve --data $STORE" | head -1)

curl -s "$URL/api/stories?limit=200&sort=biggest" | python3 -c "import json,sys; [print(s['id']) for s in json.load(sys.stdin)['stories']]" > "$WORK/ids"
printf "%s\n" gouvernement pr%C3%A9sident ministre accord guerre %C3%A9lection police Paris crise prix%20du%20p%C3%A9trole > "$WORK/words"
python3 - "$ROOT/../shared/data/rpm2-fr-dev.jsonl" > "$WORK/texts" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    for d in json.loads(line)["docs"]:
        print(json.dumps(d["text"]))
PY
cpu() { awk '{print $14 + $15}' "/proc/$JPID/stat"; }
tick=$(getconf CLK_TCK)

echo "== story reads (${SECS}s, 2 threads, 16 connections)"
REVUE_IDS="$WORK/ids" wrk -t2 -c16 -d"${SECS}s" --latency -s "$ROOT/bench/wrk/story.lua" "$URL" | grep -E "Requests/sec|Latency|99%|50%"
echo "== search (${SECS}s, 2 threads, 16 connections)"
REVUE_WORDS="$WORK/words" wrk -t2 -c16 -d"${SECS}s" --latency -s "$ROOT/bench/wrk/search.lua" "$URL" | grep -E "Requests/sec|Latency|99%|50%"

echo "== ingest (batches of 50, 2 connections) with story reads at the same time (${SECS}s)"
before=$(curl -s "$URL/api/health" | python3 -c "import json,sys; print(json.load(sys.stdin)['articles'])")
c0=$(cpu)
REVUE_TEXTS="$WORK/texts" REVUE_BATCH=50 wrk -t1 -c2 -d"${SECS}s" --latency -s "$ROOT/bench/wrk/ingest.lua" "$URL" > "$WORK/ingest.out" &
WI=$!
REVUE_IDS="$WORK/ids" wrk -t1 -c4 -d"${SECS}s" --latency -s "$ROOT/bench/wrk/story.lua" "$URL" | grep -E "Requests/sec|99%|50%" | sed 's/^/reads during ingest: /'
wait $WI
grep -E "Requests/sec|99%" "$WORK/ingest.out" | sed 's/^/ingest requests: /'
accepted=$(( $(curl -s "$URL/api/health" | python3 -c "import json,sys; print(json.load(sys.stdin)['articles'])") - before ))
echo "accepted: $accepted articles in ${SECS}s = $(( accepted / SECS )) articles/s (durable)"
t0=$(date +%s.%N)
for _ in $(seq 1 36000); do
  p=$(curl -s "$URL/api/health" | python3 -c "import json,sys; print(json.load(sys.stdin)['pending'])"); [ "$p" = 0 ] && break; sleep 0.1; done
c1=$(cpu)
echo "processed after ingest stopped: $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s more; server CPU during ingest+processing: $(( (c1 - c0) / tick )) s"
echo "server heap: $(jcmd "$JPID" GC.heap_info 2>/dev/null | head -2 | tail -1 || true)"
