#!/usr/bin/env bash
# SoHoa developer entry point. On a fresh Debian 12 machine as root:
#   ./sohoa.sh test   install missing packages, configure, build, run every test
#   ./sohoa.sh run    the same set-up, then start the desktop app on a demo store
# Other commands: build, bench, package, translations, format, format-check, tidy [FILE...], hooks, deps, clean,
#   sanitize [address|thread] [TEST...] (the tests under ASan+UBSan or TSan; slow, not part of `test`).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
BUILD_DIR=${SOHOA_BUILD_DIR:-build}

# Debian 12 packages the build, the tests and the app need.
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git python3 file dpkg-dev clang-format clang-tidy
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libegl-dev
  libsqlcipher-dev sqlcipher libsodium-dev openssl libjemalloc-dev libxlsxwriter-dev python3-openpyxl
  libpoppler-qt6-dev poppler-utils libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd
  qt6-image-formats-plugins
  libsane-dev libsane1 sane-utils
  googletest libgtest-dev libgmock-dev
  fonts-dejavu-core fonts-liberation2
  xvfb xauth
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

missing_packages() {
  # One dpkg-query call: fast enough to run on every invocation.
  dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PACKAGES[@]}" 2>/dev/null \
    | awk '$2 == "ii" {print $1}' | sort -u > /tmp/sohoa-installed.$$ || true
  printf '%s\n' "${PACKAGES[@]}" | sort -u | comm -23 - /tmp/sohoa-installed.$$
  rm -f /tmp/sohoa-installed.$$
}

ensure_packages() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  missing=${missing% }
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "These Debian packages are missing. Install them as root, then run this again:" >&2
    echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing" >&2
    exit 1
  fi
  say "Installing missing packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $missing
}

configure() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    say "Configuring ($BUILD_DIR)"
    # The flags live in CMakePresets.json's default preset (Ninja, RelWithDebInfo, ccache), not here;
    # -B keeps SOHOA_BUILD_DIR working.
    cmake --preset default -B "$BUILD_DIR"
  fi
}

build() {
  ensure_packages
  configure
  say "Building"
  cmake --build "$BUILD_DIR"
}

# clang-tidy (.clang-tidy, every finding an error) over core/ and server/, or over the FILEs given,
# with the build's compile database. A file that passed is not checked again until what it includes,
# its flags, .clang-tidy or clang-tidy change (tools/tidy-check.py; cache in ~/.cache/sohoa-tidy,
# SOHOA_TIDY_CACHE to move it). tools/tidy-clean.txt, committed, records the files as they last passed:
# a fresh clone (CI) checks only what changed since. `tidy --record` checks everything (with the cache)
# and writes the record anew: run it before you commit a change to core/ or server/.
tidy_check() {
  local args=() a
  for a in "$@"; do
    if [ "$a" = --record ]; then args+=(--record tools/tidy-clean.txt); else args+=("$a"); fi
  done
  python3 tools/tidy-check.py --build "$BUILD_DIR" --jobs "${SOHOA_JOBS:-2}" --recorded tools/tidy-clean.txt \
    ${args[@]+"${args[@]}"}
}

