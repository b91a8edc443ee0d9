"""Extraction speed: words per second of everything but the loader, over a set of articles.

Usage (from the project root):
    .venv/bin/python bench/extract_speed.py                      # the gold dev articles in ../shared/eval
    .venv/bin/python bench/extract_speed.py seeds/ --runs 5
Prints each run and the median. Pipeline loading is timed apart and not counted.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from kg.extract import extract
from kg.ingest import parse_article, read_articles
from kg.knowledge import load_knowledge
from kg.nlp.pipeline import build_pipeline
from kg.pipeline import resolution_of

DEV_SET = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev.json"


def articles_from(paths: list[str]):
    if paths:
        return read_articles(paths)
    gold = json.loads(DEV_SET.read_text(encoding="utf-8"))
    return [parse_article(a["text"], a["id"]) for a in gold["articles"]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="articles (default: ../shared/eval/dev.json's texts)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    articles = articles_from(args.paths)
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    knowledge = load_knowledge()
    nlp = build_pipeline(args.model, knowledge=knowledge)
    print(f"pipeline loaded in {time.perf_counter() - started:.2f} s; {len(articles)} articles, {words} words; "
          f"{platform.processor() or platform.machine()}, {platform.python_version()}")
    rates = []
    for run in range(args.runs):
        started = time.perf_counter()
        docs = nlp.pipe(a.text for a in articles)
        resolution_of([extract(a, doc, knowledge) for a, doc in zip(articles, docs)], knowledge=knowledge)
        seconds = time.perf_counter() - started
        rates.append(words / seconds)
        print(f"run {run + 1}: {seconds:.2f} s, {rates[-1]:.0f} words/s")
    print(f"median: {statistics.median(rates):.0f} words/s (one process)")


if __name__ == "__main__":
    main()
