#!/usr/bin/env python3
"""OCR throughput and memory (issue 4), on the same pages in the same run.

  bench/ocr_bench.py BUILD_DIR [--devset DIR] [--pages 24] [--jobs 2]
                     [--rss-pages 200] [--skip-ocrmypdf] [--skip-rss | --rss-only]
                     [--compare-ingest PAGES [--repeat R]]

1. `sohoa-cli extract --jobs J` on N devset scans (clean-up, OCR, extraction,
   validation): pages per minute.
2. The `tesseract` CLI on the same files, one page after another, with
   OMP_THREAD_LIMIT=1 (OCR only).
3. `ocrmypdf --jobs J` on one N-page PDF of the same scans, and
   `sohoa-cli extract` on that same PDF (rendered by Poppler at 300 DPI).
4. Peak RSS of `sohoa-cli ingest` of a PDF of --rss-pages pages into a fresh
   store, beside the same for a quarter and half of the pages: memory must
   not grow with the page count (pages are streamed; their images wait in the
   store until the document is whole).
With --compare-ingest PAGES, only `sohoa-cli extract` and `sohoa-cli ingest` of
one PAGES-page PDF, back to back: pages per minute, CPU seconds a page and
their ratios (ingest should keep >= 95 % of extract's pages per minute).
The scans are synthetic (the devset), so the temporary files hold no personal
data. Needs tesseract (and ocrmypdf for 3; `apt-get install ocrmypdf`). Without
ocrmypdf, part 4 builds its PDFs with BUILD_DIR/bench/image_stack_pdf (Qt's PDF
writer, image-only pages), so `--rss-only` runs on a plain Debian machine.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(cmd, env=None, stdout=subprocess.DEVNULL, cpu=False):
    """Runs cmd; returns (seconds, peak RSS in MiB of that process tree's largest member)
    and, with cpu=True, also its CPU seconds (user + system)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=stdout, stderr=subprocess.PIPE)
    # wait4 gives this child's own resource use, not the sum over earlier children.
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{cmd[0]} failed ({code}): {err[-2000:]}")
    if cpu:
        return seconds, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime
    return seconds, usage.ru_maxrss / 1024.0


def page_rate(pages, seconds):
    return pages * 60.0 / seconds


def image_dpi(path):
    # Devset scans are A4 (8.27 in wide); ocrmypdf needs a DPI when the file has none.
    out = subprocess.run(["file", "-b", str(path)], capture_output=True, text=True).stdout
    for part in out.split(","):
        part = part.strip()
        if " x " in part:
            width = int(part.split(" x ")[0])
            return max(72, round(width / 8.27))
    return 300


