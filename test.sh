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
# LibreOffice Writer opens the generated .docx plans in a test (Calc alone provides soffice but cannot load .docx);
# Liberation 2 fonts carry every Vietnamese letter.
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 && dpkg -s fonts-liberation2 >/dev/null 2>&1 || { echo "Cài LibreOffice Writer…"; install libreoffice-writer-nogui fonts-liberation2; }

# The tests build hundreds of web apps in one process; file watchers poll instead of taking an inotify instance each
# (the default limit is 128 per user), and the limit is raised when we may.
export DOTNET_USE_POLLING_FILE_WATCHER=1
if [ "$(id -u)" = 0 ] && [ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 1024)" -lt 1024 ]; then
  sysctl -q -w fs.inotify.max_user_instances=1024 >/dev/null 2>&1 || true
fi

log=$(mktemp)
set +e
dotnet test Lantoa.slnx -c Release --nologo --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One line per test assembly: "Passed!  - Failed:     0, Passed:   562, Skipped:     0, Total:   562, …"
sum() { { grep -E '^(Passed|Failed)! ' "$log" || true; } | sed -n "s/.*$1: *\([0-9]*\).*/\1/p" | awk '{s += $1} END {print s + 0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"
echo
echo "Tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "$status" -eq 0 ] && [ "${passed:-0}" -eq 0 ]; then echo "Không có test nào chạy." >&2; exit 1; fi
exit "$status"
