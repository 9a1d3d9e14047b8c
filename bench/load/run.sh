#!/usr/bin/env bash
# Load test of POST /api/assessments: starts the web app (Release) on loopback with a fresh SQLite database,
# drives it with wrk at increasing concurrency, and prints throughput, p50/p90/p99 latency and errors per step.
#   bench/load/run.sh                       # 60 s per step (the issue's protocol)
#   DURATION=10s STEPS="1 8 32" bench/load/run.sh
# Only loopback traffic; every step is bounded by DURATION. Results go to bench/load/results-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-60s}
STEPS=${STEPS:-"1 4 16 64"}
THREADS=${THREADS:-2}
PORT=${PORT:-5199}
BODY=${BODY:-samples/patients/rls-iron-deficient-adult.json}
command -v wrk >/dev/null || { echo "wrk is required (Debian package wrk; scripts/install-test-deps.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/Ferrum.Web -c Release -nologo -v:q -clp:ErrorsOnly
dotnet src/Ferrum.Web/bin/Release/net10.0/Ferrum.Web.dll --urls "http://127.0.0.1:$PORT" \
  --Ferrum:Database="sqlite:$work/ferrum.db" --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { cat "$work/server.log"; echo "server did not start" >&2; exit 1; }

# Warm up (JIT, connection pools) before measuring.
FERRUM_LOAD_BODY="$BODY" wrk -t1 -c4 -d5s -s bench/load/post-assessment.lua "http://127.0.0.1:$PORT/api/assessments" >/dev/null

out="bench/load/results-$(date -u +%Y-%m-%d).md"
{
  echo "# POST /api/assessments load ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk $THREADS threads; $DURATION per step; body \`$BODY\`; SQLite (nothing stored: no patientId)."
  echo
  echo "| connections | requests/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$out"
for c in $STEPS; do
  t=$(( c < THREADS ? c : THREADS ))
  json=$(FERRUM_LOAD_BODY="$BODY" wrk -t"$t" -c"$c" -d"$DURATION" -s bench/load/post-assessment.lua "http://127.0.0.1:$PORT/api/assessments" | grep '^{')
  row=$(/usr/bin/python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("| %s | %.0f | %.2f | %.2f | %.2f | %.1f | %d | %d |" % (sys.argv[2], r["rps"], r["p50Ms"], r["p90Ms"], r["p99Ms"], r["maxMs"], r["non2xx"], r["socketErrors"]))' "$json" "$c")
  echo "$row" | tee -a "$out"
done
echo
echo "written: $out"
