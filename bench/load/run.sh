#!/usr/bin/env bash
# Load test of POST /api/assessments: starts the web app (Release) on loopback with a fresh SQLite database,
# drives it with wrk, and prints throughput, p50/p90/p99 latency and errors per step. Two series:
#   paced (RATES): a fixed number of connections (PACED_CONNECTIONS, default 16), each waiting
#     PACED_CONNECTIONS × 1000 / RATE ms before every request, so the offered rate steps up through RATES
#     (requests/s; the achieved rate is what the table reports) — the issue's "increasing rates";
#   saturating (STEPS): connection counts with no pause, i.e. the most the machine serves.
#   bench/load/run.sh                       # 60 s per step (the issue's protocol)
#   DURATION=10s RATES="1000 2000" STEPS="16" bench/load/run.sh
# Only loopback traffic; every step is bounded by DURATION. Results go to bench/load/results-<date>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-60s}
STEPS=${STEPS:-"1 4 16 64"}
RATES=${RATES:-"500 1000 2000 2500 4000"}
PACED_CONNECTIONS=${PACED_CONNECTIONS:-16}
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
  echo "Load average before the first step: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| series | offered | connections | requests/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$out"
step() {  # series offered connections [delay-ms]
  local c="$3" t json
  t=$(( c < THREADS ? c : THREADS ))
  json=$(FERRUM_LOAD_BODY="$BODY" FERRUM_LOAD_DELAY_MS="${4:-}" wrk -t"$t" -c"$c" -d"$DURATION" -s bench/load/post-assessment.lua \
    "http://127.0.0.1:$PORT/api/assessments" | grep '^{')
  /usr/bin/python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("| %s | %s | %s | %.0f | %.2f | %.2f | %.2f | %.1f | %d | %d |" % (sys.argv[2], sys.argv[3], sys.argv[4], r["rps"], r["p50Ms"], r["p90Ms"], r["p99Ms"], r["maxMs"], r["non2xx"], r["socketErrors"]))' \
    "$json" "$1" "$2" "$c" | tee -a "$out"
}
for rate in $RATES; do
  step paced "$rate/s" "$PACED_CONNECTIONS" "$(( PACED_CONNECTIONS * 1000 / rate ))"
done
for c in $STEPS; do
  step saturating "max" "$c"
done
echo "Load average after the last step: $(cut -d' ' -f1-3 /proc/loadavg)." >>"$out"
echo
echo "written: $out"
