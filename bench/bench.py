"""Benchmark: build and test times, and page weight. Run with `make bench`.

Measures (on this machine, written to bench/results.json and printed as a table):
  * clean build seconds (fresh output folder, notebooks executed) and seconds per page;
  * no-change rebuild seconds;
  * `make test`-equivalent seconds (validate + build + pytest + nbval), unless --skip-tests;
  * bytes transferred by each page in headless Chromium, raw and gzip, for a text page,
    a widget page and every exercise page; the widget-page overhead over the text page;
  * the language checker's speed on 100 KB of text, when the checker is installed.
Budgets from the project's issues are checked and shown as ok/OVER; they never fail the run.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TEXT_PAGE = "book/how-to-use.html"
WIDGET_PAGE = "exercises/getting-started.html"
KIB = 1024
BUDGETS = {
    "text_page_gzip_bytes": 500 * KIB,
    "widget_page_gzip_bytes": int(1.5 * 1024 * KIB),
    "widget_overhead_gzip_bytes": 100 * KIB,
    "rebuild_seconds": 10.0,
    "clean_build_seconds_per_page": 3.0,
    "checker_cpu_seconds_100kb": 0.5,
    "browser_keystroke_ms": 50.0,
}
TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


def timed(cmd: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return round(time.perf_counter() - start, 2)


def build(output: Path) -> float:
    return timed([str(BIN / "jupyter-book"), "build", ".", "-W", "-n", "--keep-going", "--path-output", str(output)])


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def page_weight(site: Path, pages: list[str]) -> dict[str, dict]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"])
        for path in pages:
            context = browser.new_context()
            page = context.new_page()
            seen: list = []
            page.on("response", lambda response: seen.append(response))
            page.goto(base + path, wait_until="load")
            page.wait_for_load_state("networkidle")
            raw = gz = 0
            files = []
            for response in seen:
                if not response.url.startswith(base):
                    continue
                try:
                    body = response.body()
                except Exception:  # redirects and aborted requests have no body
                    continue
                kind = response.headers.get("content-type", "")
                packed = len(gzip.compress(body, 6)) if kind.startswith(TEXT_TYPES) else len(body)
                raw += len(body)
                gz += packed
                files.append({"url": response.url[len(base):], "raw": len(body), "gzip": packed})
            results[path] = {"requests": len(files), "raw_bytes": raw, "gzip_bytes": gz,
                             "largest": sorted(files, key=lambda f: -f["gzip"])[:5]}
            context.close()
        browser.close()
    server.shutdown()
    return results


def typing_speed(site: Path) -> dict | None:
    """The live language check on the case-note page, with a 2,000-word text (budget: 50 ms)."""
    import yaml
    from playwright.sync_api import sync_playwright

    page_path = "exercises/case-note-language.html"
    if not (site / page_path).is_file():
        return None
    data = ROOT / "tests" / "data" / "language"
    words = " ".join(v["text"] for v in yaml.safe_load((data / "vectors.yaml").read_text())["vectors"]).split()
    text = " ".join((words * (2000 // len(words) + 1))[:2000])
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{page_path}")
            page.wait_for_selector("html[data-widgets-ready='true']")
            timing = page.evaluate((data / "typing_timing.js").read_text(), ["section.sip-exercise[data-exercise='case-note-rewrite']", text])
            browser.close()
    finally:
        server.shutdown()
    return {k: round(v, 2) for k, v in timing.items() if k != "findings"}


def checker_speed() -> float | None:
    try:
        from strengths import check
    except ImportError:
        return None
    check = check if callable(check) else getattr(check, "check", None)
    if check is None:
        return None
    sample = ("Amina enjoys cooking for her neighbours and wants to get back to the market. " * 2000)[: 100 * KIB]
    start = time.process_time()  # CPU time: what the checker costs, whatever else the machine does
    check(sample)
    return round(time.process_time() - start, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-tests", action="store_true", help="do not time the test suite")
    args = parser.parse_args()

    out = Path(tempfile.mkdtemp(prefix="sip-bench-"))
    try:
        clean = build(out)
        rebuild = build(out)
        site = out / "_build" / "html"
        sources = [p for p in site.rglob("*.html") if not {"_static", "_sources"} & set(p.relative_to(site).parts)]
        n_pages = len(sources)
        exercise_pages = sorted(p.relative_to(site).as_posix() for p in (site / "exercises").glob("*.html") if p.name != "index.html")
        weights = page_weight(site, sorted({TEXT_PAGE, WIDGET_PAGE, *exercise_pages}))
        typing = typing_speed(site)
    finally:
        shutil.rmtree(out, ignore_errors=True)

    tests = None
    if not args.skip_tests:
        env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
        start = time.perf_counter()
        log = Path(tempfile.gettempdir()) / "sip-bench-make-test.log"
        with log.open("w") as out:
            status = subprocess.run(["make", "test"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT).returncode
        tests = round(time.perf_counter() - start, 2)
        if status != 0:
            print(f"warning: make test failed (exit {status}); its output is in {log}", file=sys.stderr)

    text, widget = weights[TEXT_PAGE], weights[WIDGET_PAGE]
    results = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "pages_built": n_pages,
        "clean_build_seconds": clean,
        "clean_build_seconds_per_page": round(clean / max(n_pages, 1), 3),
        "rebuild_seconds": rebuild,
        "make_test_seconds": tests,
        "checker_cpu_seconds_100kb": checker_speed(),
        "browser_check_ms_2000_words": typing,
        "text_page": {"path": TEXT_PAGE, **text},
        "widget_page": {"path": WIDGET_PAGE, **widget},
        "widget_overhead_gzip_bytes": widget["gzip_bytes"] - text["gzip_bytes"],
        "exercise_pages": {p: {k: weights[p][k] for k in ("requests", "raw_bytes", "gzip_bytes")} for p in exercise_pages},
    }
    checks = {
        "text_page_gzip_bytes": text["gzip_bytes"],
        "widget_page_gzip_bytes": max([widget["gzip_bytes"]] + [weights[p]["gzip_bytes"] for p in exercise_pages]),
        "widget_overhead_gzip_bytes": max([results["widget_overhead_gzip_bytes"]] + [weights[p]["gzip_bytes"] - text["gzip_bytes"] for p in exercise_pages]),
        "rebuild_seconds": rebuild,
        "clean_build_seconds_per_page": results["clean_build_seconds_per_page"],
    }
    if results["checker_cpu_seconds_100kb"] is not None:
        checks["checker_cpu_seconds_100kb"] = results["checker_cpu_seconds_100kb"]
    if typing:
        checks["browser_keystroke_ms"] = max(typing["keystroke_max"], typing["check_median"])
    results["budgets"] = {k: {"value": v, "budget": BUDGETS[k], "ok": v <= BUDGETS[k]} for k, v in checks.items()}
    (ROOT / "bench").mkdir(exist_ok=True)
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")

    kib = lambda b: f"{b / KIB:,.1f} KiB"  # noqa: E731
    print(f"\nStrengths in Practice benchmark ({n_pages} pages, {os.cpu_count()} CPUs)\n")
    print(f"{'measure':44} {'value':>14}")
    print("-" * 59)
    rows = [
        ("clean build", f"{clean:.1f} s"),
        ("clean build per page", f"{results['clean_build_seconds_per_page']:.2f} s"),
        ("no-change rebuild", f"{rebuild:.1f} s"),
        ("make test", f"{tests:.1f} s" if tests is not None else "skipped"),
        ("language check, 100 KB (Python CPU)", f"{results['checker_cpu_seconds_100kb']} s" if results["checker_cpu_seconds_100kb"] is not None else "n/a"),
        ("browser check, 2,000 words: keystroke max", f"{typing['keystroke_max']} ms" if typing else "n/a"),
        ("browser check, 2,000 words: full check", f"{typing['check_median']} ms" if typing else "n/a"),
        (f"text page {TEXT_PAGE} (raw)", kib(text["raw_bytes"])),
        (f"text page (gzip)", kib(text["gzip_bytes"])),
        (f"widget page {WIDGET_PAGE} (raw)", kib(widget["raw_bytes"])),
        ("widget page (gzip)", kib(widget["gzip_bytes"])),
        ("widget overhead over text page (gzip)", kib(results["widget_overhead_gzip_bytes"])),
    ]
    rows += [(f"  {p} (gzip)", kib(v["gzip_bytes"])) for p, v in results["exercise_pages"].items()]
    for name, value in rows:
        print(f"{name:44} {value:>14}")
    print("\nbudgets:")
    for name, b in results["budgets"].items():
        print(f"  {'ok  ' if b['ok'] else 'OVER'} {name}: {b['value']:,} (budget {b['budget']:,})")
    print(f"\nwritten to {ROOT / 'bench' / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
