#!/usr/bin/env python3
"""Instructions per record of the store's bulk insert (issue 3), for A/B tests.

  bench/store_insert_instructions.py BUILD_DIR [BUILD_DIR ...]
                                     [--records 20000] [--varied]
                                     [--per-transaction N]

On this machine wall-clock insert rates drift by 20-30 % from one run to the
next (a shared host), so a change of a few per cent cannot be seen with
`store_bench` alone. This runs `store_bench --real-only` under valgrind's
callgrind, which counts instructions: the same binary and inputs give the same
count, whatever else the machine is doing. It prints, per build:
  - the writer thread's instructions per record (SQLite, the audit entry and
    the index rows), without the benchmark's record generator and without
    preparation that the writer happened to run itself;
  - the part of that spent in COMMIT.
Give two build trees (a baseline and a change) to compare them; they run two
at a time. Instructions are not time (cache misses and I/O are not counted),
so confirm a gain with alternating `store_bench` runs. Needs valgrind; about
two minutes per build for 20,000 records. The records are synthetic.
"""
import argparse
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def inclusive_costs(profile):
    """{function name: inclusive instructions} from callgrind_annotate."""
    out = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(profile)],
                         capture_output=True, text=True, check=True).stdout
    costs = {}
    for line in out.splitlines():
        m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)$", line)
        if m:
            name = m.group(2)
            costs[name] = max(costs.get(name, 0), int(m.group(1).replace(",", "")))
    return costs


def largest(costs, pattern):
    return max((v for k, v in costs.items() if re.search(pattern, k)), default=0)


def measure(build, args, workdir):
    bench = Path(build) / "bench" / "store_bench"
    if not bench.exists():
        sys.exit(f"no {bench}: build the bench targets first")
    profile = Path(workdir) / "callgrind.out"
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={profile}",
           "--toggle-collect=*insertRealPath*", str(bench), str(args.records),
           str(Path(workdir) / "store"), "--real-only"]
    if args.varied:
        cmd.append("--varied")
    if args.per_transaction:
        cmd += ["--per-transaction", str(args.per_transaction)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    costs = inclusive_costs(profile)
    total = largest(costs, r"PROGRAM TOTALS")
    # Only the writer thread is collected (the toggle is on its stack); it may
    # still run a preparation chunk itself when it asks for one not yet started.
    stolen = largest(costs, r"prepareRecord\(sohoa")
    generator = largest(costs, r"RecordGenerator::birth\(") + largest(costs, r"RecordGenerator::RecordGenerator\(") \
        + largest(costs, r"\(anonymous namespace\)::sampleRecord\(")
    commit = largest(costs, r"Transaction::commit\(\)")
    writer = total - stolen - generator
    return writer / args.records, commit / args.records


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("builds", nargs="+")
    p.add_argument("--records", type=int, default=20000)
    p.add_argument("--varied", action="store_true", help="realistic births instead of the uniform records")
    p.add_argument("--per-transaction", type=int)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="sohoa-insert-instr-") as tmp:
        dirs = [Path(tmp) / str(i) for i in range(len(args.builds))]
        for d in dirs:
            d.mkdir()
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda build, d: measure(build, args, d), args.builds, dirs))
    kind = "varied births" if args.varied else "uniform records"
    print(f"store_bench --real-only, {args.records} {kind}: writer instructions per record")
    base = results[0][0]
    for build, (writer, commit) in zip(args.builds, results):
        change = "" if build == args.builds[0] else f"  ({100.0 * (writer - base) / base:+.1f} %)"
        print(f"  {build}: {writer / 1000:.1f}k (COMMIT {commit / 1000:.1f}k){change}")


if __name__ == "__main__":
    main()
