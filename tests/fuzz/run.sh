#!/usr/bin/env bash
# Fuzzes Ferrum's parsers with AFL++ through SharpFuzz (AFL persistent mode). Not part of the normal test run.
#   tests/fuzz/run.sh [TARGET ...]     default: every target, one after another (one afl-fuzz process at a time)
#   FUZZ_EXECS    executions per target (default 1000000: afl-fuzz -E)
#   FUZZ_SECONDS  optional time cap per target (afl-fuzz -V; default none)
#   FUZZ_NICE     nice level for afl-fuzz and the target (default 10: other builds keep the CPU)
# Seeds: tests/fuzz/corpus/TARGET (committed, minimised) plus samples/ and tests/badinput/cases. Findings land in
# tests/fuzz/findings/TARGET/default/{crashes,hangs} (not committed): an input that throws anything but
# InputErrorException, or runs past the timeout, is a bug. Replay one with
#   dotnet tests/fuzz/bin/Ferrum.Fuzz.dll TARGET FILE...
# fix it, add it as a regression (tests/badinput/generate.py or a unit test), and copy it into the corpus.
# After a run, tests/fuzz/minimise.sh TARGET shrinks findings/TARGET/default/queue into corpus/TARGET.
# Needs: apt afl++ and the SharpFuzz.CommandLine dotnet tool (installed here when missing).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
execs="${FUZZ_EXECS:-1000000}"
cap="${FUZZ_SECONDS:-}"
nice_level="${FUZZ_NICE:-10}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(assess-json fhir-json bulk-ndjson study-csv study-xlsx study-yaml layout-yaml plate-csv meals-json sr28 fdc-csv labs-csv)

command -v afl-fuzz >/dev/null || { echo "installing afl++"; apt-get install -y afl++ || sudo apt-get install -y afl++; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

out="${FUZZ_BIN:-$here/bin}"   # a separate FUZZ_BIN lets one run go on while the next build is made
if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
  rm -rf "$out"
  nice -n "$nice_level" dotnet publish "$here/Ferrum.Fuzz/Ferrum.Fuzz.csproj" -c Release -o "$out" -nologo -v q
  # Instrument Ferrum's own assemblies and the two parsing libraries whose branches matter (CSV, YAML);
  # System.Text.Json, Firely and ExcelDataReader/ClosedXML stay uninstrumented (their coverage is not fed back).
  for dll in Ferrum.Core Ferrum.Clinical Ferrum.Study Ferrum.Nutrition Ferrum.Fhir Ferrum.Storage CsvHelper YamlDotNet; do
    sharpfuzz "$out/$dll.dll"
  done
fi

join_nul() {   # join_nul OUT FILE...: files cut by NUL bytes, the multi-file input format of sr28 and fdc-csv
  local o="$1"; shift; : > "$o"; local first=1
  for f in "$@"; do [ $first = 1 ] || printf '\0' >> "$o"; first=0; if [ -f "$f" ]; then cat "$f" >> "$o"; fi; done
}

seed() {   # seeds per target: the committed corpus, else a few samples and bad-input cases
  local t="$1" d="$here/corpus/$t" c="$repo/tests/badinput/cases"
  mkdir -p "$d"
  [ -n "$(ls -A "$d")" ] && return 0
  case "$t" in
    assess-json) cp "$repo"/samples/patients/*.json "$d/"; find "$c/assess" -name '*.json' -size -4k -exec cp {} "$d/" \; ;;
    fhir-json)   cp "$repo"/samples/fhir/*.json "$d/"; find "$c/fhir" -name '*.json' -size -8k -exec cp {} "$d/" \; ;;
    bulk-ndjson) for x in "$c"/bulk/*/; do if [ -f "$x/Observation.ndjson" ]; then cat "$x"/*.ndjson | head -c 3000 > "$d/$(basename "$x").ndjson"; fi; done ;;
    study-csv)   head -c 4000 "$repo/samples/study/study-data.csv" > "$d/study.csv" ;;
    study-xlsx)  find "$c/study" -name '*.xlsx' -size -8k -exec cp {} "$d/" \; ;;
    study-yaml)  cp "$repo/samples/study/study.yaml" "$d/" ;;
    layout-yaml) head -c 4000 "$repo/samples/study/layout.yaml" > "$d/layout.yaml" ;;
    plate-csv)   cp "$repo/samples/study/plates/cd81_P1.csv" "$d/" ;;
    meals-json)  cp "$repo"/samples/meals/*.json "$d/" ;;
    sr28)        for x in "$c"/sr28/*/; do join_nul "$d/$(basename "$x")" "$x"/FOOD_DES.txt "$x"/FD_GROUP.txt "$x"/NUT_DATA.txt "$x"/WEIGHT.txt; done ;;
    fdc-csv)     for x in "$c"/fdc/amount-huge/ "$c"/fdc/portion-grams-negative/; do
                   join_nul "$d/$(basename "$x")" "$x"/nutrient.csv "$x"/food.csv "$x"/food_nutrient.csv "$x"/food_category.csv "$x"/sr_legacy_food.csv "$x"/food_portion.csv
                 done ;;
    labs-csv)    cp "$repo/samples/labs/labs.csv" "$d/" ;;
  esac
}

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
export AFL_NO_AFFINITY=1   # shared machine: no core pinning
summary="${FUZZ_SUMMARY:-$here/findings/summary.tsv}"
mkdir -p "$here/findings"
[ -f "$summary" ] || printf 'target\texecs\texecs_per_sec\tseconds\tcorpus\tedges_found\tbitmap_cvg\tcrashes\thangs\n' > "$summary"
for t in "${targets[@]}"; do
  seed "$t"
  rm -rf "$here/findings/$t"
  limit=(-E "$execs"); [ -n "$cap" ] && limit+=(-V "$cap")
  echo "== $t: ${execs} executions${cap:+, at most ${cap}s} ($(date -u +%H:%M:%S) UTC)"
  nice -n "$nice_level" afl-fuzz "${limit[@]}" -t 2000 -m none -i "$here/corpus/$t" -o "$here/findings/$t" \
    -- dotnet "$out/Ferrum.Fuzz.dll" "$t" > "$here/findings/$t.log" 2>&1 || echo "afl-fuzz exited $? (see findings/$t.log)"
  s="$here/findings/$t/default/fuzzer_stats"
  if [ -f "$s" ]; then
    v() { grep -E "^$1 " "$s" | sed 's/.*: //'; }
    start=$(v start_time); last=$(v last_update); secs=$((last - start))
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$(v execs_done)" "$(v execs_per_sec)" "$secs" "$(v corpus_count)" \
      "$(v edges_found)" "$(v bitmap_cvg)" "$(v saved_crashes)" "$(v saved_hangs)" | tee -a "$summary"
  fi
done
