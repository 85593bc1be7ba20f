#!/usr/bin/env bash
# Starts Lantoa: builds it, starts its own PostgreSQL (unless ConnectionStrings__Lantoa is set), applies migrations,
# loads demo data on the first start and serves http://127.0.0.1:5000 (LANTOA_URLS overrides).
# Arguments go to Lantoa's command line: ./run.sh --help, ./run.sh db migrate, ./run.sh units resolve "Sở TT&TT".
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ -z "${ConnectionStrings__Lantoa:-}" ] && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "Cài PostgreSQL (apt-get install postgresql)…" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; fi
fi

# ./run.sh cluster (and bench quiz --cluster, bench quiz-cluster): Debian's nginx and redis-server, run by Lantoa itself on loopback ports.
if [ "${1:-}" = cluster ] || [ "${2:-}" = quiz-cluster ] || { [ "${2:-}" = quiz ] && [[ " $* " == *" --cluster "* ]]; }; then
  if [ ! -x /usr/sbin/nginx ] || ! command -v redis-server >/dev/null 2>&1; then
    echo "Cài nginx, redis-server (apt-get install nginx redis-server)…" >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx redis-server >/dev/null
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx redis-server >/dev/null; fi
  fi
fi

out=artifacts/app
if ! dotnet publish src/Lantoa.Web -c Release -o "$out" --nologo -v quiet >artifacts.publish.log 2>&1; then
  cat artifacts.publish.log >&2
  echo "Biên dịch thất bại." >&2
  exit 1
fi
rm -f artifacts.publish.log
exec dotnet "$out/Lantoa.Web.dll" "$@"
