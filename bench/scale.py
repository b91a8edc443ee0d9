"""Scale on real news: corpora of N DICE articles (../shared/corpora/dice.tar.gz), and for each N the
extraction speed, the memory, the time of a load from nothing and of a reload that adds one article.

Every figure is the real `kg` command in a child process, start-up included:
- extract: `kg extract CORPUS --jobs J` (spaCy, rules, resolution; no cache, no database): words/s;
- load: `kg load CORPUS --jobs J` into an empty database with an empty cache: seconds;
- reload: one more DICE article copied into the corpus folder, then `kg reload`: seconds (`--reloads K`:
  K of them one after the other, each a new article);
- peak RSS: the largest process of the command (the kernel's high-water mark, workers included);
  peak PSS: the whole command's memory, workers included, pages they share counted once (sampled).
Each run starts from an empty database and cache; the medians of the runs are printed last, as a
Markdown table, with the machine.

Usage (from the project root; unpack DICE outside the project, never commit its texts):
    tar xzf ../shared/corpora/dice.tar.gz -C /tmp
    .venv/bin/python -m bench.scale /tmp/dice --sizes 200 1000 --runs 3
    .venv/bin/python -m bench.scale /tmp/dice --sizes 10000 --runs 1
    .venv/bin/python -m bench.scale /tmp/dice --sizes 1000 10000 --runs 1 --reloads 5 --no-extract
It starts its own Neo4j on ports 7705/7715 (bench/neo4j_server.py) and stops it at the end.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import neo4j

from bench.neo4j_server import add_server_arguments, bench_server, server_config

KG = Path(sys.executable).with_name("kg")
SAMPLE_EVERY = 0.2      # seconds between two readings of the command's memory


# --- one command, timed and its memory watched ----------------------------------------------

@dataclass
class Measure:
    seconds: float
    peak_rss_mb: float      # the largest process
    peak_pss_mb: float      # all the processes together, shared pages once


def run_kg(*args: str, cwd: Path) -> Measure:
    """`kg ARGS` in a child process, in `cwd` (so that no .env or kg-corrections.json of the project
    is read); stops the benchmark if it fails."""
    started = time.perf_counter()
    child = subprocess.Popen([str(KG), *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watcher = MemoryWatcher(child.pid)
    watcher.start()
    try:
        stderr = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    except BaseException:       # the benchmark stopped: the command with it
        child.terminate()
        raise
    finally:
        watcher.stop()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"kg {' '.join(args)} failed ({child.returncode}):\n{stderr[-2000:]}")
    return Measure(seconds, usage.ru_maxrss / 1024, watcher.peak_kb / 1024)


class MemoryWatcher(threading.Thread):
    """The highest sum of PSS over a process and its descendants, read from /proc."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root, self.peak_kb, self.done = root, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(SAMPLE_EVERY):
            self.peak_kb = max(self.peak_kb, sum(pss_kb(pid) for pid in process_tree(self.root)))

    def stop(self) -> None:
        self.done.set()
        self.join()


def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (parent := parent_pid(entry)) is not None:
            children.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def parent_pid(proc: Path) -> int | None:
    try:
        return int((proc / "stat").read_text().rpartition(")")[2].split()[1])
    except (OSError, ValueError, IndexError):
        return None       # gone meanwhile


def pss_kb(pid: int) -> int:
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("Pss:")), 0)


# --- corpora -----------------------------------------------------------------------------------

def dice_articles(folder: Path) -> list[Path]:
    """DICE's articles in the order of their numbers (the folder holding them, or its parent)."""
    if (folder / "dice").is_dir():
        folder = folder / "dice"
    files = sorted(folder.glob("*.txt"), key=lambda p: (len(p.stem), p.stem))
    if not files:
        raise SystemExit(f"no DICE articles in {folder}: tar xzf ../shared/corpora/dice.tar.gz -C /tmp")
    return files


