#!/bin/sh
# Runs every libFuzzer target for a bounded time (default 20 s each) on a copy
# of its committed seed corpus. Build first with the fuzz preset:
#   cmake --preset fuzz && nice cmake --build --preset fuzz -j2
#   fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR]
# Exit status 1 when a target crashed, leaked or hit a sanitizer report; the
# reproducer (crash-*, leak-*, timeout-*) is left in the work folder printed.
set -eu
seconds=${1:-20}
here=$(cd "$(dirname "$0")" && pwd)
build=${2:-$here/../build-fuzz}
work=$(mktemp -d "${TMPDIR:-/tmp}/sohoa-fuzz.XXXXXX")
status=0
for target in fuzz_package fuzz_receipt fuzz_legacy_encoding fuzz_record_type fuzz_image_import fuzz_sync_json \
    fuzz_request_framer fuzz_export_archive fuzz_pdf_import; do
    exe="$build/fuzz/$target"
    if [ ! -x "$exe" ]; then
        echo "$target: not built ($exe)" >&2
        status=1
        continue
    fi
    mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
    cp "$here/corpus/$target/"* "$work/$target/corpus/" 2>/dev/null || true
    echo "== $target ($seconds s)"
    if QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        nice "$exe" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$work/$target/artifacts/" "$work/$target/corpus" >"$work/$target/log" 2>&1; then
        tail -n 1 "$work/$target/log"
    else
        echo "$target: FAILED, see $work/$target/log and $work/$target/artifacts/" >&2
        tail -n 30 "$work/$target/log" >&2
        status=1
    fi
done
echo "work folder: $work"
exit $status
