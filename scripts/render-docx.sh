#!/usr/bin/env bash
# Renders a .docx as LibreOffice lays it out: OUTDIR/NAME.pdf and one PNG per page (OUTDIR/NAME-01.png …, 60 dpi).
# Installs LibreOffice Writer and poppler-utils when they are missing and it can (root or sudo).
#   scripts/render-docx.sh IN.docx OUTDIR [DPI]
set -euo pipefail
if [ $# -lt 2 ]; then echo "Dùng: $0 IN.docx OUTDIR [DPI]" >&2; exit 2; fi
in=$1 out=$2 dpi=${3:-60}
[ -f "$in" ] || { echo "Không có tệp $in" >&2; exit 2; }

install() {
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else echo "Thiếu $* và không cài được (cần quyền root)." >&2; return 1; fi
}
command -v soffice >/dev/null 2>&1 || { echo "Cài LibreOffice Writer…"; install libreoffice-writer-nogui || install libreoffice-writer; }
command -v pdftoppm >/dev/null 2>&1 || { echo "Cài poppler-utils…"; install poppler-utils; }

mkdir -p "$out"
name=$(basename "${in%.*}")
# A profile of its own, so that a LibreOffice already running (or a parallel render) does not take the conversion over.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --norestore --convert-to pdf --outdir "$out" "$in" >/dev/null 2>&1 || true
[ -s "$out/$name.pdf" ] || { echo "LibreOffice không chuyển được $in sang PDF." >&2; exit 1; }
rm -f "$out/$name"-*.png
pdftoppm -png -r "$dpi" "$out/$name.pdf" "$out/$name"
ls "$out/$name".pdf "$out/$name"-*.png
