#!/usr/bin/env bash
# Measures the cold start of `ferrum assess` (process start to exit, one sample patient, JSON out)
# and the engine's throughput, and writes bench/results/assess.md.
#   bench/assess-coldstart.sh [RUNS]        (default 20 runs)
# Cold start = wall time of `dotnet ferrum.dll assess SAMPLE --format json` from a Release build,
# median and min over RUNS after one warm-up run (file-system caches warm, JIT caches cold).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
sample=samples/patients/rls-iron-deficient-adult.json
dotnet build src/Ferrum.Cli -c Release -nologo -v:q -clp:ErrorsOnly >/dev/null
dll=src/Ferrum.Cli/bin/Release/net10.0/ferrum.dll
dotnet "$dll" assess "$sample" --format json >/dev/null   # warm-up
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  dotnet "$dll" assess "$sample" --format json >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
min=${sorted[0]}
mkdir -p bench/results
{
  echo "# ferrum assess: cold start"
  echo
  echo "Machine: $(uname -srm), $(nproc) cores, $(dotnet --version) SDK; $(date -u +%Y-%m-%dT%H:%MZ)."
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "| runs | $runs |"
  echo "| median wall time, process start to exit (ms) | $median |"
  echo "| fastest run (ms) | $min |"
  echo
  echo "Engine throughput: \`dotnet run -c Release --project bench/Ferrum.Benchmarks -- --filter '*AssessmentBenchmarks*'\`."
} > bench/results/assess.md
cat bench/results/assess.md
