#!/bin/sh
# Sanitizer runs of core pieces on a shared machine (issue 21): each test
# program is compiled with clang-14 from only the sources it needs (a full
# sanitizer build of sohoa_core does not fit a session on 2 shared cores; the
# `sanitize` and `tsan` presets build everything when there is time).
#
#   fuzz/sanitize-pieces.sh [WORKDIR]            ASan+UBSan: crypto, common, text, registry framer, store, pdf
#   SAN=thread fuzz/sanitize-pieces.sh [WORKDIR]  TSan: store (a writer, two readers, the WAL checkpointer)
#
# Exit 1 on a failed test or any sanitizer report. Qt, SQLCipher, Poppler and
# Leptonica themselves are not instrumented.
set -eu
SRC=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-${TMPDIR:-/tmp}/sohoa-sanitize}
MODE=${SAN:-address}
if [ "$MODE" = thread ]; then
  SANFLAGS="-fsanitize=thread"
  PIECES="store"
else
  SANFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
  PIECES="crypto common text framer store pdf"
fi
CXX="nice ccache clang++-14"
PKGS="Qt6Core Qt6Gui libsodium sqlcipher poppler-qt6 lept"
FLAGS="-std=c++20 -O1 -g -fno-omit-frame-pointer $SANFLAGS -fPIC -Wno-unknown-warning-option \
 -DQT_NO_KEYWORDS -DQT_NO_URL_CAST_FROM_STRING -DQT_USE_QSTRINGBUILDER -DSQLITE_HAS_CODEC=1 -DSOHOA_VERSION=\"0.1.0\" \
 -I$SRC -I$SRC/core -I$SRC/server -I$SRC/tests/support $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS) -lgtest -lpthread"
OBJ=$WORK/objs-$MODE
mkdir -p "$OBJ"
obj() {
  o=$OBJ/$(echo "$1" | tr '/' '_').o
  $CXX $FLAGS -c "$SRC/$1" -o "$o"
  echo "$o"
}
prog() {
  name=$1
  shift
  objs=""
  for s in "$@"; do objs="$objs $(obj "$s")"; done
  $CXX $FLAGS -o "$WORK/$name-$MODE" $objs $LIBS
}
COMMON="core/common/Clock.cpp core/common/Json.cpp core/common/JsonWriter.cpp tests/support/test_main.cpp"
CRYPTO="core/crypto/Hash.cpp core/crypto/KeyWrap.cpp core/crypto/PasswordKdf.cpp core/crypto/RecoveryCode.cpp \
 core/crypto/SealedBox.cpp core/crypto/SecretBytes.cpp core/crypto/Sodium.cpp"
failed=0
for piece in $PIECES; do
  case $piece in
  crypto) prog crypto_kat_tests tests/crypto/CryptoKnownAnswerTest.cpp $CRYPTO core/sync/Signature.cpp $COMMON ;;
  common) prog common_tests tests/common/ClockTest.cpp tests/common/JsonWriterTest.cpp core/records/Record.cpp $COMMON ;;
  text) prog text_tests tests/text/TextTest.cpp core/text/LegacyEncoding.cpp core/text/SearchFold.cpp \
          core/text/VietnameseText.cpp $COMMON ;;
  framer) prog request_framer_tests tests/registry/RequestFramerTest.cpp server/registry/RequestFramer.cpp $COMMON ;;
  store) prog store_tests tests/store/QueryHelpersTest.cpp tests/store/StoreThreadsTest.cpp core/store/Database.cpp \
           core/store/WalCheckpointer.cpp core/store/WriterTurns.cpp core/store/LockFile.cpp $CRYPTO $COMMON ;;
  pdf) prog pdf_limits_tests tests/capture/PdfLimitsTest.cpp core/capture/PdfSource.cpp core/capture/PageSource.cpp \
         core/imaging/ImageCodec.cpp core/imaging/Pix.cpp core/ocr/OcrPage.cpp $COMMON ;;
  esac
  name=$(ls "$WORK" | grep -- "-$MODE\$" | grep "^$( [ $piece = framer ] && echo request_framer || echo $piece)" | head -1)
  log=$WORK/$name.log
  if QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     TSAN_OPTIONS=halt_on_error=0 "$WORK/$name" >"$log" 2>&1 &&
     ! grep -qE "ERROR: AddressSanitizer|runtime error:|WARNING: ThreadSanitizer|ERROR: LeakSanitizer" "$log"; then
    echo "$name: $(grep -E '^\[  PASSED  \]' "$log")"
  else
    echo "$name: FAILED (see $log)"
    failed=1
  fi
done
exit $failed
