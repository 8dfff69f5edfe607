#!/usr/bin/env bash
# Runs every test: all .NET test projects, then the Node.js interop suite against the built binaries.
# Ends with the plain line "N passed, N failed" (totals over both).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
results="$root/.test-results"
rm -rf "$results"
mkdir -p "$results"

passed=0
failed=0

echo "==> Building (Release)"
if ! dotnet build Kusama.slnx -c Release --nologo -v quiet -clp:ErrorsOnly; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# The interop packages come first: .NET conformance tests read reference data (Kusama's metadata) from them too.
echo "==> Installing the interop suite's npm packages (from the lock file)"
if [ -d tests/interop ]; then
  if ! (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error >"$results/npm-ci.log" 2>&1); then
    cat "$results/npm-ci.log"
    echo "npm ci failed."
    echo "${passed} passed, 1 failed"
    exit 1
  fi
fi

echo "==> .NET tests"
dotnet_status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results/dotnet" || dotnet_status=1
done
dotnet_failed_before=$failed
trx_count=0
for trx in "$results"/dotnet/*.trx; do
  [ -f "$trx" ] || continue
  trx_count=$((trx_count + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done
if [ "$trx_count" -eq 0 ]; then
  echo "No .NET test results were produced."
  failed=$((failed + 1))
elif [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq "$dotnet_failed_before" ]; then
  echo "dotnet test failed (exit $dotnet_status) without a failing test: counted as one failure."
  failed=$((failed + 1))
fi

echo "==> Interop suite (Node.js)"
if [ -d tests/interop ]; then
  (
    cd tests/interop
    export KUSAMA_BIN="$root/artifacts/bin/Kusama.Node/release/kusama"
    export KUSAMA_INTEROP_HOST="$root/artifacts/bin/Kusama.Interop.Host/release/Kusama.Interop.Host"
    node --test --test-reporter=tap --test-reporter-destination="$results/interop.tap" \
         --test-reporter=spec --test-reporter-destination=stdout
  )
  interop_status=$?
  interop_failed_before=$failed
  if [ -f "$results/interop.tap" ]; then
    p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$results/interop.tap" | tail -n 1)
    f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$results/interop.tap" | tail -n 1)
    c=$(sed -n 's/^# cancelled \([0-9]*\)$/\1/p' "$results/interop.tap" | tail -n 1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0} + ${c:-0}))
    [ -n "$p" ] || failed=$((failed + 1))
    if [ "$interop_status" -ne 0 ] && [ "$failed" -eq "$interop_failed_before" ]; then
      echo "The interop suite failed (exit $interop_status) without a failing test: counted as one failure."
      failed=$((failed + 1))
    fi
  else
    echo "The interop suite produced no results."
    failed=$((failed + 1))
  fi
else
  echo "tests/interop is missing."
  failed=$((failed + 1))
fi

echo "${passed} passed, ${failed} failed"
if [ "$failed" -ne 0 ]; then
  exit 1
fi
