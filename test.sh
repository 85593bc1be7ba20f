#!/usr/bin/env bash
# Runs every test: unit tests, integration tests against a real PostgreSQL (started by the tests themselves),
# HTTP tests and browser tests in Chromium. Installs PostgreSQL and Chromium when they are missing and it can.
# Prints the runner's summary; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

install() {
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else echo "Thiếu $* và không cài được (cần quyền root)." >&2; return 1; fi
}
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { echo "Cài PostgreSQL…"; install postgresql; }
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || { echo "Cài Chromium…"; install chromium; }

results=TestResults
rm -rf "$results"
status=0
dotnet test Lantoa.slnx -c Release --nologo --results-directory "$results" --logger "trx" --logger "console;verbosity=minimal" "$@" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then echo "Không có test nào chạy." >&2; exit 1; fi
exit "$status"
