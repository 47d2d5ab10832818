#!/usr/bin/env bash
# bench/run.sh BUILD_DIR [quick]: every benchmark, one after another, with the
# figures the issues ask for. Run on a quiet machine; `quick` uses small sizes
# (minutes instead of an hour: the 1,000,000-record search store takes longest).
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [quick]}
mode=${2:-full}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export OMP_THREAD_LIMIT=1 SOHOA_LANG=en
section() { printf '\n== %s\n' "$*"; }

if [ "$mode" = quick ]; then
  store_n=20000 search_n=100000 dup_n=20000 sync_n=1000 ocr_pages=8 rss_pages=40
else
  store_n=100000 search_n=1000000 dup_n=100000 sync_n=10000 ocr_pages=24 rss_pages=200
fi

section "store: insert, open (issue 3)"
"$build/bench/store_bench" "$store_n"
"$build/bench/store_bench" "$store_n" --varied --real-only
section "extraction per page, duplicate check (issue 5)"
"$build/bench/pipeline_bench" --records "$dup_n"
section "search as you type (issue 5)"
"$build/bench/search_bench" --records "$search_n"
section "OCR throughput and memory (issue 4)"
python3 "$here/ocr_bench.py" "$build" --pages "$ocr_pages" --rss-pages "$rss_pages"
section "desktop start-up and UI-thread stalls (issue 6)"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/ui_startup_bench"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bench/ui_import_latency_bench"
section "sync (issue 7)"
"$build/bench/sync_bench" --records "$sync_n"
