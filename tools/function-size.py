#!/usr/bin/env python3
"""List every C++ function in SoHoa's own code whose body is longer than a limit (default 150 lines).

The house rule: functions read in one sitting (< ~80 lines where natural, never > 150). The build
runs this as a test (Architecture.NoFunctionOverLimit, label fast), so a function that grows past
the limit turns the suite red with its file, line and length.

    tools/function-size.py [--root DIR] [--limit 150] [--dirs app core server ui testing] [--top N]

Why a script and not clang-tidy's readability-function-size: tidy runs only over core/ and server/
(about 8 s a file), while the rule covers ui/, app/ and testing/ too; this reads every file of the
five layers in well under a second and needs no build.

How it reads C++: comments, string and character literals (raw strings included) and preprocessor
lines are blanked (line breaks kept), then braces are matched. A brace at namespace or class scope
opens a function body when the text before it ends with a parameter list and its qualifiers
(`) const override`, `) noexcept`, `) -> T`) or with a constructor's initialiser list; anything
else there (a class, an enum, an initialiser `= {`) is not a function. Lambdas and local classes
count towards the function that holds them. A function's length is its body's lines, from the
line of its opening brace to that of its closing brace.

Exit status: 0 when no function is over the limit, 1 when some are (listed), 2 on a usage error.
"""

import argparse
import re
import subprocess
import sys
from pathlib import Path

DEFAULT_DIRS = ["app", "core", "server", "ui", "testing"]


def blank_non_code(text: str) -> str:
    """Comments, literals and preprocessor lines replaced by spaces; newlines kept so lines still count."""
    out = []
    i, n = 0, len(text)
    at_line_start = True
    while i < n:
        c = text[i]
        if at_line_start and c == "#":
            # A preprocessor directive, with its backslash continuations.
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    out.append(" \n")
                    i += 2
                    continue
                out.append(" ")
                i += 1
            continue
        if c == "\n":
            out.append(c)
            at_line_start = True
            i += 1
            continue
        if c in " \t":
            out.append(c)
            i += 1
            continue
        at_line_start = False
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                out.append(" ")
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
            continue
        raw = re.match(r'(?:u8|u|U|L)?R"([^()\\\s]{0,16})\(', text[i:i + 24])
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            closing = ")" + raw.group(1) + '"'
            end = text.find(closing, i + raw.end())
            end = n if end < 0 else end + len(closing)
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2:end]))
            i = end
            continue
        if c == "'" and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum():
            # A digit separator (1'000), not a character literal.
            out.append(" ")
            i += 1
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + c)
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


QUALIFIERS = r"(?:\s|const\b|volatile\b|override\b|final\b|mutable\b|noexcept\b(?:\s*\([^)]*\))?|&&?|->\s*[\w:<>,*&\s]+)*"
ENDS_WITH_PARAMETERS = re.compile(r"\)" + QUALIFIERS + r"$")
# `X::X(...) : a_(b), c_{d}` up to the body's brace (the `{d}` parts are folded to `{}` before this test).
CONSTRUCTOR_INITIALISERS = re.compile(r"\)\s*(?:noexcept\s*)?:\s*[\w:<>]+\s*[({].*[)}]\s*$", re.S)
TYPE_KEYWORD = re.compile(r"\b(class|struct|union|enum)\b")
NAME_BEFORE_PARAMETERS = re.compile(r"([~\w:<>=!+\-*/%&|^\[\]]+)\s*\($")


def function_name(head: str) -> str:
    """The declarator's name: the identifier in front of the parameter list, the first parenthesised
    group followed only by qualifiers or by a constructor's initialiser list."""
    depth = 0
    for k, ch in enumerate(head):
        if ch == "(":
            if depth == 0:
                opened = k
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                rest = head[k:]
                if ENDS_WITH_PARAMETERS.search(rest) and ENDS_WITH_PARAMETERS.search(rest).start() == 0 \
                        or re.match(r"\)\s*(?:noexcept\s*)?:(?!:)", rest):
                    m = NAME_BEFORE_PARAMETERS.search(head[: opened + 1])
                    if m:
                        return m.group(1)
    return head.strip().split("\n")[-1][:60]


