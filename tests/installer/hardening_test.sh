#!/bin/bash
# Checks the built programs for the hardening the release build promises
# (cmake/SohoaOptions.cmake): PIE, full RELRO (GNU_RELRO + BIND_NOW), a
# non-executable stack, the stack protector and _FORTIFY_SOURCE (__*_chk
# imports). CET (IBT/SHSTK notes) is reported, not required: one object
# without it (a system static library) drops the note for the whole program.
# usage: hardening_test.sh CONFIG BINARY...   (CONFIG: the CMake build type;
# Debug builds have no _FORTIFY_SOURCE, so there the __*_chk check only informs)
set -u
config=$1; shift
fail=0
for bin in "$@"; do
  if [ ! -x "$bin" ]; then
    echo "FAIL $bin: not built"; fail=1; continue
  fi
  name=$(basename "$bin")
  header=$(readelf -W -h "$bin")
  segments=$(readelf -W -l "$bin")
  dynamic=$(readelf -W -d "$bin")
  symbols=$(readelf -W --dyn-syms "$bin")
  notes=$(readelf -W -n "$bin" 2>/dev/null)
  check() { # description, condition result
    if [ "$2" = 0 ]; then echo "ok   $name: $1"; else echo "FAIL $name: $1"; fail=1; fi
  }
  echo "$header" | grep -Eq 'Type:[[:space:]]+DYN'; check "PIE (ELF type DYN)" $?
  echo "$segments" | grep -q 'GNU_RELRO'; check "RELRO segment" $?
  echo "$dynamic" | grep -Eq 'BIND_NOW|FLAGS.*[[:space:]]NOW'; check "BIND_NOW (full RELRO)" $?
  echo "$segments" | grep -E 'GNU_STACK' | grep -vq 'RWE'; check "non-executable stack" $?
  echo "$symbols" | grep -q '__stack_chk_fail'; check "stack protector (__stack_chk_fail)" $?
  if [ "$config" = Debug ]; then
    echo "info $name: Debug build, _FORTIFY_SOURCE not checked"
  else
    echo "$symbols" | grep -Eq '__[a-z0-9_]+_chk(@|$|[[:space:]])'; check "fortified calls (__*_chk)" $?
  fi
  if echo "$notes" | grep -q 'IBT'; then echo "ok   $name: CET note (IBT/SHSTK)"; else echo "info $name: no CET note"; fi
done
exit $fail
