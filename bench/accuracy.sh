#!/bin/sh
# Devset accuracy and confidence calibration of `sohoa-cli extract`:
#   bench/accuracy.sh [BUILD_DIR] [DEVSET_DIR]
# Prints score_extract.py's report and the calibration table (bench/calibration.py).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
devset=${2:-$here/../../shared/data/devset}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
OMP_THREAD_LIMIT=1 "$build/app/cli/sohoa-cli" extract --quiet --jobs "${JOBS:-2}" "$devset"/images/* > "$out/pred.jsonl" || true
python3 "$here/../../shared/tools/score_extract.py" --truth "$devset/truth.jsonl" --pred "$out/pred.jsonl" --max-errors 60
python3 "$here/calibration.py" --truth "$devset/truth.jsonl" --pred "$out/pred.jsonl" --wrong
