#!/usr/bin/env bash
# Plans one day over the full USDA SR28 table with Ferrum (OR-Tools GLOP, BenchmarkDotNet) and solves the very same
# LP with scipy.optimize.linprog (HiGHS, Debian python3-scipy), then writes bench/results/diet-plan.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
dotnet run -c Release --project bench/Ferrum.Benchmarks -- --filter '*DietPlanBenchmarks*' --job short \
  --artifacts bench/results/bdn --exporters markdown >/dev/null
report=$(ls bench/results/bdn/results/*DietPlanBenchmarks*-report-github.md)
peer=$(/usr/bin/python3 bench/peers/linprog.py bench/results/diet-plan-sr28.mps 5)
{
  echo "# Diet planning benchmark"
  echo
  echo "Machine: $(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); run $(date -u +%Y-%m-%dT%H:%MZ)."
  echo
  echo "## Ferrum (BenchmarkDotNet, ShortRun)"
  echo
  sed -n '/^|/p' "$report"
  echo
  echo "Ferrum LP: $(tr '\n' ' ' < bench/results/diet-plan-sr28.ferrum.txt)"
  echo
  echo "## scipy.optimize.linprog (HiGHS) on the same LP (bench/results/diet-plan-sr28.mps)"
  echo
  echo '```'
  echo "$peer"
  echo '```'
} > bench/results/diet-plan.md
cat bench/results/diet-plan.md
