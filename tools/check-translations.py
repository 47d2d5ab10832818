#!/usr/bin/env python3
"""Check that every message the code translates is in translations/*.ts under the context the program
asks for at run time, with a translation.

    tools/check-translations.py [--lupdate PATH] [--root DIR]

SoHoa writes every message in one idiom (core/i18n/Tr.h): `Tr::tr()` of the concern's context class or
a QObject's own tr(). Then the context lupdate files a message under is the one the program looks it up
with, and this check can trust lupdate:
  1. tools/tr-contexts.py --check: no file-local tr() helper, no hand-written context string, no local
     `auto tr = [](...)` is left (their contexts are invisible to lupdate);
  2. lupdate (with the repository root as include path, so it reads the Tr.h headers) warns about no
     tr() call whose class it cannot tell ("lacks Q_OBJECT", "unknown namespace/class");
  3. every (context, source) lupdate finds is in sohoa_vi.ts and sohoa_en.ts, finished;
  4. every QT_TRANSLATE_NOOP context is a declared one (a Tr.h context) or Qt's own (Q...), so the
     Tr::tr(label) that translates it later finds it;
  5. no tr() gets its text from a variable outside such a table (a wrapper hides its callers' texts).
Exit 1 with one line per problem; the fix is tools/tr-contexts.py, then ./sohoa.sh translations.
"""

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDERS = ["core", "ui", "app", "server", "testing"]


def messages(ts: Path):
    """(context, source) -> finished?"""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if m.get("numerus") == "yes":
                text = "".join(f.text or "" for f in tr.findall("numerusform")) if tr is not None else ""
            else:
                text = (tr.text or "") if tr is not None else ""
            out[(name, m.findtext("source") or "")] = kind != "unfinished" and bool(text.strip())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    args = ap.parse_args()
    root = Path(args.root)
    problems = []

    conv = subprocess.run([sys.executable, str(root / "tools" / "tr-contexts.py"), "--check"],
                          cwd=root, capture_output=True, text=True)
    for line in conv.stdout.splitlines():
        problems.append("%s: translated outside the Tr idiom (tools/tr-contexts.py converts it)"
                        % line.replace("would change ", ""))

    with tempfile.TemporaryDirectory() as tmp:
        found_ts = Path(tmp) / "found.ts"
        run = subprocess.run([args.lupdate, "-locations", "absolute", "-no-obsolete", "-I", str(root)]
                             + [str(root / f) for f in FOLDERS] + ["-ts", str(found_ts)],
                             cwd=root, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr, file=sys.stderr)
            return 2
        for line in (run.stdout + run.stderr).splitlines():
            if re.match(r"^/.*:\d+: ", line):
                problems.append(line + " (lupdate cannot tell this message's context)")
        found = []
        for ctx in ET.parse(found_ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                loc = m.find("location")
                where = "?"
                if loc is not None:
                    file = (found_ts.parent / loc.get("filename")).resolve()
                    where = "%s:%s" % (file.relative_to(root.resolve()) if file.is_relative_to(root.resolve())
                                       else file, loc.get("line"))
                found.append((name, m.findtext("source") or "", where))

    for ts in ["sohoa_vi.ts", "sohoa_en.ts"]:
        have = messages(root / "translations" / ts)
        for name, source, where in found:
            state = have.get((name, source))
            if state is None:
                problems.append("%s: context '%s' has no entry for %r in %s" % (where, name, source[:70], ts))
            elif not state:
                problems.append("%s: %r (context '%s') has no translation in %s" % (where, source[:70], name, ts))

    declared = set()
    for f in FOLDERS:
        for h in (root / f).rglob("Tr.h"):
            declared.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\)", h.read_text(encoding="utf-8")))
    for f in FOLDERS:
        for src in (root / f).rglob("*.cpp"):
            text = src.read_text(encoding="utf-8")
            for m in re.finditer(r'QT_TRANSLATE_NOOP\(\s*"([^"]+)"', text):
                if m.group(1) not in declared and not re.match(r"^Q[A-Z]", m.group(1)):
                    line = text.count("\n", 0, m.start()) + 1
                    problems.append("%s:%d: QT_TRANSLATE_NOOP context '%s' is not a Tr.h context"
                                    % (src.relative_to(root), line, m.group(1)))

    # 5. A message handed through a variable (a wrapper `trn(const char* text, int n)`) is invisible to
    #    lupdate; only tables marked with QT_TRANSLATE_NOOP may translate a variable.
    for f in FOLDERS:
        for src in (root / f).rglob("*.cpp"):
            text = src.read_text(encoding="utf-8")
            if "QT_TRANSLATE_NOOP" in text or "QT_TR_NOOP" in text:
                continue
            for m in re.finditer(r"\btr\(\s*(?![\s\"])", text):
                line = text.count("\n", 0, m.start()) + 1
                problems.append("%s:%d: a message passed through a variable: lupdate cannot see it (write "
                                "Tr::tr(\"...\") where the text is)" % (src.relative_to(root), line))

    for p in problems:
        print(p)
    if problems:
        print("%d problem(s); fix: python3 tools/tr-contexts.py, then ./sohoa.sh translations" % len(problems))
        return 1
    print("%d messages, each in translations/*.ts under the context the code uses" % len(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
