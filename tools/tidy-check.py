#!/usr/bin/env python3
"""clang-tidy over SoHoa's own sources, with a result cache.

Runs clang-tidy (the repository's .clang-tidy, every finding an error) on the translation units of
the build's compile database under the given folders (default: core/ and server/). A file that
passed before is not checked again while nothing it sees has changed: the cache key is the SHA-256
of the file's preprocessed source (every header it includes, with the build's macros, comments kept
so that NOLINT markers count), its compile
flags, .clang-tidy and the clang-tidy version. Only passes are cached, so a finding shows on every
run until it is fixed.

    tools/tidy-check.py --build build [--jobs 2] [--cache DIR] [--dirs core server] [FILE...]
    tools/tidy-check.py --build build --recorded tools/tidy-clean.txt   (CI: a fresh clone, no cache)
    tools/tidy-check.py --build build --record tools/tidy-clean.txt     (after a change: write it anew)

The recorded clean state (tools/tidy-clean.txt, committed) lists the cache key of every file of the
tree as it last passed. CI starts with an empty cache, so it checks only the files whose key is not
recorded there (changed since the record, or changed by what they include); computing a key is one
preprocessor run, about 0.5 s a file, against about 8 s of clang-tidy. --record runs the whole check
(with the cache) and, when it is clean, writes every file's key.

Exit status: 0 when every file is clean, 1 when clang-tidy reported a finding (printed), 2 on a
usage or set-up error.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path


def default_cache() -> Path:
    env = os.environ.get("SOHOA_TIDY_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sohoa-tidy"


def compile_args(entry: dict) -> list:
    if "arguments" in entry:
        return list(entry["arguments"])
    return shlex.split(entry["command"])


def preprocess_command(args: list, source: str) -> list:
    """The compile command turned into `-E` to stdout: drops -o X, -c, the source and depfile flags."""
    out = []
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a == source:
            continue
        out.append(a)
    # The compiler launcher (ccache) is not needed to preprocess.
    if out and os.path.basename(out[0]) == "ccache":
        out = out[1:]
    # -C keeps comments: a NOLINT removed from a file or a header must bring the check back.
    return out + ["-E", "-P", "-C", source, "-o", "-"]


def cache_key(entry: dict, root: Path, build: Path, salt: bytes) -> str:
    source = entry["file"]
    args = compile_args(entry)
    pre = subprocess.run(
        preprocess_command(args, source),
        cwd=entry.get("directory", "."),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    if pre.returncode != 0:
        raise RuntimeError(f"cannot preprocess {source}: {pre.stderr.decode(errors='replace')[:2000]}")
    h = hashlib.sha256()
    h.update(salt)
    # Paths differ between clones (CI checks out a fresh copy); the key must not.
    relsource = os.path.relpath(source, root)
    h.update(relsource.encode())
    flags = " ".join(a for a in args if a.startswith(("-D", "-std", "-f", "-W", "-O")))
    h.update(flags.encode())
    text = pre.stdout.replace(str(build).encode(), b"@BUILD@").replace(str(root).encode(), b"@ROOT@")
    h.update(text)
    return h.hexdigest()


def run_tidy(tidy: str, build: Path, source: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [tidy, "-p", str(build), "--quiet", "--warnings-as-errors=*", source],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        check=False,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="build folder holding compile_commands.json")
    ap.add_argument("--jobs", type=int, default=int(os.environ.get("SOHOA_JOBS", "2")))
    ap.add_argument("--cache", type=Path, default=default_cache())
    ap.add_argument("--no-cache", action="store_true", help="check every file (still records passes)")
    ap.add_argument("--dirs", nargs="+", default=["core", "server"], help="folders of the repository to check")
    ap.add_argument("--clang-tidy", default=os.environ.get("CLANG_TIDY", "clang-tidy"))
    ap.add_argument("--recorded", type=Path, help="a recorded clean state: its keys count as passed")
    ap.add_argument("--record", type=Path, help="after a clean run over every file, write the keys here")
    ap.add_argument("--max-unchecked", type=int, help="fail at once when more files than this need clang-tidy "
                    "(CI: a stale record would not fit the time budget)")
    ap.add_argument("files", nargs="*", help="only these files (default: every file under --dirs)")
    opts = ap.parse_args()

    root = Path(__file__).resolve().parent.parent
    build = Path(opts.build).resolve()
    db_path = build / "compile_commands.json"
    if not db_path.is_file():
        print(f"tidy-check: {db_path} is missing (configure the build first)", file=sys.stderr)
        return 2
    with open(db_path, encoding="utf-8") as f:
        database = json.load(f)

    wanted = {str(Path(p).resolve()) for p in opts.files}
    prefixes = [str(root / d) + os.sep for d in opts.dirs]
    entries = {}
    for e in database:
        path = str(Path(e.get("directory", "."), e["file"]).resolve())
        if wanted:
            if path not in wanted:
                continue
        elif not any(path.startswith(p) for p in prefixes) or path.startswith(str(build) + os.sep):
            continue
        e = dict(e)
        e["file"] = path
        entries[path] = e  # one entry per file (a file compiled twice is checked once)
    missing = wanted - set(entries)
    if missing:
        print("tidy-check: not in the compile database: " + ", ".join(sorted(missing)), file=sys.stderr)
        return 2
    if not entries:
        print("tidy-check: no files to check", file=sys.stderr)
        return 2

    try:
        version = subprocess.run([opts.clang_tidy, "--version"], stdout=subprocess.PIPE, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as err:
        print(f"tidy-check: cannot run {opts.clang_tidy}: {err}", file=sys.stderr)
        return 2
    config = (root / ".clang-tidy").read_bytes()
    salt = hashlib.sha256(version + b"\0" + config + b"\0v2").digest()
    opts.cache.mkdir(parents=True, exist_ok=True)
    recorded = set()
    if opts.recorded and opts.recorded.is_file():
        for line in opts.recorded.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                recorded.add(tuple(line.split()))
    if opts.record and opts.files:
        print("tidy-check: --record writes the state of every file: give no FILE", file=sys.stderr)
        return 2
    keys = {}

    started = time.monotonic()
    checked = 0
    failures = []

    def passed_before(path: str) -> bool:
        key = cache_key(entries[path], root, build, salt)
        keys[path] = key
        marker = opts.cache / key[:2] / key
        if opts.no_cache:
            return False
        if (os.path.relpath(path, root), key) in recorded:
            return True
        if marker.exists():
            os.utime(marker)
            return True
        return False

    # 1. The keys (one preprocessor run a file): which files passed before as they are now.
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        todo = [p for p, done in zip(sorted(entries), pool.map(passed_before, sorted(entries))) if not done]
    cached = len(entries) - len(todo)
    keyed = time.monotonic() - started
    if opts.max_unchecked is not None and len(todo) > opts.max_unchecked:
        print(
            f"tidy-check: {len(todo)} files changed since {opts.recorded or 'the cache'} was written, more than "
            f"{opts.max_unchecked} (about 8 CPU-seconds each): run ./sohoa.sh tidy --record and commit "
            f"tools/tidy-clean.txt (keys in {keyed:.0f} s)",
            file=sys.stderr,
        )
        for path in todo[:20]:
            print(f"  {os.path.relpath(path, root)}", file=sys.stderr)
        return 1

    # 2. clang-tidy on the others.
    def one(path: str):
        key = keys[path]
        marker = opts.cache / key[:2] / key
        result = run_tidy(opts.clang_tidy, build, path)
        output = result.stdout.decode(errors="replace")
        if result.returncode == 0:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_bytes(b"")
            return path, False, None
        return path, False, output or f"clang-tidy exited with {result.returncode}\n"

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        for path, _, failure in pool.map(one, todo):
            checked += 1
            if failure is not None:
                failures.append((path, failure))
                sys.stdout.write(failure)
                sys.stdout.flush()

    # Forget results not used for 30 days (old versions of files, other branches).
    horizon = time.time() - 30 * 86400
    for marker in opts.cache.glob("*/*"):
        try:
            if marker.stat().st_mtime < horizon:
                marker.unlink()
        except OSError:
            pass

    elapsed = time.monotonic() - started
    if opts.record and not failures:
        lines = sorted(f"{os.path.relpath(p, root)} {k}" for p, k in keys.items())
        opts.record.write_text(
            "# tools/tidy-check.py --record: the cache key of every file as it last passed clang-tidy\n"
            "# (./sohoa.sh tidy --record writes it; CI checks only the files whose key is not here).\n"
            + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"tidy-check: recorded {len(lines)} clean files in {opts.record}", file=sys.stderr)
    print(
        f"tidy-check: {len(entries)} files, {checked} checked, {cached} unchanged since a clean check "
        f"(cache or record; keys in {keyed:.0f} s), "
        f"{len(failures)} with findings ({elapsed:.0f} s)",
        file=sys.stderr,
    )
    for path, _ in failures:
        print(f"  {os.path.relpath(path, root)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