run_tests() {
  build
  # The tidy check runs beside the tests, at a lower priority, and the run fails if either fails
  # (SOHOA_TIDY=0 leaves it out). A fresh clone has no result cache: it checks only the files changed
  # since tools/tidy-clean.txt was recorded (./sohoa.sh tidy --record), the rest costs one
  # preprocessor run a file (about 1.4 CPU-s; clang-tidy about 9). More than 25 unrecorded files
  # (a record not refreshed: over the ~5-minute CI share) fail at once and say so.
  # `./sohoa.sh tidy` runs it alone, without that limit.
  local tidy_log="$BUILD_DIR/tidy-check.log" tidy_pid="" tidy_rc=0 test_rc=0
  if [ "${SOHOA_TIDY:-1}" != 0 ] && [ ! -f tools/tidy-clean.txt ]; then
    say "No tools/tidy-clean.txt yet: clang-tidy is not run beside the tests (./sohoa.sh tidy --record writes it)"
  elif [ "${SOHOA_TIDY:-1}" != 0 ]; then
    say "Checking core/ and server/ with clang-tidy in the background ($tidy_log)"
    nice -n 10 python3 tools/tidy-check.py --build "$BUILD_DIR" --jobs "${SOHOA_JOBS:-2}" \
      --recorded tools/tidy-clean.txt --max-unchecked "${SOHOA_TIDY_MAX_UNCHECKED:-25}" > "$tidy_log" 2>&1 &
    tidy_pid=$!
  fi
  say "Running tests"
  # OCR tests parallelise across pages themselves; two test programs at a time fill 2 cores.
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${SOHOA_TEST_JOBS:-2}" "$@" || test_rc=$?
  if [ -n "$tidy_pid" ]; then
    wait "$tidy_pid" || tidy_rc=$?
    cat "$tidy_log"
    if [ "$tidy_rc" -ne 0 ]; then say "clang-tidy found problems (above): fix them or say in .clang-tidy why a check is off"; fi
  fi
  [ "$test_rc" -eq 0 ] && [ "$tidy_rc" -eq 0 ]
}

# The C++ sources clang-format keeps in shape (the fuzz corpus is data).
source_files() { git ls-files '*.cpp' '*.h' | grep -v '^fuzz/corpus/'; }

data_home() { echo "${XDG_DATA_HOME:-$HOME/.local/share}/SoHoa"; }

run_app() {
  build
  local store samples
  store="${SOHOA_STORE:-$(data_home)/demo-store}"
  # Sample scans offered in the import dialog: the shared devset beside the
  # checkout when there is one, else the CI subset in the repository.
  samples="$(cd .. && pwd)/shared/data/devset/images"
  [ -d "$samples" ] || samples="$PWD/tests/data/devset/images"
  [ -f "$store/keyring.json" ] || say "No store at $store yet: SoHoa creates a demonstration store there"
  local app=("$BUILD_DIR/app/desktop/sohoa" --store "$store" --samples "$samples" --demo "$@")
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    say "No display: starting SoHoa on a virtual X display (Xvfb)"
    exec xvfb-run -a -s "-screen 0 1366x768x24" "${app[@]}"
  fi
  exec "${app[@]}"
}

case "${1:-help}" in
  test) shift; run_tests "$@" ;;
  run) shift; run_app "$@" ;;
  build) build ;;
  deps) ensure_packages ;;
  bench) shift; build; exec bench/run.sh "$BUILD_DIR" "$@" ;;
  package) build; cmake --build "$BUILD_DIR" --target package ;;
  translations)
    build
    cmake --build "$BUILD_DIR" --target update_translations
    shopt -s nullglob
    python3 translations/fill_ts.py translations/sohoa_vi.ts translations/glossary/*.tsv translations/*.vi.tsv resources/vocabulary/*.vi.tsv
    python3 translations/fill_ts.py --identity translations/sohoa_en.ts ;;
  format) source_files | xargs clang-format -i ;;
  format-check)
    ensure_packages
    say "Checking formatting (.clang-format)"
    source_files | xargs clang-format --dry-run -Werror ;;
  tidy)
    # clang-tidy over core/ and server/ (or the FILEs given), skipping files unchanged since they passed;
    # `tidy --no-cache` checks everything. About 8 CPU-seconds a file when it has to run.
    shift
    ensure_packages
    configure
    # Only the libraries whose generated headers (moc) the checked sources include.
    cmake --build "$BUILD_DIR" --target sohoa_core sohoa_registry
    tidy_check "$@" ;;
  sanitize) shift; ensure_packages; exec fuzz/sanitize-suite.sh "$@" ;;
  hooks) git config core.hooksPath .githooks && say "Pre-commit hook installed (.githooks/pre-commit)" ;;
  clean) rm -rf "$BUILD_DIR" ;;
  *)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    [ "${1:-help}" = help ] || exit 2 ;;
esac
