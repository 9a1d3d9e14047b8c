#!/usr/bin/env bash
# Soak test of `ferrum serve` on loopback: POST /api/assessments at steady concurrency for DURATION with wrk,
# sampling the server's resident memory every 10 s; then a graceful-shutdown check (SIGTERM while requests are
# in flight: every request the server accepted must get its answer, and the server must exit 0).
#   bench/load/soak.sh                          # 10 minutes, 4 connections (the issue's protocol)
#   DURATION=2m bench/load/soak.sh              # shorter run
# Pass/fail bounds: no non-2xx answers, no socket errors, RSS growth from the first sample after warm-up to the
# median of the last minute at most RSS_GROWTH_MAX_MB (default 64 MiB). Results go to bench/results/soak-<date>.md
# (or OUT=FILE).
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10m}
CONNECTIONS=${CONNECTIONS:-4}
PORT=${PORT:-5198}
RSS_GROWTH_MAX_MB=${RSS_GROWTH_MAX_MB:-64}
BODY=${BODY:-samples/patients/rls-iron-deficient-adult.json}
command -v wrk >/dev/null || { echo "wrk is required (Debian package wrk)" >&2; exit 1; }

work=$(mktemp -d)
server_pid=""
sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start_server() {
  dotnet src/Ferrum.Cli/bin/Release/net10.0/ferrum.dll serve --urls "http://127.0.0.1:$PORT" --db "sqlite:$work/ferrum.db" \
    >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.5; done
  cat "$work/server.log"; echo "server did not start" >&2; exit 1
}
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$server_pid/status"; }

dotnet build src/Ferrum.Cli -c Release -nologo -v:q -clp:ErrorsOnly
start_server
FERRUM_LOAD_BODY="$BODY" wrk -t1 -c"$CONNECTIONS" -d20s -s bench/load/post-assessment.lua "http://127.0.0.1:$PORT/api/assessments" >/dev/null

# RSS every 10 s while wrk runs (seconds since start, MiB).
( t=0; while kill -0 "$server_pid" 2>/dev/null; do echo "$t $(rss_mb)"; sleep 10; t=$((t + 10)); done ) >"$work/rss.txt" &
sampler_pid=$!
json=$(FERRUM_LOAD_BODY="$BODY" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/load/post-assessment.lua "http://127.0.0.1:$PORT/api/assessments" | grep '^{')
kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""

# Graceful shutdown: 32 requests in flight, then SIGTERM. curl exit 7 = connection refused (never accepted: fine);
# any other failure (empty reply 52, reset 56, or a non-200 code) is a dropped in-flight request.
for i in $(seq 1 32); do
  ( set +e; code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "@$BODY" \
      "http://127.0.0.1:$PORT/api/assessments"); echo "$? $code" >"$work/inflight-$i" ) &
done
sleep 0.05
kill -TERM "$server_pid"
set +e; wait "$server_pid"; exit_code=$?; set -e
server_pid=""
wait
accepted=0; dropped=0; refused=0
# A request without an outcome file counts as dropped.
dropped=$((32 - $(ls "$work"/inflight-* 2>/dev/null | wc -l)))
for f in "$work"/inflight-*; do
  read -r rc code <"$f"
  if [ "$rc" = 0 ] && [ "$code" = 200 ]; then accepted=$((accepted + 1))
  elif [ "$rc" = 7 ]; then refused=$((refused + 1))
  else dropped=$((dropped + 1)); fi
done

out=${OUT:-bench/results/soak-$(date -u +%Y-%m-%d).md}
/usr/bin/python3 - "$json" "$work/rss.txt" "$RSS_GROWTH_MAX_MB" "$accepted" "$dropped" "$refused" "$exit_code" "$DURATION" "$CONNECTIONS" "$out" <<'PY'
import json, statistics, sys
r = json.loads(sys.argv[1])
samples = [tuple(map(float, l.split())) for l in open(sys.argv[2]) if len(l.split()) == 2]
bound = float(sys.argv[3]); accepted, dropped, refused, code = map(int, sys.argv[4:8])
duration, conns, out = sys.argv[8], sys.argv[9], sys.argv[10]
first = samples[0][1]
last_minute = [m for t, m in samples if t >= samples[-1][0] - 60]
end = statistics.median(last_minute)
growth = end - first
checks = [
    ("no non-2xx answers", r["non2xx"] == 0, str(r["non2xx"])),
    ("no socket errors", r["socketErrors"] == 0, str(r["socketErrors"])),
    (f"RSS growth <= {bound:.0f} MiB", growth <= bound, f"{first:.1f} -> {end:.1f} MiB ({growth:+.1f})"),
    ("no in-flight request dropped at SIGTERM", dropped == 0, f"{accepted} answered 200, {refused} refused before accept, {dropped} dropped"),
    ("server exits 0 after SIGTERM", code == 0, str(code)),
]
ok = all(c[1] for c in checks)
with open(out, "w") as f:
    f.write(f"# Soak: POST /api/assessments on `ferrum serve` (SQLite), {duration}, {conns} connections\n\n")
    f.write(f"Result: **{'PASS' if ok else 'FAIL'}**. {r['requests']} requests, {r['rps']:.0f}/s, p50 {r['p50Ms']:.2f} ms, "
            f"p99 {r['p99Ms']:.2f} ms, max {r['maxMs']:.1f} ms.\n\n| check | ok | measured |\n|---|---|---|\n")
    for name, passed, measured in checks:
        f.write(f"| {name} | {'yes' if passed else 'NO'} | {measured} |\n")
    f.write("\nRSS samples (s, MiB): " + ", ".join(f"{t:.0f}:{m:.0f}" for t, m in samples) + "\n")
print(open(out).read())
sys.exit(0 if ok else 1)
PY
