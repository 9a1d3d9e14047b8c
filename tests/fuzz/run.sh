#!/usr/bin/env bash
# Fuzzes Ferrum's parsers with AFL++ through SharpFuzz. Not part of the normal test run.
#   tests/fuzz/run.sh [TARGET ...]          default: every target; FUZZ_SECONDS per target (default 600)
# Seeds come from tests/badinput/cases and samples/; findings land in tests/fuzz/findings/TARGET/
# (crashes/ holds inputs that threw something other than InputErrorException: add each as a corpus entry
# in tests/badinput/generate.py once fixed). Needs: apt afl++ and the SharpFuzz.CommandLine dotnet tool.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
seconds="${FUZZ_SECONDS:-600}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(assess-json fhir-json study-csv study-xlsx study-yaml layout-yaml plate-csv meals-json)

command -v afl-fuzz >/dev/null || { echo "installing afl++"; sudo apt-get install -y afl++ || apt-get install -y afl++; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

out="$here/bin"
dotnet publish "$here/Ferrum.Fuzz/Ferrum.Fuzz.csproj" -c Release -o "$out" -nologo -v q
# Instrument the assemblies whose parsers are fuzzed (not the libraries they call).
for dll in Ferrum.Core Ferrum.Clinical Ferrum.Study Ferrum.Nutrition Ferrum.Fhir; do sharpfuzz "$out/$dll.dll"; done

seed() {   # seed folder per target from the committed corpus and samples
  local t="$1" d="$here/corpus/$t"; mkdir -p "$d"
  case "$t" in
    assess-json) cp "$repo"/samples/patients/*.json "$d/" ;;
    fhir-json)   cp "$repo"/samples/fhir/*.json "$d/" ;;
    study-csv)   head -c 4000 "$repo/samples/study/study-data.csv" > "$d/study.csv" ;;
    study-xlsx)  find "$repo/tests/badinput/cases/study" -name '*.xlsx' -size -8k -exec cp {} "$d/" \; ;;
    study-yaml)  cp "$repo/samples/study/study.yaml" "$d/" ;;
    layout-yaml) head -c 4000 "$repo/samples/study/layout.yaml" > "$d/layout.yaml" ;;
    plate-csv)   cp "$repo/samples/study/plates/cd81_P1.csv" "$d/" ;;
    meals-json)  cp "$repo"/samples/meals/*.json "$d/" ;;
  esac
}

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
for t in "${targets[@]}"; do
  seed "$t"
  mkdir -p "$here/findings/$t"
  echo "== $t for ${seconds}s"
  afl-fuzz -V "$seconds" -t 5000 -m none -i "$here/corpus/$t" -o "$here/findings/$t" -- dotnet "$out/Ferrum.Fuzz.dll" "$t" || true
  stats="$here/findings/$t/default/fuzzer_stats"
  [ -f "$stats" ] && grep -E "execs_done|saved_crashes|saved_hangs" "$stats" | sed "s/^/$t: /"
done