def single_page_pdf(image, out):
    # An image-only PDF page (no OCR: --tesseract-timeout 0).
    subprocess.run(["ocrmypdf", "-q", "--output-type", "pdf", "--tesseract-timeout", "0",
                    "--image-dpi", str(image_dpi(image)), str(image), str(out)], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--devset", default=None)
    ap.add_argument("--pages", type=int, default=24)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rss-pages", type=int, default=200)
    ap.add_argument("--skip-ocrmypdf", action="store_true")
    ap.add_argument("--skip-rss", action="store_true")
    ap.add_argument("--rss-only", action="store_true", help="only the peak-RSS imports (part 4)")
    ap.add_argument("--rss-steps", default=None, help="page counts of the PDFs ingested, e.g. 50,300")
    ap.add_argument("--compare-ingest", type=int, default=0, metavar="PAGES",
                    help="only: extract and ingest of one PAGES-page PDF, back to back (--repeat times)")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()

    here = Path(__file__).resolve().parent.parent
    devset = Path(a.devset) if a.devset else here.parent / "shared/data/devset"
    if not (devset / "images").is_dir():
        devset = here / "tests/data/devset"
    cli = Path(a.build) / "app/cli/sohoa-cli"
    if not cli.exists():
        sys.exit(f"no sohoa-cli in {a.build}: build first")
    images = sorted(p for p in (devset / "images").iterdir() if p.suffix.lower() in (".png", ".jpg", ".jpeg"))
    images = images[: a.pages]
    n = len(images)
    have_ocrmypdf = shutil.which("ocrmypdf") is not None and not a.skip_ocrmypdf
    env1 = dict(os.environ, OMP_THREAD_LIMIT="1", SOHOA_LANG="en")
    print(f"pages: {n} devset scans from {devset}; jobs {a.jobs}; {os.cpu_count()} cores")

    with tempfile.TemporaryDirectory(prefix="sohoa-ocr-bench-") as tmp:
        tmp = Path(tmp)
        if a.rss_only:
            peak_rss(a, cli, env1, tmp, images, have_ocrmypdf)
            return
        if a.compare_ingest:
            compare_ingest(a, cli, env1, tmp, images, have_ocrmypdf)
            return
        # 1. SoHoa on the image files.
        s_sohoa, rss_extract = run([str(cli), "extract", "--jobs", str(a.jobs)] + [str(p) for p in images], env=env1)
        print(f"sohoa-cli extract --jobs {a.jobs} (images): {s_sohoa:7.1f} s  {page_rate(n, s_sohoa):6.1f} pages/min"
              f"  peak RSS {rss_extract:.0f} MiB")

        # 2. tesseract CLI, page by page.
        start = time.monotonic()
        for i, p in enumerate(images):
            run(["tesseract", str(p), str(tmp / f"t{i}"), "-l", "vie"], env=env1)
        s_tess = time.monotonic() - start
        print(f"tesseract CLI page by page:        {s_tess:7.1f} s  {page_rate(n, s_tess):6.1f} pages/min")
        print(f"  sohoa / tesseract: {s_tess / s_sohoa:.2f}x (target >= 1.8x)")

        pdf = tmp / "pages.pdf"
        if have_ocrmypdf:
            singles = []
            for i, p in enumerate(images):
                single_page_pdf(p, tmp / f"p{i}.pdf")
                singles.append(str(tmp / f"p{i}.pdf"))
            subprocess.run(["pdfunite"] + singles + [str(pdf)], check=True)
            # 3. ocrmypdf and SoHoa on the same multi-page PDF.
            s_ocrmypdf, _ = run(["ocrmypdf", "-q", "--jobs", str(a.jobs), "-l", "vie", "--output-type", "pdf",
                                 str(pdf), str(tmp / "ocrmypdf-out.pdf")], env=dict(os.environ))
            print(f"ocrmypdf --jobs {a.jobs} ({n}-page PDF):    {s_ocrmypdf:7.1f} s  "
                  f"{page_rate(n, s_ocrmypdf):6.1f} pages/min")
            s_pdf, _ = run([str(cli), "extract", "--jobs", str(a.jobs), str(pdf)], env=env1)
            print(f"sohoa-cli extract --jobs {a.jobs} (same PDF): {s_pdf:7.1f} s  {page_rate(n, s_pdf):6.1f} pages/min")
            print(f"  sohoa / ocrmypdf: {s_ocrmypdf / s_pdf:.2f}x (target > 1x)")
        else:
            print("ocrmypdf: not installed, skipped (apt-get install ocrmypdf)")

        if a.skip_rss:
            return
        peak_rss(a, cli, env1, tmp, images, have_ocrmypdf)


def stack_pdf(a, tmp, images, pages, have_ocrmypdf):
    """One image-only PDF of `pages` pages, the scans in turn."""
    big = tmp / f"big{pages}.pdf"
    n = len(images)
    if have_ocrmypdf:
        for i, p in enumerate(images):
            if not (tmp / f"p{i}.pdf").exists():
                single_page_pdf(p, tmp / f"p{i}.pdf")
        subprocess.run(["pdfunite"] + [str(tmp / f"p{i % n}.pdf") for i in range(pages)] + [str(big)], check=True)
        return big
    tool = Path(a.build) / "bench/image_stack_pdf"
    if not tool.exists():
        sys.exit(f"no ocrmypdf and no {tool}: build the target image_stack_pdf")
    subprocess.run([str(tool), "--pages", str(pages), "--out", str(big)] + [str(p) for p in images], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return big


def new_store(cli, env1, tmp):
    """A fresh store with an administrator and a clerk (passwords in files under tmp)."""
    store = tmp / "store"
    (tmp / "admin.pw").write_text("bench-admin-password-2026\n")
    (tmp / "clerk.pw").write_text("bench-clerk-password-2026\n")
    subprocess.run([str(cli), "store", "init", "--store", str(store), "--admin", "admin", "--password-file",
                    str(tmp / "admin.pw"), "--kdf-profile", "interactive"], check=True, env=env1,
                   stdout=subprocess.DEVNULL)
    subprocess.run([str(cli), "user", "add", "--store", str(store), "--user", "admin", "--password-file",
                    str(tmp / "admin.pw"), "--name", "clerk", "--role", "clerk", "--new-password-file",
                    str(tmp / "clerk.pw"), "--kdf-profile", "interactive"], check=True, env=env1,
                   stdout=subprocess.DEVNULL)
    return store


def ingest_cmd(a, cli, store, tmp, pdf, batch):
    return [str(cli), "ingest", "--store", str(store), "--user", "clerk", "--password-file", str(tmp / "clerk.pw"),
            "--batch", batch, "--quiet", "--jobs", str(a.jobs), "--allow-duplicates", str(pdf)]


def compare_ingest(a, cli, env1, tmp, images, have_ocrmypdf):
    """`sohoa-cli extract` and `sohoa-cli ingest` of the same PDF, back to back (issue 24: ingest
    keeps >= 95 % of extract's pages per minute). CPU seconds a page (user + system of the whole
    process) say what each path costs whatever else the machine runs; the wall-clock ratio is what
    a clerk sees."""
    pages = a.compare_ingest
    pdf = stack_pdf(a, tmp, images, pages, have_ocrmypdf)
    store = new_store(cli, env1, tmp)
    totals = {"extract": [0.0, 0.0], "ingest": [0.0, 0.0]}
    for r in range(a.repeat):
        for what in ("extract", "ingest"):
            cmd = [str(cli), "extract", "--jobs", str(a.jobs), str(pdf)] if what == "extract" else \
                ingest_cmd(a, cli, store, tmp, pdf, f"compare {r}")
            load = os.getloadavg()[0]
            s, rss, cpu = run(cmd, env=env1, cpu=True)
            totals[what][0] += s
            totals[what][1] += cpu
            print(f"{what:7s} of a {pages}-page PDF: {s:7.1f} s  {page_rate(pages, s):6.1f} pages/min  "
                  f"CPU {cpu / pages:5.2f} s/page  peak RSS {rss:.0f} MiB  (load {load:.1f} before)", flush=True)
    (se, ce), (si, ci) = totals["extract"], totals["ingest"]
    print(f"ingest / extract: pages/min {se / si:.3f} (target >= 0.95), CPU a page {ci / ce:.3f}")


def peak_rss(a, cli, env1, tmp, images, have_ocrmypdf):
    """4. Peak RSS of `sohoa-cli ingest` of one PDF, at a quarter, half and all of --rss-pages
    (or the page counts of --rss-steps)."""
    store = new_store(cli, env1, tmp)
    steps = [int(x) for x in a.rss_steps.split(",")] if a.rss_steps else \
        [max(1, a.rss_pages // 4), max(1, a.rss_pages // 2), a.rss_pages]
    for pages in steps:
        big = stack_pdf(a, tmp, images, pages, have_ocrmypdf)
        s, rss = run(ingest_cmd(a, cli, store, tmp, big, f"rss {pages}"), env=env1)
        print(f"ingest of a {pages:3d}-page PDF: {s:7.1f} s  {page_rate(pages, s):6.1f} pages/min  "
              f"peak RSS {rss:.0f} MiB (target < 1536 MiB, flat in page count)", flush=True)
        big.unlink()


if __name__ == "__main__":
    main()
