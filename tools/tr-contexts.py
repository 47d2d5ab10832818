#!/usr/bin/env python3
"""Move translated messages to SoHoa's one translation idiom: `Tr::tr("English text")`, where Tr is
the concern's context class (core/i18n/Tr.h, ui/common/Tr.h, app/cli/Tr.h, server/registry/Tr.h,
testing/Tr.h; Q_DECLARE_TR_FUNCTIONS(sohoa::<concern>)), or a QObject's own tr().

    tools/tr-contexts.py [--check] [FILE...]      (default: every C++ file under core ui app server testing)

What it rewrites, in files that have no QObject of their own (Q_OBJECT in the file or its header):
  - a file-local helper `QString tr(const char* text) { return QCoreApplication::translate("ctx", text); }`
    (and its numerus variant) is deleted;
  - every bare `tr(` call becomes `Tr::tr(` (the helper's context, invisible to lupdate, is gone);
  - a local `auto tr = [](const char* text) {...}` is deleted and its function's calls become `Tr::tr(`
    (also in a file with a QObject);
  - `QCoreApplication::translate("sohoa::…" or "main", ` becomes `Tr::tr(`;
  - `QT_TRANSLATE_NOOP("sohoa::…", ` names the file's concern context;
  - the concern's Tr.h is included.
Idempotent. --check rewrites nothing and exits 1 when a file would change (lists them).
After running it: clang-format -i on the changed files, then ./sohoa.sh translations.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# path prefix -> (include line, qualifier written before ::tr, context for QT_TRANSLATE_NOOP or None)
CORE_NAMESPACE = {"export": "exporting"}


def concern(rel: str):
    parts = rel.split("/")
    if parts[0] == "core" and len(parts) > 2:
        folder = parts[1]
        ns = CORE_NAMESPACE.get(folder, folder)
        qualifier = "common::Tr" if folder == "common" else "Tr"
        return '#include "core/i18n/Tr.h"', qualifier, "sohoa::" + ns
    if parts[0] == "ui":
        return '#include "ui/common/Tr.h"', "Tr", "sohoa::ui"
    if parts[0] == "app" and parts[1] == "desktop":
        return '#include "ui/common/Tr.h"', "sohoa::ui::Tr", "sohoa::ui"
    if parts[0] == "app" and parts[1] == "cli":
        return '#include "Tr.h"', "Tr", "sohoa::cli"
    if parts[0] == "server" and len(parts) > 2 and parts[1] == "registry":
        return '#include "server/registry/Tr.h"', "Tr", "sohoa::registry"
    if parts[0] == "server":
        return '#include "server/registry/Tr.h"', "registry::Tr", "sohoa::registry"
    if parts[0] == "testing":
        ns = {"render": "sohoa::render", "demo": "sohoa::fixtures"}.get(parts[1])
        return '#include "testing/Tr.h"', "Tr", ns
    return None


HELPER = re.compile(
    r'(?:^//[^\n]*\n)*^(?:inline |static )?QString tr\(const char\* \w+(?:, const char\* \w+, int \w+)?\)\n?\{\s*'
    r'return QCoreApplication::translate\(\s*"[^"]*",[^;]*\);\s*\}\n\n?',
    re.M,
)
BARE_TR = re.compile(r"(?<![\w:.>])tr\(")
TRANSLATE = re.compile(r'QCoreApplication::translate\(\s*"(?:sohoa::[^"]*|main)",\s*')
NOOP = re.compile(r'QT_TRANSLATE_NOOP\(\s*"(sohoa::[^"]*)"')
# A local `auto tr = [](const char* text) { return QCoreApplication::translate("ctx", text); };` (already
# turned into Tr::tr by TRANSLATE): lupdate cannot see through it; the function's calls go to Tr::tr.
LOCAL_TR = re.compile(r"^[ \t]*(?:const )?auto tr = \[\]\(const char\* \w+\) \{ return [\w:]*Tr::tr\(\w+\); \};\n", re.M)
EMPTY_ANON = re.compile(r"\nnamespace \{\s*\} // namespace\n")
INCLUDE = re.compile(r'^#include "[^"]+"\n', re.M)


def has_qobject(path: Path) -> bool:
    if "Q_OBJECT" in path.read_text(encoding="utf-8"):
        return True
    header = path.with_suffix(".h")
    return path.suffix == ".cpp" and header.exists() and "Q_OBJECT" in header.read_text(encoding="utf-8")


def convert(path: Path) -> str:
    rel = path.relative_to(ROOT).as_posix()
    text = path.read_text(encoding="utf-8")
    where = concern(rel)
    if where is None or rel.endswith("/Tr.h") or rel == "core/i18n/Language.cpp":
        return text
    include, qualifier, context = where
    new = HELPER.sub("", text)
    if not has_qobject(path):
        new = BARE_TR.sub(qualifier + "::tr(", new)
    new = TRANSLATE.sub(qualifier + "::tr(", new)
    while (m := LOCAL_TR.search(new)):
        end = new.find("\n}\n", m.end())
        end = len(new) if end < 0 else end
        new = new[: m.start()] + BARE_TR.sub(qualifier + "::tr(", new[m.end() : end]) + new[end:]
    if context:
        new = NOOP.sub('QT_TRANSLATE_NOOP("%s"' % context, new)
    new = EMPTY_ANON.sub("\n", new)
    if new != text and "Tr::tr(" in new and include not in new:
        includes = list(INCLUDE.finditer(new))
        if includes:
            # after the file's own header (first include); clang-format sorts the block
            at = includes[1].start() if len(includes) > 1 else includes[0].end()
            new = new[:at] + include + "\n" + new[at:]
        else:
            first = new.find("#include")
            new = new[:first] + include + "\n" + new[first:]
    return new


def main(argv):
    check = "--check" in argv
    files = [Path(a).resolve() for a in argv if a != "--check"]
    if not files:
        listed = subprocess.run(
            ["git", "ls-files", "core", "ui", "app", "server", "testing"],
            cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
        files = [ROOT / f for f in listed if f.endswith((".cpp", ".h"))]
    changed = []
    for f in files:
        if not f.exists():
            continue
        new = convert(f)
        if new != f.read_text(encoding="utf-8"):
            changed.append(f.relative_to(ROOT).as_posix())
            if not check:
                f.write_text(new, encoding="utf-8")
    for c in changed:
        print(("would change " if check else "changed ") + c)
    return 1 if (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
