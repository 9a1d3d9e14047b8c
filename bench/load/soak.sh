#!/usr/bin/env bash
# Soak test of `ferrum serve` on loopback: POST /api/assessments at steady concurrency for DURATION with wrk,
# sampling the server's resident memory every 10 s; then two graceful-shutdown checks: drain (SIGTERM while the server
# holds 32 slow in-flight requests: all answered 200, exit 0) and race (SIGTERM while requests arrive: every connection
# the server accepted is answered; ones still in the kernel's accept queue are reset, which the server never saw).
#   bench/load/soak.sh                          # 10 minutes, 4 connections (the issue's protocol)
#   DURATION=2m bench/load/soak.sh              # shorter run
#   RACE_ROUNDS=6 DRAIN_RATE=250                 # race rounds; upload rate (bytes/s) of the drain check's requests
#   SHUTDOWN_ONLY=1 bench/load/soak.sh           # 30 s of load, then the shutdown checks
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
if [ "${SHUTDOWN_ONLY:-0}" = 1 ]; then DURATION=30s; fi   # only the shutdown checks matter: a 30 s load phase

# RSS every 10 s while wrk runs (seconds since start, MiB).
( t=0; while kill -0 "$server_pid" 2>/dev/null; do echo "$t $(rss_mb)"; sleep 10; t=$((t + 10)); done ) >"$work/rss.txt" &
sampler_pid=$!
json=$(FERRUM_LOAD_BODY="$BODY" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/load/post-assessment.lua "http://127.0.0.1:$PORT/api/assessments" | grep '^{')
kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""

# Graceful shutdown, two checks (see docs/security.md, "Load and soak").
# 1. Drain (pass/fail): 32 POSTs whose bodies upload slowly (curl --limit-rate, ~5 s each). SIGTERM is sent only once
#    the server holds all 32 connections (ss: 32 established, nothing left in the listen backlog), so every request is
#    provably inside Kestrel; each must be answered 200 and the server must exit 0.
stopped_at=""
drain_check() {
  local n=32 i
  for i in $(seq 1 $n); do
    ( set +e; code=$(curl -s -o /dev/null -w '%{http_code}' --limit-rate "$DRAIN_RATE" -X POST -H 'Content-Type: application/json' \
        --data-binary "@$BODY" "http://127.0.0.1:$PORT/api/assessments"); echo "$? $code" >"$work/drain-$i" ) &
  done
  for _ in $(seq 1 100); do
    est=$(ss -Htn state established "( sport = :$PORT )" | wc -l)
    backlog=$(ss -Hltn "( sport = :$PORT )" | awk '{print $2}')
    [ "$est" -ge "$n" ] && [ "$backlog" = 0 ] && break
    sleep 0.05
  done
  local t0; t0=$(date +%s.%N)
  kill -TERM "$server_pid"
  set +e; wait "$server_pid"; drain_exit=$?; set -e
  stopped_at=$(echo "$(date +%s.%N) - $t0" | bc)
  server_pid=""
  wait
  drain_held=$est; drain_ok=0; drain_lost=0
  for i in $(seq 1 $n); do
    if [ -f "$work/drain-$i" ] && [ "$(cat "$work/drain-$i")" = "0 200" ]; then drain_ok=$((drain_ok + 1)); else drain_lost=$((drain_lost + 1)); fi
  done
}
DRAIN_RATE=${DRAIN_RATE:-250}
drain_check

