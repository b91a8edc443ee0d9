"""Held-out scores and speed of the it_kg_news pipeline.

Usage (from the project root, after training/prepare.py has written training/corpus):

    .venv/bin/python training/evaluate.py                # print the scores
    .venv/bin/python training/evaluate.py --write-card   # also fill kg/models/it_kg_news/README.md

Measures, on data never trained on:
  NER     KIND WN_test (Wikinews): P/R/F overall and per label (PER, LOC, ORG)
  syntax  UD Italian ISDT test: UPOS, morphology, UAS, LAS, lemma accuracy, sentence F,
          token F (the pipeline's own tokenizer against the gold tokens)
  speed   words per second of the whole pipeline, process pinned to one core

Texts are re-tokenised by the pipeline (as at run time) and aligned to the gold
tokens, as `spacy evaluate` does. The model card's scores block (between the
<!-- scores:start --> and <!-- scores:end --> markers) and meta.json's
"performance" are rewritten with --write-card.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "kg" / "models" / "it_kg_news"
CORPUS = ROOT / "training" / "corpus"


def examples(nlp, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(d.text), d) for d in docs]


def pct(x) -> float:
    return round(100 * float(x), 1) if x is not None else float("nan")


def eval_ner(nlp, path: Path) -> dict:
    with nlp.select_pipes(enable=["ner"]):
        s = nlp.evaluate(examples(nlp, path))
    out = {"ents_p": pct(s["ents_p"]), "ents_r": pct(s["ents_r"]), "ents_f": pct(s["ents_f"]), "per_type": {}}
    for label, v in sorted(s["ents_per_type"].items()):
        out["per_type"][label] = {"p": pct(v["p"]), "r": pct(v["r"]), "f": pct(v["f"])}
    return out


def eval_ud(nlp, path: Path) -> dict:
    disable = [p for p in ("ner",) if p in nlp.pipe_names]
    with nlp.select_pipes(disable=disable):
        s = nlp.evaluate(examples(nlp, path))
    keys = ["token_f", "pos_acc", "morph_acc", "dep_uas", "dep_las", "lemma_acc", "sents_f"]
    return {k: pct(s.get(k)) for k in keys}


def words_per_second(nlp, texts: list[str], repeats: int = 2) -> dict:
    """Whole pipeline, process pinned to a single core."""
    pinned = False
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
            pinned = True
        except OSError:
            pass
    list(nlp.pipe(texts[:20]))  # warm-up
    best = 0.0
    n_words = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        n_words = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
        best = max(best, n_words / (time.perf_counter() - t0))
    return {"wps": int(round(best, -2)), "words": n_words, "one_core": pinned}


def fmt_minutes(secs: float | None) -> str:
    return f"{secs / 60:.1f} min" if secs is not None else "n/a"


def card_block(res: dict, meta: dict, times: dict, ner_train: str, size_mb: float) -> str:
    ner, ud, sp = res["ner_wn_test"], res["ud_isdt_test"], res["speed"]
    ner_data = {"wn": "KIND WN_train", "all": "KIND WN_train + FIC_train + ADG_train"}.get(ner_train, ner_train)
    lines = [
        f"Pipeline `{meta['lang']}_{meta['name']}` {meta['version']}, components: {', '.join(meta['pipeline'])}; "
        f"{size_mb:.1f} MB on disk. Measured with `training/evaluate.py` on {res['platform']}, spaCy {spacy.__version__}.",
        "",
        f"**NER, KIND WN_test** (Wikinews, held out; ner trained on {ner_data}, checkpoint chosen on WN_dev):",
        "",
        "| label | P | R | F |",
        "|---|---:|---:|---:|",
        f"| all | {ner['ents_p']} | {ner['ents_r']} | {ner['ents_f']} |",
    ]
    for label, v in ner["per_type"].items():
        lines.append(f"| {label} | {v['p']} | {v['r']} | {v['f']} |")
    lines += [
        "",
        "**Syntax, UD Italian ISDT test** (held out; the pipeline's own tokenizer, aligned to the gold tokens):",
        "",
        "| UPOS | morph | UAS | LAS | lemma | sentences F | tokens F |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {ud['pos_acc']} | {ud['morph_acc']} | {ud['dep_uas']} | {ud['dep_las']} | {ud['lemma_acc']} "
        f"| {ud['sents_f']} | {ud['token_f']} |",
        "",
        "Lemma accuracy counts the contracted prepositions (\"della\", gold lemma \"di il\" after merging the",
        "UD multi-word tokens) as errors; the lookup tables give \"della\".",
        "",
        f"**Speed**: {sp['wps']:,} words/second for the whole pipeline on one core"
        f"{'' if sp['one_core'] else ' (could not pin to one core)'} (`nlp.pipe`, {sp['words']:,} words of WN_test + ISDT test).",
        "",
        "**Training time** on this machine (2 cores, no GPU), wall clock:",
        "",
        "| step | time |",
        "|---|---:|",
    ]
    keys = (("prepare", "prepare corpora"), (f"ner_{ner_train}", f"ner ({ner_data})"),
            ("syntax", "tok2vec + morphologizer + parser"))
    for key, label in keys:
        if key in times:
            lines.append(f"| {label} | {fmt_minutes(times[key])} |")
    if all(k in times for k, _ in keys):
        lines.append(f"| total (`training/train.py`) | {fmt_minutes(sum(times[k] for k, _ in keys))} |")
    return "\n".join(lines)


def dir_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Held-out scores of the it_kg_news pipeline.")
    p.add_argument("--model", type=Path, default=MODEL_DIR)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--times", type=Path, default=ROOT / "training" / "output" / "times.json")
    p.add_argument("--ner-train", default="wn", help="what the ner was trained on (for the card): wn or all")
    p.add_argument("--write-card", action="store_true", help="write scores into the model card and meta.json")
    p.add_argument("--json", type=Path, default=None, help="also write the scores to this JSON file")
    args = p.parse_args(argv)

    nlp = spacy.load(args.model)
    res: dict = {"platform": f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"}
    res["ner_wn_test"] = eval_ner(nlp, args.corpus / "ner_wn_test.spacy")
    print("NER WN_test:", json.dumps(res["ner_wn_test"]), flush=True)
    res["ud_isdt_test"] = eval_ud(nlp, args.corpus / "ud_isdt_test.spacy")
    print("UD ISDT test:", json.dumps(res["ud_isdt_test"]), flush=True)
    texts = [d.text for d in DocBin().from_disk(args.corpus / "ner_wn_test.spacy").get_docs(nlp.vocab)]
    texts += [d.text for d in DocBin().from_disk(args.corpus / "ud_isdt_test.spacy").get_docs(nlp.vocab)]
    res["speed"] = words_per_second(nlp, texts)
    print("speed:", json.dumps(res["speed"]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n")

    if args.write_card:
        times = json.loads(args.times.read_text()) if args.times.exists() else {}
        meta_path = args.model / "meta.json"
        meta = json.loads(meta_path.read_text())
        ner, ud = res["ner_wn_test"], res["ud_isdt_test"]
        frac = lambda x: round(x / 100, 4)  # noqa: E731
        meta["performance"] = {
            "ents_p": frac(ner["ents_p"]), "ents_r": frac(ner["ents_r"]), "ents_f": frac(ner["ents_f"]),
            "ents_per_type": {k: {m: frac(v[m]) for m in "prf"} for k, v in ner["per_type"].items()},
            **{k: frac(v) for k, v in ud.items()},
            "speed": res["speed"]["wps"],
        }
        meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
        block = card_block(res, meta, times, args.ner_train, dir_size_mb(args.model))
        card = args.model / "README.md"
        text = card.read_text() if card.exists() else f"# {meta['lang']}_{meta['name']}\n\n## Scores\n\n<!-- scores:start -->\n<!-- scores:end -->\n"
        new, n = re.subn(r"(<!-- scores:start -->\n).*?(<!-- scores:end -->)", lambda m: m.group(1) + block + "\n" + m.group(2),
                         text, flags=re.S)
        if n == 0:
            new = text.rstrip("\n") + "\n\n## Scores\n\n<!-- scores:start -->\n" + block + "\n<!-- scores:end -->\n"
        card.write_text(new)
        print(f"wrote scores into {card}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
