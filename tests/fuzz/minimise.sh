#!/usr/bin/env bash
# Shrinks a finished run's queue into the committed corpus: tests/fuzz/minimise.sh [TARGET ...]
# afl-cmin keeps the smallest inputs that still cover every edge the queue covers; inputs over 16 KiB are dropped
# (the committed corpora stay small: the total is kept under 5 MB). Needs the instrumented build of run.sh (tests/fuzz/bin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${FUZZ_BIN:-$here/bin}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=($(ls "$here/findings" | grep -v '\.' || true))
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1
for t in "${targets[@]}"; do
  q="$here/findings/$t/default/queue"
  [ -d "$q" ] || { echo "$t: no queue"; continue; }
  tmp="$here/findings/$t.cmin-in"; rm -rf "$tmp"; mkdir -p "$tmp"   # afl-cmin refuses /tmp
  find "$q" -maxdepth 1 -type f -size -16k -exec cp {} "$tmp/" \;
  rm -rf "$here/corpus/$t.min"
  if nice -n 10 afl-cmin -i "$tmp" -o "$here/corpus/$t.min" -t 5000 -m none -- "$(readlink -f "$(command -v dotnet)")" "$out/Ferrum.Fuzz.dll" "$t" >"$here/findings/$t.cmin.log" 2>&1; then
    rm -rf "$here/corpus/$t"; mv "$here/corpus/$t.min" "$here/corpus/$t"
    # AFL names (id:000123,src:...,op:havoc) carry ':' and ',': rename to plain numbers.
    i=0; for f in "$here/corpus/$t"/*; do i=$((i + 1)); mv "$f" "$here/corpus/$t/$(printf '%04d' $i)"; done
    echo "$t: $(ls "$tmp" | wc -l) queue entries -> $(ls "$here/corpus/$t" | wc -l) ($(du -sk "$here/corpus/$t" | cut -f1) KiB)"
  else
    echo "$t: afl-cmin failed (see findings/$t.cmin.log); corpus left as it was"
  fi
  rm -rf "$tmp"
done
