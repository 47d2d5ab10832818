#!/bin/sh
# The test suite under sanitizers (issue 21), for a maintainer to run by hand:
# too slow for the default test run (a full instrumented build of sohoa_core
# and its tests, then tests that run 2-20x slower).
#
#   ./sohoa.sh sanitize [address|thread] [TEST_PROGRAM[:GTEST_FILTER]...]
#
# address: the `sanitize` preset (clang-14, ASan+UBSan, build-sanitize/);
# thread:  the `tsan` preset (GCC, ThreadSanitizer, build-tsan/), the threaded
#          parts: store writer and readers, OCR worker pool, sync client thread,
#          registry server.
# Every report stops the program (halt_on_error=1) and fails the run. The
# suppressions in fuzz/suppressions/ name third-party libraries only, each
# with its reason. Exit 1 on a failed test or any report; logs in
# $WORK (default build-<preset>/sanitize-logs); SKIP_BUILD=1 runs what is built.
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
cd "$SRC"
MODE=${1:-address}
[ $# -gt 0 ] && shift
case $MODE in
address)
  PRESET=sanitize
  DIR=build-sanitize
  DEFAULT="common_tests crypto_kat_tests text_tests store_query_tests store_tests audit_tests accounts_tests
    workflow_tests export_tests encrypted_export_tests backup_tests sync_tests sync_fault_tests
    registry_tests:-RegistryPackageMemory.* ocr_tests:OcrPool*:OcrPage*:SearchablePdf* hidden_text_tests"
  # RegistryPackageMemory asserts a peak RSS: ASan's quarantine and shadow memory make it meaningless
  # (359 MB under ASan for what takes 87 MB without); the devset OCR tests take too long instrumented.
  command -v clang++-14 >/dev/null || apt-get install -y --no-install-recommends clang-14
  ;;
thread)
  PRESET=tsan
  DIR=build-tsan
  # The threaded parts: store writer/readers and checkpointer, the OCR worker pool, the sync client
  # thread and engine, the registry server (HTTP limits, maker-checker), import jobs.
  DEFAULT="store_query_tests ocr_tests:OcrPool* sync_tests:SyncEngine*:RegistryServer*
    registry_tests:RegistryHttpLimits*:RegistryMakerChecker* ingest_tests:IngestJob*"
  ;;
*)
  echo "usage: $0 [address|thread] [TEST_PROGRAM[:GTEST_FILTER]...]" >&2
  exit 2
  ;;
esac
PROGRAMS=${*:-$DEFAULT}
WORK=${WORK:-$SRC/$DIR/sanitize-logs}
SUPP=$SRC/fuzz/suppressions
mkdir -p "$WORK"
[ -f "$DIR/CMakeCache.txt" ] || cmake --preset "$PRESET" >/dev/null
targets="sohoa-cli sohoa-registry"
for p in $PROGRAMS; do targets="$targets ${p%%:*}"; done
# SKIP_BUILD=1: run what is built (another build of the same folder is under way).
# shellcheck disable=SC2086
[ "${SKIP_BUILD:-0}" = 1 ] || nice -n 10 cmake --build "$DIR" -j2 --target $targets

export QT_QPA_PLATFORM=offscreen SOHOA_LANG=en OMP_THREAD_LIMIT=1
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$SUPP/ubsan.supp"
# die_after_fork=0: the tests start sohoa-cli (QProcess) while Qt's threads run.
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0:suppressions=$SUPP/tsan.supp"
failed=0
for p in $PROGRAMS; do
  prog=${p%%:*}
  filter=
  [ "$prog" != "$p" ] && filter=--gtest_filter=${p#*:}
  bin=$(find "$DIR/tests" -type f -name "$prog" -perm -u+x | head -1)
  if [ -z "$bin" ]; then
    echo "$prog: not built"
    failed=1
    continue
  fi
  log=$WORK/$prog-$MODE.log
  start=$(date +%s)
  if "$bin" $filter >"$log" 2>&1 &&
    ! grep -qE "ERROR: AddressSanitizer|runtime error:|WARNING: ThreadSanitizer|ERROR: LeakSanitizer" "$log"; then
    echo "$prog: $(grep -E '^\[  PASSED  \]' "$log") ($(($(date +%s) - start)) s)"
  else
    echo "$prog: FAILED ($(($(date +%s) - start)) s, see $log)"
    grep -m3 -E "ERROR: AddressSanitizer|runtime error:|WARNING: ThreadSanitizer|ERROR: LeakSanitizer|^\[  FAILED  \]" "$log" || true
    failed=1
  fi
done
exit $failed