# 2. Race (pass/fail on what the server saw): a fresh server that logs connections and requests; SIGTERM while 32 fast
#    POSTs are still being launched. Connections the kernel queued but Kestrel never accepted are reset when the
#    listener closes (curl 56/55) or refused (7): the server never saw those requests. The check passes when every
#    request Kestrel started finished and was answered 200 at the client, and the server exited 0.
start_server_logged() {
  env 'Logging__LogLevel__Microsoft.AspNetCore.Server.Kestrel.Connections=Debug' \
      'Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics=Information' \
      dotnet src/Ferrum.Cli/bin/Release/net10.0/ferrum.dll serve --urls "http://127.0.0.1:$PORT" --db "sqlite:$work/ferrum.db" \
      >"$work/race-server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.5; done
  echo "server did not start" >&2; exit 1
}
race_rounds=${RACE_ROUNDS:-6}
race_rows=""
race_bad=0
for round in $(seq 1 "$race_rounds"); do
  start_server_logged
  sleep 1   # the console logger writes asynchronously: let the health check's lines land before the baseline
  c0=$(grep -c ' accepted\.' "$work/race-server.log" || true)
  rm -f "$work"/race-*.out
  at=$(( (round % 4) * 8 + 4 ))   # SIGTERM after launching 12, 20, 28 or 4 of the 32 requests
  for i in $(seq 1 32); do
    ( set +e; code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "@$BODY" \
        "http://127.0.0.1:$PORT/api/assessments"); echo "$? $code" >"$work/race-$i.out" ) &
    [ "$i" = "$at" ] && kill -TERM "$server_pid"
  done
  set +e; wait "$server_pid"; rexit=$?; set -e
  server_pid=""
  wait
  conns=$(( $(grep -c ' accepted\.' "$work/race-server.log" || true) - c0 ))
  started=$(grep -c 'Request starting HTTP/1.1 POST .*/api/assessments' "$work/race-server.log" || true)
  finished=$(grep -c 'Request finished HTTP/1.1 POST .*/api/assessments - 200' "$work/race-server.log" || true)
  ok=$(cat "$work"/race-*.out | grep -c '^0 200$' || true)
  refused=$(cat "$work"/race-*.out | grep -c '^7 ' || true)
  reset=$((32 - ok - refused))
  verdict=yes
  # A connection accepted but closed before its request line arrived (curl 52) was never a request to the server:
  # counted as conns > started, not as a failure.
  if [ "$started" != "$finished" ] || [ "$finished" != "$ok" ] || [ "$rexit" != 0 ]; then verdict=NO; race_bad=$((race_bad + 1)); fi
  race_rows+="| $round | $at | $conns | $started | $finished | $ok | $reset | $refused | $rexit | $verdict |"$'\n'
done

out=${OUT:-bench/results/soak-$(date -u +%Y-%m-%d).md}
/usr/bin/python3 - "$json" "$work/rss.txt" "$RSS_GROWTH_MAX_MB" "$drain_held" "$drain_ok" "$drain_lost" "$drain_exit" "$DURATION" "$CONNECTIONS" "$out" "$stopped_at" "$race_bad" "$race_rounds" "$race_rows" <<'PY'
import json, statistics, sys
r = json.loads(sys.argv[1])
samples = [tuple(map(float, l.split())) for l in open(sys.argv[2]) if len(l.split()) == 2]
bound = float(sys.argv[3]); held, answered, lost, code = map(int, sys.argv[4:8])
duration, conns, out, drain_s = sys.argv[8], sys.argv[9], sys.argv[10], float(sys.argv[11])
race_bad, race_rounds, race_rows = int(sys.argv[12]), int(sys.argv[13]), sys.argv[14]
first = samples[0][1]
last_minute = [m for t, m in samples if t >= samples[-1][0] - 60]
end = statistics.median(last_minute)
growth = end - first
checks = [
    ("no non-2xx answers", r["non2xx"] == 0, str(r["non2xx"])),
    ("no socket errors", r["socketErrors"] == 0, str(r["socketErrors"])),
    (f"RSS growth <= {bound:.0f} MiB", growth <= bound, f"{first:.1f} -> {end:.1f} MiB ({growth:+.1f})"),
    ("drain: 32 requests held by the server at SIGTERM all answered 200", held >= 32 and lost == 0,
     f"{held} connections held, {answered} answered 200, {lost} lost; server stopped {drain_s:.1f} s after SIGTERM"),
    ("drain: server exits 0 after SIGTERM", code == 0, str(code)),
    (f"race: every request the server started was answered 200 ({race_rounds} rounds)", race_bad == 0, f"{race_bad} rounds failed"),
]
ok = all(c[1] for c in checks)
with open(out, "w") as f:
    f.write(f"# Soak: POST /api/assessments on `ferrum serve` (SQLite), {duration}, {conns} connections\n\n")
    f.write(f"Result: **{'PASS' if ok else 'FAIL'}**. {r['requests']} requests, {r['rps']:.0f}/s, p50 {r['p50Ms']:.2f} ms, "
            f"p99 {r['p99Ms']:.2f} ms, max {r['maxMs']:.1f} ms.\n\n| check | ok | measured |\n|---|---|---|\n")
    for name, passed, measured in checks:
        f.write(f"| {name} | {'yes' if passed else 'NO'} | {measured} |\n")
    f.write("\nRace rounds (SIGTERM while 32 POSTs are launched; server counts from Kestrel's connection log and the hosting "
            "request log; client outcomes from curl: reset = connection reset before any answer, refused = curl exit 7):\n\n"
            "| round | SIGTERM after | connections accepted | requests started | requests finished | client 200 | client reset | client refused | server exit | ok |\n"
            "|---|---|---|---|---|---|---|---|---|---|\n" + race_rows)
    f.write("\nRSS samples (s, MiB): " + ", ".join(f"{t:.0f}:{m:.0f}" for t, m in samples) + "\n")
print(open(out).read())
sys.exit(0 if ok else 1)
PY
