#!/usr/bin/env python3
"""Taught layouts per devset family (issue 24): teach one document, read the others.

  bench/layout_families.py BUILD_DIR [--devset DIR] [--families "death/A,marriage/B"]
                           [--rotate] [--cache DIR]

For each layout family of the devset's single-document files (record type,
layout and style from truth.jsonl's `variant`), teaches a layout from one
document of the family with its truth values (tests/layouts/layouts_devrun,
OCR cached) and reads the family's other documents with it. Prints, per
family, the field accuracy of the generic reading and of the reading with the
taught layout on those other documents (score_extract.py's value comparison).
With --rotate every document of the family teaches in turn and the figures
are summed over the rotations; without it the first document (file order)
teaches. Last, all families' layouts are loaded together over every single
document: no document may read fewer fields right than without layouts.
The devset is synthetic: the outputs hold no personal data.
"""
import argparse
import collections
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def shared_dir():
    """../shared beside the repository (a worktree finds it beside the main checkout)."""
    if (HERE.parent / "shared").is_dir():
        return HERE.parent / "shared"
    common = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--git-common-dir"], capture_output=True,
                            text=True).stdout.strip()
    return (HERE / common).resolve().parent.parent / "shared" if common else HERE.parent / "shared"


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_extract", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def family_of(truth):
    v = truth["variant"]
    name = f"{truth['type']}/{v['layout']}"
    return name + (f"/{v['layout_style']}" if v.get("layout_style") else "")


def devrun(build, cache, truth_path, devset, teach, files):
    cmd = [str(Path(build) / "tests/layouts/layouts_devrun"), "--cache", str(cache), "--truth", str(truth_path)]
    for t in teach:
        cmd += ["--learn", str(devset / t)]
    cmd += [str(devset / f) for f in files]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OMP_THREAD_LIMIT="1")
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    preds = {}
    for line in out.stdout.splitlines():
        if line.strip():
            o = json.loads(line)
            preds[Path(o["file"]).name] = o
    return preds, out.stderr


def right_fields(scorer, truth, pred):
    n = 0
    fields = (pred or {}).get("fields", {})
    for k, v in truth["fields"].items():
        if scorer.norm(k, v) == scorer.norm(k, scorer.pred_value(fields.get(k))):
            n += 1
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--devset", default=str(shared_dir() / "data/devset2"))
    ap.add_argument("--scorer", default=str(shared_dir() / "tools/score_extract.py"))
    ap.add_argument("--cache", default=None)
    ap.add_argument("--families", default="birth/D/caption,death/A,death/D/caption,land_certificate/D/caption,"
                                          "marriage/B")
    ap.add_argument("--rotate", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    devset = Path(a.devset)
    cache = Path(a.cache) if a.cache else Path(a.build) / "tests/extraction/devset2-ocr-cache"
    scorer = load_scorer(a.scorer)
    truths = [json.loads(l) for l in (devset / "truth.jsonl").read_text().splitlines() if l.strip()]
    singles = [t for t in truths if not t["variant"].get("stack")]
    byFamily = collections.defaultdict(list)
    for t in singles:
        byFamily[family_of(t)].append(t)
    truthOf = {Path(t["file"]).name: t for t in singles}

    generic, _ = devrun(a.build, cache, devset / "truth.jsonl", devset, [], [t["file"] for t in singles])
    teachers = []
    total_g = total_l = total_n = 0
    print(f"{'family':28s} {'teach':14s} {'docs':>4s} {'generic':>14s} {'taught layout':>14s}")
    for fam in a.families.split(","):
        docs = byFamily.get(fam, [])
        if len(docs) < 2:
            print(f"{fam}: fewer than two documents, skipped")
            continue
        teachers.append(docs[0]["file"])
        fam_g = fam_l = fam_n = 0
        for teach in (docs if a.rotate else docs[:1]):
            others = [d for d in docs if d is not teach]
            preds, err = devrun(a.build, cache, devset / "truth.jsonl", devset, [teach["file"]],
                                [d["file"] for d in others])
            if a.verbose:
                sys.stderr.write(err)
            g = sum(right_fields(scorer, d, generic.get(Path(d["file"]).name)) for d in others)
            l = sum(right_fields(scorer, d, preds.get(Path(d["file"]).name)) for d in others)
            n = sum(len(d["fields"]) for d in others)
            fam_g, fam_l, fam_n = fam_g + g, fam_l + l, fam_n + n
            print(f"{fam:28s} {Path(teach['file']).name:14s} {len(others):4d} {g:4d}/{n:<3d} {100.0 * g / n:5.1f}%"
                  f" {l:4d}/{n:<3d} {100.0 * l / n:5.1f}%", flush=True)
        total_g, total_l, total_n = total_g + fam_g, total_l + fam_l, total_n + fam_n
        if a.rotate:
            print(f"{fam + ' (all rotations)':43s} {fam_g:4d}/{fam_n:<3d} {100.0 * fam_g / fam_n:5.1f}%"
                  f" {fam_l:4d}/{fam_n:<3d} {100.0 * fam_l / fam_n:5.1f}%")
    if total_n:
        print(f"{'all families':43s} {total_g:4d}/{total_n:<3d} {100.0 * total_g / total_n:5.1f}%"
              f" {total_l:4d}/{total_n:<3d} {100.0 * total_l / total_n:5.1f}%")
    # Every family's layout loaded at once, over every single document.
    withAll, _ = devrun(a.build, cache, devset / "truth.jsonl", devset, teachers, [t["file"] for t in singles])
    g_all = l_all = n_all = 0
    worse = []
    for name, t in truthOf.items():
        g = right_fields(scorer, t, generic.get(name))
        l = right_fields(scorer, t, withAll.get(name))
        g_all, l_all, n_all = g_all + g, l_all + l, n_all + len(t["fields"])
        if l < g:
            worse.append(f"{name} ({family_of(t)}: {g} -> {l})")
    print(f"all {len(truthOf)} single documents, the {len(teachers)} layouts loaded: "
          f"{g_all} -> {l_all} of {n_all} fields right; made worse: {', '.join(worse) or 'none'}")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
