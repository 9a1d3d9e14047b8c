#!/usr/bin/env bash
# Side-by-side timings of Ferrum and its peers on the same data, in one run, written as a Markdown table to
# bench/results/compare-<UTC date>.md.
#   bench/compare.sh [--sizes "10000 100000 1000000"] [--peer-timeout SECONDS]
# Rows: AUC + DeLong CI (Ferrum vs pROC 1.18 roc()+ci.auc(delong), and vs scikit-learn roc_auc_score, AUC only),
# the floor of sorting the same values once, and — when their peer scripts are present — Mann–Whitney
# (bench/peers/mann_whitney.R) and a 4PL fit of an 8-point curve (bench/peers/*4pl*.py).
# Every time is the fastest of repeated runs inside each program (data loading excluded; the minimum is the
# estimate least disturbed by other load on a shared machine); peers that exceed the
# timeout are reported as such. Peers are installed from Debian packages when missing.
set -uo pipefail
cd "$(dirname "$0")/.."

sizes="10000 100000 1000000"
peer_timeout=900
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --peer-timeout) peer_timeout="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

py=/usr/bin/python3
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
need_peers() {
  local missing=()
  command -v Rscript >/dev/null 2>&1 || missing+=(r-base-core)
  Rscript -e 'suppressMessages(library(pROC))' >/dev/null 2>&1 || missing+=(r-cran-proc)
  "$py" -c 'import numpy, sklearn, scipy' >/dev/null 2>&1 || missing+=(python3-sklearn python3-scipy python3-numpy)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing peers: ${missing[*]}" >&2
    sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
need_peers

echo "building Ferrum.Benchmarks (Release)" >&2
dotnet build -c Release bench/Ferrum.Benchmarks -nologo -v:q -clp:ErrorsOnly >&2 || exit 1
ferrum_dll=$(ls bench/Ferrum.Benchmarks/bin/Release/net*/Ferrum.Benchmarks.dll | head -n 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Same data for everyone: controls N(0,1), cases N(0.8,1), half each, 17 significant digits.
gen_groups() {
  "$py" - "$1" "$2" <<'PY'
import sys
import numpy as np
n, path = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(20261124 + n)
n0 = n // 2
g = np.r_[np.zeros(n0, dtype=int), np.ones(n - n0, dtype=int)]
v = np.r_[rng.normal(0, 1, n0), rng.normal(0.8, 1, n - n0)]
np.savetxt(path, np.c_[g, v], delimiter=",", header="group,value", comments="", fmt=["%d", "%.17g"])
PY
}
# Mann–Whitney data in bench/peers/mann_whitney.R's format: value,group (x = first group), values rounded to
# 3 decimals so there are ties, as in MannWhitneyBenchmarks.
gen_value_group() {
  "$py" - "$1" "$2" <<'PY'
import sys
import numpy as np
n, path = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(7 + n)
n0 = n // 2
v = np.round(np.r_[rng.normal(0.1, 1, n0), rng.normal(0, 1, n - n0)], 3)
g = np.r_[np.repeat("a", n0), np.repeat("b", n - n0)]
with open(path, "w") as fh:
    fh.write("value,group\n")
    fh.writelines(f"{x:.3f},{y}\n" for x, y in zip(v, g))
PY
}
# An 8-point 4PL curve (log-logistic, drc form b=-1.2 c=0.05 d=2.1 e=40) with 2% noise, used when
# bench/data/fit_4pl_8point.csv (the curve the 4PL peer was written for) is absent.
gen_4pl() {
  "$py" - "$1" <<'PY'
import sys
import numpy as np
rng = np.random.default_rng(4)
x = np.array([0.5, 1.6, 5, 16, 50, 160, 500, 1600])
y = 0.05 + (2.1 - 0.05) / (1 + np.exp(-1.2 * (np.log(x) - np.log(40))))
y = y * (1 + 0.02 * rng.normal(size=x.size))
np.savetxt(sys.argv[1], np.c_[x, y], delimiter=",", header="conc,response", comments="", fmt="%.17g")
PY
}

# Runs a command under the timeout; prints the last line (seconds) or "timeout"/"failed".
timed() {
  local out rc
  out=$(timeout "$peer_timeout" "$@" 2>"$work/stderr")
  rc=$?
  if [ $rc -eq 124 ]; then echo "timeout"; return; fi
  if [ $rc -ne 0 ]; then echo "failed"; sed 's/^/    /' "$work/stderr" | tail -n 3 >&2; return; fi
  echo "$out" | sed -n '1,$p' | head -n -1 | sed 's/^/    /' >&2
  echo "$out" | tail -n 1
}
ferrum() { timed dotnet "$ferrum_dll" compare "$@"; }
ratio() { "$py" -c "import sys
a,b=sys.argv[1],sys.argv[2]
try: print(f'{float(a)/float(b):.1f}×')
except ValueError: print('n/a')" "$1" "$2"; }
fmt() { "$py" -c "import sys
try: print(f'{float(sys.argv[1]):.4g} s')
except ValueError: print(sys.argv[1] if sys.argv[1]!='timeout' else 'timeout (>$peer_timeout s)')" "$1"; }

date_utc=$(date -u +%Y-%m-%d)
out="bench/results/compare-$date_utc.md"
mkdir -p bench/results
{
  echo "# Ferrum vs peers — $date_utc"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GB;" \
       ".NET $(dotnet --version), $(R --version 2>/dev/null | head -n1 | sed 's/ (.*//'), pROC $(Rscript -e 'cat(as.character(packageVersion("pROC")))' 2>/dev/null)," \
       "scikit-learn $("$py" -c 'import sklearn; print(sklearn.__version__)')."
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg). Times are the fastest of repeated runs inside each program (Ferrum and scikit-learn 5–21 runs, pROC up to 3),"
  echo "data loading excluded; ratio = peer time / Ferrum time"
  echo "(for the sort floor: Ferrum time / sort time). Data: controls N(0,1), cases N(0.8,1), half each. Peer timeout ${peer_timeout} s."
  echo
  echo "| workload | n | Ferrum | peer | peer time | ratio |"
  echo "|---|---:|---:|---|---:|---:|"
} >"$out"

for n in $sizes; do
  csv="$work/groups_$n.csv"
  gen_groups "$n" "$csv"
  echo "n = $n" >&2
  f_roc=$(ferrum roc "$csv")
  f_sort=$(ferrum sort "$csv")
  p_proc=$(timed Rscript bench/peers/roc_delong.R "$csv")
  p_sk=$(timed "$py" bench/peers/roc_auc.py "$csv")
  {
    echo "| AUC + DeLong 95% CI | $n | $(fmt "$f_roc") | pROC roc()+ci.auc(delong) | $(fmt "$p_proc") | $(ratio "$p_proc" "$f_roc") |"
    echo "| AUC + DeLong 95% CI | $n | $(fmt "$f_roc") | sklearn roc_auc_score (AUC only) | $(fmt "$p_sk") | $(ratio "$p_sk" "$f_roc") |"
    echo "| AUC + DeLong 95% CI vs sort floor | $n | $(fmt "$f_roc") | Array.Sort of all values once | $(fmt "$f_sort") | $(ratio "$f_roc" "$f_sort") of sort |"
  } >>"$out"
  if [ -f bench/peers/mann_whitney.R ]; then
    mw="$work/value_group_$n.csv"
    gen_value_group "$n" "$mw"
    f_mw=$(ferrum mann-whitney "$mw")
    p_mw=$(timed Rscript bench/peers/mann_whitney.R "$mw")
    echo "| Mann–Whitney | $n | $(fmt "$f_mw") | R wilcox.test (one run) | $(fmt "$p_mw") | $(ratio "$p_mw" "$f_mw") |" >>"$out"
  fi
done

fourpl_peer=$(ls bench/peers/*4pl*.py 2>/dev/null | head -n 1)
if [ -n "$fourpl_peer" ]; then
  csv=bench/data/fit_4pl_8point.csv
  if [ ! -f "$csv" ]; then csv="$work/curve_4pl.csv"; gen_4pl "$csv"; fi
  f_4=$(ferrum 4pl "$csv")
  p_4=$(timed "$py" "$fourpl_peer" "$csv")
  echo "| 4PL fit, 8 points | 8 | $(fmt "$f_4") | scipy.optimize.curve_fit (per fit, fastest batch of 50) | $(fmt "$p_4") | $(ratio "$p_4" "$f_4") |" >>"$out"
fi

cat "$out"
echo "written $out" >&2
