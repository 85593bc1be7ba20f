#!/usr/bin/env bash
# Failover of Lantoa's PostgreSQL: promotes the streaming replica to primary (docs/deploy.md, "Chuyển đổi dự phòng").
#   scripts/failover.sh REPLICA_PGDATA [OLD_PRIMARY_PGDATA]
# With OLD_PRIMARY_PGDATA (same machine) the old primary is stopped first, if it still runs, so that two primaries never
# take writes at once; on separate machines fence it yourself (stop it, or cut it off) before running this there.
# The nodes need no restart: their connection string names both servers with Target Session Attributes=read-write.
# Exit codes: 0 promoted, 1 failed, 2 bad input (not a replica folder).
set -euo pipefail
replica=${1:-}
old=${2:-}
if [ -z "$replica" ] || [ ! -f "$replica/PG_VERSION" ]; then
  echo "Cách dùng: scripts/failover.sh THƯ_MỤC_BẢN_SAO [THƯ_MỤC_MÁY_CHỦ_CŨ] (thư mục dữ liệu PostgreSQL của bản sao)." >&2
  exit 2
fi
if [ ! -f "$replica/standby.signal" ]; then
  echo "$replica không phải bản sao đang chờ (không có standby.signal): có thể đã được nâng cấp rồi." >&2
  exit 2
fi
bin="/usr/lib/postgresql/$(cat "$replica/PG_VERSION")/bin"
[ -x "$bin/pg_ctl" ] || { echo "Không tìm thấy $bin/pg_ctl." >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -n "$old" ] && [ -f "$old/postmaster.pid" ]; then
  echo "Dừng máy chủ chính cũ ($old) …"
  as_pg "$bin/pg_ctl" -D "$old" -m immediate -w stop >/dev/null 2>&1 || true
fi
start=$(date +%s.%N)
if ! as_pg "$bin/pg_ctl" -D "$replica" -w -t 60 promote >/dev/null; then
  echo "Không nâng được bản sao $replica thành máy chủ chính (xem $replica/server.log)." >&2
  exit 1
fi
awk -v r="$replica" -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "Đã nâng bản sao %s thành máy chủ chính trong %.1f giây.\n", r, e - s }'
