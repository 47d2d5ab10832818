#!/usr/bin/env python3
"""Make every include of SoHoa's own headers name its layer: "core/review/ReviewQueue.h",
"ui/review/ReviewPage.h", "server/registry/RegistryStore.h", "testing/render/FormRenderer.h".

Seven folder names exist in both core/ and ui/ (audit, review, records, ...), so "review/X.h" says
nothing about which layer a file reaches into. This script rewrites the includes of every tracked C++
file, and the include directories of the four layer libraries (core, ui, server, testing) from their
own folder to the repository root, so that only the layer-named form compiles afterwards.

    tools/layer-includes.py [--check] [--root DIR]

Idempotent: an include that already names its layer, a relative include ("SyncTestSupport.h"), a
system or Qt header and a generated one are left as they are. --check rewrites nothing and exits 1
when something would change. Exits 2 when an include could name two layers' files (say which by hand).
"""

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

LAYERS = ["core", "ui", "server", "testing"]

# The layers a file may include from, in the order its target searches them (first match wins when
# a path exists in two layers; the script refuses such a case unless the file's own layer has it).
def search_order(rel: Path) -> list:
    top = rel.parts[0]
    if top == "core":
        return ["core"]
    if top == "ui":
        return ["ui", "core"]
    if top in ("server", "testing"):
        return [top, "core"]
    # app/, tests/, bench/, fuzz/: whatever they link, own layer unknown.
    return ["ui", "server", "testing", "core"]


INCLUDE = re.compile(r'^(\s*#\s*include\s+)"([^"]+)"', re.M)

CMAKE_LINES = {
    "core/CMakeLists.txt": "sohoa_core",
    "ui/CMakeLists.txt": "sohoa_ui",
    "server/CMakeLists.txt": "sohoa_registry",
    "testing/CMakeLists.txt": "sohoa_fixtures",
}


def tracked_sources(root: Path) -> list:
    out = subprocess.run(
        ["git", "-C", str(root), "ls-files", "*.cpp", "*.h"], stdout=subprocess.PIPE, check=True, text=True
    ).stdout.split()
    return [Path(p) for p in out if not p.startswith("fuzz/corpus/")]


def rewrite_file(root: Path, rel: Path, problems: list) -> str:
    text = (root / rel).read_text(encoding="utf-8")

    def fix(m: re.Match) -> str:
        path = m.group(2)
        first = path.split("/", 1)[0]
        if first in LAYERS and "/" in path and (root / path).is_file():
            return m.group(0)  # already names its layer
        beside = (root / rel.parent / path).resolve()
        if beside.is_file():
            # Relative to the including file: written from the layer's root when it is a layer's header
            # reached from that layer's top folder ("registry/RegistryStore.h" in server/).
            inside = beside.relative_to(root)
            if inside.parts[0] in LAYERS and rel.parent == Path(inside.parts[0]):
                return f'{m.group(1)}"{inside.as_posix()}"'
            return m.group(0)
        if "/" not in path:
            return m.group(0)  # a header beside its test, or generated
        hits = [layer for layer in LAYERS if (root / layer / path).is_file()]
        if not hits:
            return m.group(0)  # a test-support or generated header: not a layer's
        order = [layer for layer in search_order(rel) if layer in hits]
        if len(hits) > 1 and (not order or order[0] != rel.parts[0]):
            problems.append(f"{rel}: \"{path}\" exists in {', '.join(hits)}")
            return m.group(0)
        layer = order[0] if order else hits[0]
        return f'{m.group(1)}"{layer}/{path}"'

    return INCLUDE.sub(fix, text)


def rewrite_cmake(root: Path, rel: str, target: str) -> str:
    text = (root / rel).read_text(encoding="utf-8")
    return re.sub(
        r"target_include_directories\(" + re.escape(target) + r" PUBLIC \$\{CMAKE_CURRENT_SOURCE_DIR\}\)",
        f"target_include_directories({target} PUBLIC ${{PROJECT_SOURCE_DIR}})",
        text,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 when something would change")
    opts = ap.parse_args()
    root = opts.root.resolve()

    problems = []
    changed = {}
    for rel in tracked_sources(root):
        new = rewrite_file(root, rel, problems)
        if new != (root / rel).read_text(encoding="utf-8"):
            changed[str(rel)] = new
    for rel, target in CMAKE_LINES.items():
        if (root / rel).is_file():
            new = rewrite_cmake(root, rel, target)
            if new != (root / rel).read_text(encoding="utf-8"):
                changed[rel] = new

    if problems:
        print("layer-includes: includes that could name two layers (write the layer by hand):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 2
    if opts.check:
        for rel in sorted(changed):
            print(rel)
        return 1 if changed else 0
    for rel, text in changed.items():
        (root / rel).write_text(text, encoding="utf-8")
    # The new names sort differently: clang-format (.clang-format: IncludeBlocks Regroup) orders them.
    sources = [rel for rel in changed if rel.endswith((".cpp", ".h"))]
    if sources and shutil.which("clang-format"):
        for i in range(0, len(sources), 100):
            subprocess.run(["clang-format", "-i", *sources[i : i + 100]], cwd=root, check=True)
    print(f"layer-includes: {len(changed)} files rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
