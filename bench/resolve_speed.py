"""Resolution at scale: the extractions of a set of articles, copied N times as if they were N times
as many articles, resolved into one graph (kg/resolve alone: no spaCy, no Neo4j).

Usage (from the project root):
    .venv/bin/python -m bench.resolve_speed                  # the dev articles x 20 (700 articles)
    .venv/bin/python -m bench.resolve_speed seeds/ --copies 100 --runs 5
Prints each run and the median.
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import time

from bench.extract_speed import articles_from
from kg.extract import extract
from kg.knowledge import load_knowledge
from kg.model import Extraction, Mention
from kg.nlp.pipeline import build_pipeline
from kg.pipeline import resolution_of


def copied(x: Extraction, n: int) -> Extraction:
    """The extraction as if from another article: every fact moved to article id "<id>-<n>"."""
    article_id = f"{x.article.id}-{n}"

    def moved(m: Mention) -> Mention:
        return dataclasses.replace(m, article=article_id)

    return dataclasses.replace(
        x, article=dataclasses.replace(x.article, id=article_id), mentions=[moved(m) for m in x.mentions],
        meetings=[dataclasses.replace(m, article=article_id, participants=tuple(moved(p) for p in m.participants),
                                      location=m.location and moved(m.location)) for m in x.meetings],
        claims=[dataclasses.replace(c, article=article_id, speaker=moved(c.speaker)) for c in x.claims])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="articles (default: ../shared/eval/dev.json's texts)")
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    articles = articles_from(args.paths)
    knowledge = load_knowledge()
    nlp = build_pipeline(knowledge=knowledge)
    extractions = [extract(a, doc, knowledge) for a, doc in zip(articles, nlp.pipe(a.text for a in articles))]
    many = [copied(x, n) for n in range(args.copies) for x in extractions]
    times = []
    for run in range(args.runs):
        started = time.perf_counter()
        res = resolution_of(many, knowledge=knowledge)
        times.append(time.perf_counter() - started)
        print(f"run {run + 1}: {times[-1]:.2f} s ({len(many)} articles -> {len(res.actors)} actors, "
              f"{len(res.locations)} places, {len(res.meetings)} meetings)")
    print(f"median: {statistics.median(times):.2f} s for {len(many)} articles")


if __name__ == "__main__":
    main()
