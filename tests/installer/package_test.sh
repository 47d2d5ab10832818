#!/usr/bin/env bash
# package_test.sh BUILD_DIR VERSION DEVSET_IMAGES_DIR
set -euo pipefail
build=$1 version=$2 images=$3
work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then dpkg -r sohoa >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cmake --build "$build" --target package >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls -t "$build"/sohoa_"$version"_*.deb | head -n 1)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Version Depends
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ]
# (grep -q on a pipe would stop dpkg-deb early and pipefail would call it a failure)
dpkg-deb --contents "$deb" >"$work/contents.txt"
for path in ./usr/bin/sohoa-cli ./usr/bin/sohoa-registry ./usr/bin/sohoa ./usr/share/applications/sohoa.desktop \
            ./usr/share/icons/hicolor/scalable/apps/sohoa.svg; do
  grep -q " $path\$" "$work/contents.txt" || { echo "missing from the package: $path" >&2; exit 1; }
done
if [ "$(id -u)" = 0 ]; then
  if dpkg -s sohoa >/dev/null 2>&1; then
    echo "a sohoa package is already installed on this machine; refusing to replace it" >&2
    exit 1
  fi
  apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }
  installed=1
  cli=/usr/bin/sohoa-cli
  echo "installed with apt; running $cli"
else
  dpkg-deb -x "$deb" "$work/root"
  cli=$work/root/usr/bin/sohoa-cli
  echo "not root: unpacked the package; running $cli"
fi

"$cli" --version | grep -qx "sohoa-cli $version"
image=$(ls "$images"/*.png | head -n 1)
cd "$work"
status=0
"$cli" extract --jobs 1 "$image" >out.jsonl 2>err.log || status=$?
[ "$status" = 0 ] || { cat err.log; exit 1; }
python3 - "$image" <<'PY'
import json, os, sys
lines = [json.loads(l) for l in open('out.jsonl', encoding='utf-8') if l.strip()]
assert len(lines) == 1, lines
doc = lines[0]
assert os.path.basename(doc['file']) == os.path.basename(sys.argv[1]), doc
assert doc['pages'] == 1, doc
assert doc['type'] in ('birth', 'death', 'marriage', 'land_certificate'), doc['type']
assert len(doc['fields']) >= 5, doc['fields']
print('extract from the installed package: type %s, %d fields' % (doc['type'], len(doc['fields'])))
PY
if [ "$installed" = 1 ]; then
  dpkg -r sohoa >/dev/null
  installed=0
  [ ! -e /usr/bin/sohoa-cli ] || { echo "sohoa-cli still present after removal" >&2; exit 1; }
  echo "removed"
fi