def classify(head: str) -> str:
    h = head.strip()
    if re.search(r"\bnamespace\b", h) or re.match(r'^extern\s*""\s*$', h):
        return "scope"
    kw = TYPE_KEYWORD.search(h)
    if kw and "(" not in h[: kw.start()] and "=" not in h:
        return "scope"
    if h.count("(") > h.count(")"):
        return "initialiser"  # a default argument `= {}` inside a parameter list
    if ENDS_WITH_PARAMETERS.search(h):
        return "function"
    if CONSTRUCTOR_INITIALISERS.search(h):
        return "function"
    if re.search(r"\)\s*(?:noexcept\s*)?:", h) and re.search(r"[\w>]\s*$", h):
        return "initialiser"  # a member's brace initialiser in a constructor's list
    return "other"


def long_functions(path: Path, limit: int):
    code = blank_non_code(path.read_text(encoding="utf-8", errors="replace"))
    line_of = [0] * (len(code) + 1)
    line = 1
    for k, ch in enumerate(code):
        line_of[k] = line
        if ch == "\n":
            line += 1
    results = []
    scopes = []  # one entry per open brace at namespace/class level: "scope" or "other"
    head_start = 0
    i, n = 0, len(code)
    while i < n:
        ch = code[i]
        if ch in ";":
            head_start = i + 1
        elif ch == "}":
            if scopes:
                scopes.pop()
            head_start = i + 1
        elif ch == "{":
            head = code[head_start:i]
            kind = classify(head)
            if kind in ("function", "initialiser", "other"):
                end = matching_brace(code, i)
                if kind == "function":
                    lines = line_of[min(end, n - 1)] - line_of[i] + 1
                    if lines > limit:
                        results.append((line_of[i], lines, function_name(head)))
                if kind == "initialiser":
                    # Keep reading the same head: the body's brace comes after the list.
                    code = code[:i] + "{" + " " * (end - i - 1) + "}" + code[end + 1:] if end < n else code
                    i = end + 1
                    continue
                i = end + 1
                head_start = i
                continue
            scopes.append(kind)
            head_start = i + 1
        i += 1
    return results


def matching_brace(code: str, open_at: int) -> int:
    depth = 0
    for k in range(open_at, len(code)):
        if code[k] == "{":
            depth += 1
        elif code[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(code)


def sources(root: Path, dirs: list) -> list:
    try:
        out = subprocess.run(["git", "-C", str(root), "ls-files", "--", *dirs], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, check=True, text=True).stdout.split()
        files = [root / p for p in out]
    except (OSError, subprocess.CalledProcessError):
        files = [p for d in dirs for p in (root / d).rglob("*")]
    return sorted(p for p in files if p.suffix in (".cpp", ".h", ".hpp", ".cc") and p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--dirs", nargs="+", default=DEFAULT_DIRS)
    parser.add_argument("--top", type=int, default=0, help="also list the N longest functions, whatever the limit")
    parser.add_argument("files", nargs="*", help="check these files instead of the folders")
    args = parser.parse_args()
    root = Path(args.root)
    files = [Path(f) for f in args.files] if args.files else sources(root, args.dirs)
    if not files:
        print(f"function-size: no C++ files under {args.dirs} in {root}", file=sys.stderr)
        return 2
    found = []
    for f in files:
        for line, lines, name in long_functions(f, args.limit if not args.top else 0):
            rel = f.relative_to(root) if f.is_absolute() and root in f.parents else f
            found.append((lines, f"{rel}:{line}", name))
    found.sort(key=lambda x: -x[0])
    if args.top:
        for lines, where, name in found[: args.top]:
            print(f"{lines:5d}  {where}  {name}")
        found = [x for x in found if x[0] > args.limit]
        return 1 if found else 0
    for lines, where, name in found:
        print(f"{where}: {name} is {lines} lines (limit {args.limit}): split it along its seams")
    print(f"function-size: {len(files)} files, {len(found)} functions over {args.limit} lines")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
