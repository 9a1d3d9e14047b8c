#!/usr/bin/env bash
# Bulk screening benchmark: a synthetic FHIR Bulk Data export of N patients (default 1,000,000), screened by
# `ferrum assess --bulk` and by the standard-library Python baseline (bench/peers/bulk_baseline.py) doing the
# same join and a simple threshold rule. Also runs Ferrum on N/10 patients to show memory is flat in N.
# Writes bench/results/bulk.md. Usage: bench/bulk.sh [N] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
WORK=${2:-$(mktemp -d /tmp/ferrum-bulk-bench.XXXXXX)}
DATE=2026-11-01
BIN="$WORK/ferrum"
dotnet publish src/Ferrum.Cli -c Release -o "$BIN" -nologo -v:q >/dev/null
ferrum() { DOTNET_gcServer=1 dotnet "$BIN/ferrum.dll" "$@"; }

run_ferrum() { # run_ferrum IN OUT -> "seconds mb_per_s patients_per_s peak_mb"
  local in=$1 out=$2
  /usr/bin/time -f '%M' -o "$WORK/time.txt" env DOTNET_gcServer=1 dotnet "$BIN/ferrum.dll" assess --bulk "$in" --out "$out" --date $DATE --format json > "$WORK/report.json" 2>/dev/null
  python3 - "$WORK/report.json" "$WORK/time.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); peak = int(open(sys.argv[2]).read().split()[-1]) / 1024
print(f"{r['seconds']:.1f} {r['uncompressedBytes']/1e6/r['seconds']:.1f} {r['patients']/r['seconds']:.0f} {peak:.0f} {r['patients']} {r['uncompressedBytes']/1e6:.0f} {r['scanSeconds']:.1f}")
PY
}

small=$((N / 10))
for n in $small $N; do
  [ -d "$WORK/in-$n" ] || ferrum synth fhir --patients "$n" --out "$WORK/in-$n" --date $DATE --seed 1 >/dev/null 2>&1
done
read -r fs fmb fps fpeak fn fbytes fscan < <(run_ferrum "$WORK/in-$N" "$WORK/out-$N")
read -r ss smb sps speak sn sbytes sscan < <(run_ferrum "$WORK/in-$small" "$WORK/out-$small")
/usr/bin/time -f '%M' -o "$WORK/ptime.txt" /usr/bin/python3 bench/peers/bulk_baseline.py "$WORK/in-$N" "$WORK/py-$N" > "$WORK/py.json"
read -r ps pmb pps < <(python3 -c "import json;r=json.load(open('$WORK/py.json'));print(r['seconds'],r['mbPerSecond'],round(r['patientsPerSecond']))")
ppeak=$(( $(tail -1 "$WORK/ptime.txt") / 1024 ))
load=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p bench/results
cat > bench/results/bulk.md <<MD
# Bulk screening benchmark

\`bench/bulk.sh $N\` on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d) UTC;
load average at the end: $load (the machine is shared; numbers are from one run).
Input: synthetic export (\`ferrum synth fhir --seed 1\`), plain NDJSON, $fbytes MB for $fn patients.

| run | patients | MB | seconds | MB/s | patients/s | peak RSS MB |
|---|---:|---:|---:|---:|---:|---:|
| ferrum assess --bulk (engine, FHIR NDJSON + CSV out) | $fn | $fbytes | $fs | $fmb | $fps | $fpeak |
| ferrum assess --bulk, N/10 | $sn | $sbytes | $ss | $smb | $sps | $speak |
| Python stdlib json baseline (join + threshold rule) | $N | $fbytes | $ps | $pmb | $pps | $ppeak |

Ferrum / baseline throughput: $(python3 -c "print(round($fmb/$pmb, 2))")×. Ferrum's first pass (read, scan, spill)
took $fscan s of $fs s ($(python3 -c "print(round($fbytes/$fscan,1))") MB/s); the rest is join, full guideline assessment
and writing results. Peak memory N/10 → N: $speak → $fpeak MB (Ferrum, partitioned join) versus the baseline's
in-memory dictionary.
MD
cat bench/results/bulk.md
