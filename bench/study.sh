#!/usr/bin/env bash
# A 10,000-subject, 20-biomarker case–control study from CSV to report: `ferrum study analyze` (Release build)
# beside bench/peers/study.R doing the same steps in R 4.2 + pROC 1.18, on the same data, in one run.
# Writes bench/results/study.md.  Usage: bench/study.sh [--subjects N] [--runs K]
# Both are timed end to end as processes (start-up, reading the CSV, analyses, tables, figures; Ferrum also writes
# report.html and results.json, which R does not). Reported: elapsed (wall) and CPU (user + system) seconds, the
# fastest of K runs each; on a shared, loaded machine the CPU time is the fairer measure.
set -uo pipefail
cd "$(dirname "$0")/.."
subjects=10000; runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --subjects) subjects="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v Rscript >/dev/null && Rscript -e 'suppressMessages(library(pROC))' >/dev/null 2>&1 || { echo "R with pROC is required (apt-get install r-cran-proc)" >&2; exit 1; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
/usr/bin/python3 bench/peers/study_data.py "$subjects" "$work/data.csv" "$work/spec.yaml" || exit 1
dotnet build -c Release src/Ferrum.Cli -nologo -v:q -clp:ErrorsOnly >&2 || exit 1
ferrum=$(ls src/Ferrum.Cli/bin/Release/net*/ferrum.dll | head -n 1)

best() { sort -g | head -n 1; }
time_runs() { # label command... → "elapsed cpu" of the fastest run by CPU
  local label=$1; shift
  for i in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >"$work/log" 2>&1 || { echo "$label failed:" >&2; tail -5 "$work/log" >&2; exit 1; }
    awk '{ printf "%.2f %.2f\n", $2 + $3, $1 }' "$work/t"
    echo "$label run $i: $(cat "$work/t")" >&2
  done | sort -g | head -n 1
}
read -r f_cpu f_wall < <(time_runs ferrum dotnet "$ferrum" study analyze "$work/data.csv" --spec "$work/spec.yaml" --out "$work/out")
read -r r_cpu r_wall < <(time_runs R Rscript bench/peers/study.R "$work/data.csv" "$work/out")
ratio=$(awk -v a="$r_cpu" -v b="$f_cpu" 'BEGIN { printf "%.2f", a / b }')
cores=$(nproc); load=$(cut -d' ' -f1 /proc/loadavg)
mkdir -p bench/results
cat > bench/results/study.md <<MD
# Study pipeline: ${subjects} subjects × 20 biomarkers, CSV → report

Measured $(date -u +%Y-%m-%d) on $(uname -m), ${cores} cores, load average ${load} at the end of the run, fastest of ${runs} runs by CPU time.
Data: bench/peers/study_data.py (seeded; half cases; 2% missing values). Ferrum: \`ferrum study analyze\` (Release),
Table 1, Wilcoxon + Hodges–Lehmann, Welch t, ROC + DeLong CI + Youden, 19 paired DeLong tests, Spearman within cases,
20 adjusted logistic models, Holm, 6 CSV tables, 41 figures as PNG and SVG, report.html, results.json, provenance.json.
R: bench/peers/study.R, the same statistics with R 4.2 and pROC 1.18, CSV tables and 41 PNG figures (no HTML).

| tool | CPU seconds (user + sys) | elapsed seconds |
|---|---:|---:|
| Ferrum | ${f_cpu} | ${f_wall} |
| R 4.2 + pROC 1.18 | ${r_cpu} | ${r_wall} |

R / Ferrum CPU-time ratio: **${ratio}** (above 1: Ferrum is faster).
MD
cat bench/results/study.md