def corpus_of(files: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def words_in(folder: Path) -> int:
    return sum(len(f.read_text(encoding="utf-8").split()) for f in folder.glob("*.txt"))


# --- one size ----------------------------------------------------------------------------------

@dataclass
class SizeResult:
    articles: int
    words: int
    extract: list[Measure] = field(default_factory=list)
    load: list[Measure] = field(default_factory=list)
    reload: list[Measure] = field(default_factory=list)


def bench_size(n: int, dice: list[Path], work: Path, uri: str, jobs: int, runs: int, reloads: int = 1,
               extract: bool = True) -> SizeResult:
    """`runs` times: extract (unless not `extract`), load from nothing, then `reloads` reloads that each
    add one new article (the articles after the first n, a different one each time)."""
    corpus = corpus_of(dice[:n], work / f"corpus-{n}")
    result = SizeResult(n, words_in(corpus))
    print(f"\n{n} articles, {result.words} words", flush=True)
    for run in range(runs):
        if extract:
            result.extract.append(run_kg("extract", str(corpus), "--jobs", str(jobs), cwd=work))
            print(f"  run {run + 1}: extract {result.words / result.extract[-1].seconds:.0f} words/s (peak RSS "
                  f"{result.extract[-1].peak_rss_mb:.0f} MB, PSS {result.extract[-1].peak_pss_mb:.0f} MB)", flush=True)
        cache = work / f"cache-{n}-{run}"
        empty_database(uri)
        result.load.append(run_kg("load", str(corpus), "--jobs", str(jobs), "--cache-dir", str(cache), "--uri", uri,
                                  cwd=work))
        print(f"  run {run + 1}: load {result.load[-1].seconds:.1f} s (peak RSS {result.load[-1].peak_rss_mb:.0f} MB, "
              f"PSS {result.load[-1].peak_pss_mb:.0f} MB)", flush=True)
        added = [dice[n + run * reloads + k] for k in range(reloads)]
        for article in added:
            shutil.copy(article, corpus / article.name)
            result.reload.append(run_kg("reload", "--jobs", str(jobs), "--cache-dir", str(cache), "--uri", uri,
                                        cwd=work))
            print(f"  run {run + 1}: reload of 1 new article ({article.name}) {result.reload[-1].seconds:.1f} s",
                  flush=True)
        for article in added:
            (corpus / article.name).unlink()
        shutil.rmtree(cache)
    shutil.rmtree(corpus)
    return result


def empty_database(uri: str) -> None:
    with neo4j.GraphDatabase.driver(uri) as driver, driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


# --- report ------------------------------------------------------------------------------------

def median(values) -> float:
    return statistics.median(list(values))


def table(results: list[SizeResult], jobs: int, runs: int) -> str:
    rows = ["| articles | words | extraction words/s | peak RSS (largest process) | peak PSS (all processes) "
            "| load from nothing | reload of 1 new article |", "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        everything = r.extract + r.load + r.reload
        speed = f"{median(r.words / m.seconds for m in r.extract):,.0f}" if r.extract else "-"
        rows.append(f"| {r.articles:,} | {r.words:,} | {speed} "
                    f"| {max(m.peak_rss_mb for m in everything):,.0f} MB "
                    f"| {max(m.peak_pss_mb for m in everything):,.0f} MB "
                    f"| {median(m.seconds for m in r.load):.1f} s | {median(m.seconds for m in r.reload):.1f} s |")
    return "\n".join(rows) + f"\n\nMedians of {runs} run(s), --jobs {jobs}; {machine()}"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.machine())
    memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                     if line.startswith("MemTotal:"))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({cpu}), {memory_kb / 2**20:.0f} GB, Python {platform.python_version()}, "
            f"load average at the end {load}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dice", type=Path, help="the unpacked DICE folder (tar xzf ../shared/corpora/dice.tar.gz -C /tmp)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 1000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--reloads", type=int, default=1, help="reloads of one new article after each load (median)")
    ap.add_argument("--no-extract", action="store_true", help="skip `kg extract` (load and reload only)")
    add_server_arguments(ap)
    args = ap.parse_args()
    dice = dice_articles(args.dice)
    added = args.runs * args.reloads
    if max(args.sizes) + added > len(dice):
        raise SystemExit(f"DICE has {len(dice)} articles: at most {len(dice) - added} with {added} added")
    with bench_server(server_config(args)) as cfg, tempfile.TemporaryDirectory(prefix="kg-scale-") as work:
        results = [bench_size(n, dice, Path(work), cfg.bolt_uri, args.jobs, args.runs, args.reloads,
                              not args.no_extract) for n in args.sizes]
    print("\n" + table(results, args.jobs, args.runs))


if __name__ == "__main__":
    main()
