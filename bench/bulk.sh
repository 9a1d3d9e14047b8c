#!/usr/bin/env bash
# Bulk screening benchmark: a synthetic FHIR Bulk Data export of N patients (default 1,000,000), screened by
# `ferrum assess --bulk` and by the standard-library Python baseline (bench/peers/bulk_baseline.py) doing the
# same join and a simple threshold rule. Also runs Ferrum on N/10 patients to show memory is flat in N.
# Measures wall time and CPU time (user + system, /usr/bin/time): on a shared machine wall time depends on the
# other jobs, CPU time much less, so both are reported, with the load average before and after.
# Writes bench/results/bulk.md. Usage: bench/bulk.sh [N] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
WORK=${2:-$(mktemp -d /tmp/ferrum-bulk-bench.XXXXXX)}
DATE=2026-11-01
BIN=${FERRUM_BIN:-$WORK/ferrum}   # FERRUM_BIN: an already published build (skips the publish)
[ -n "${FERRUM_BIN:-}" ] || dotnet publish src/Ferrum.Cli -c Release -o "$BIN" -nologo -v:q >/dev/null
ferrum() { dotnet "$BIN/ferrum.dll" "$@"; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# timed OUT_PREFIX CMD... -> OUT_PREFIX.time holds "wall user sys peak_kb"
timed() { local out=$1; shift; /usr/bin/time -f '%e %U %S %M' -o "$out.time" "$@"; }

run_ferrum() { # run_ferrum IN OUT -> "wall mb/s patients/s cpu mb_per_cpu peak_mb patients mb scan_s scan_cpu"
  local in=$1 out=$2
  rm -rf "$out"
  timed "$out" dotnet "$BIN/ferrum.dll" assess --bulk "$in" --out "$out" --date $DATE --format json > "$out.json" 2>/dev/null
  python3 - "$out.json" "$out.time" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); wall, user, sys_, peak = open(sys.argv[2]).read().split()[-4:]
cpu = float(user) + float(sys_); mb = r['uncompressedBytes'] / 1e6; wall = float(wall)
print(f"{wall:.1f} {mb/wall:.1f} {r['patients']/wall:.0f} {cpu:.1f} {mb/cpu:.1f} {int(peak)/1024:.0f} {r['patients']} {mb:.0f} {r['scanSeconds']:.1f} {r['scanCpuSeconds']:.1f}")
PY
}

small=$((N / 10))
for n in $small $N; do
  [ -d "$WORK/in-$n" ] || ferrum synth fhir --patients "$n" --out "$WORK/in-$n" --date $DATE --seed 1 >/dev/null 2>&1
done
read -r fw fmb fps fcpu fmbc fpeak fn fbytes fscan fscancpu < <(run_ferrum "$WORK/in-$N" "$WORK/out-$N")
read -r sw smb sps scpu smbc speak sn sbytes sscan sscancpu < <(run_ferrum "$WORK/in-$small" "$WORK/out-$small")
timed "$WORK/py" /usr/bin/python3 bench/peers/bulk_baseline.py "$WORK/in-$N" "$WORK/py-$N" > "$WORK/py.json"
read -r pw pmb pps pcpu pmbc ppeak < <(python3 - "$WORK/py.json" "$WORK/py.time" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); wall, user, sys_, peak = open(sys.argv[2]).read().split()[-4:]
cpu = float(user) + float(sys_); mb = r['bytes'] / 1e6; wall = float(wall)
print(f"{wall:.1f} {mb/wall:.1f} {r['patients']/wall:.0f} {cpu:.1f} {mb/cpu:.1f} {int(peak)/1024:.0f}")
PY
)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
ratio() { python3 -c "print(round($1/$2, 1))"; }
mkdir -p bench/results
cat > bench/results/bulk.md <<MD
# Bulk screening benchmark

\`bench/bulk.sh $N\` on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d) UTC.
Load average before: $LOAD_BEFORE; after: $LOAD_AFTER (the machine is shared with other jobs; one run each).
Input: synthetic export (\`ferrum synth fhir --seed 1\`), plain NDJSON, $fbytes MB for $fn patients.
CPU s = user + system seconds of the whole process (/usr/bin/time), including .NET or Python start-up.

| run | patients | MB | wall s | MB/s | patients/s | CPU s | MB per CPU s | peak RSS MB |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| ferrum assess --bulk (full assessment, FHIR NDJSON + CSV + errors out) | $fn | $fbytes | $fw | $fmb | $fps | $fcpu | $fmbc | $fpeak |
| ferrum assess --bulk, N/10 | $sn | $sbytes | $sw | $smb | $sps | $scpu | $smbc | $speak |
| Python stdlib json baseline (join + threshold rule, one thread) | $N | $fbytes | $pw | $pmb | $pps | $pcpu | $pmbc | $ppeak |

Ferrum / baseline: $(ratio "$fmb" "$pmb")× in wall-clock throughput, $(ratio "$fmbc" "$pmbc")× in MB per CPU second.
Ferrum's first pass (read, scan, spill) took $fscan s wall and $fscancpu CPU s of the $fw s; the rest is the join, the
full guideline assessment and writing results. Peak memory N/10 → N: $speak → $fpeak MB (Ferrum, partitioned
join) versus the baseline's in-memory dictionary ($ppeak MB at N).
MD
cat bench/results/bulk.md
