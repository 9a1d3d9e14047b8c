#!/usr/bin/env bash
# Runs every test project of Ferrum and prints the totals as the last line:
#   N passed, N failed, N skipped
# Installs what the tests need first (scripts/install-test-deps.sh); safe to run repeatedly.
set -uo pipefail
cd "$(dirname "$0")"

./scripts/install-test-deps.sh || { echo "test dependencies could not be installed"; echo "0 passed, 1 failed"; exit 1; }

results=TestResults
rm -rf "$results"
dotnet build Ferrum.slnx -nologo -v:q -clp:ErrorsOnly "$@"
status=$?
if [ "$status" -eq 0 ]; then
  # One run per test project, each with its own TRX file, so the totals below are exact.
  for proj in $(find tests -name '*.Tests.csproj' | sort); do
    name=$(basename "$proj" .csproj)
    dotnet test "$proj" --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$results" --blame-hang-timeout 10m "$@" || status=$?
  done
fi

passed=0; failed=0; total=0; executed=0
shopt -s nullglob
trx=("$results"/*.trx "$results"/**/*.trx)
for f in "${trx[@]}"; do
  line=$(grep -o '<Counters [^>]*>' "$f" | head -n 1)
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$line"; }
  total=$((total + $(get total)))
  executed=$((executed + $(get executed)))
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
done
skipped=$((total - executed))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # Build failure, crash or hang: no test result says so, so count it as one failure.
  echo "dotnet test exited with $status"
  failed=1
fi
echo "${#trx[@]} test projects reported"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
