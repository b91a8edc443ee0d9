"""Train kg's Italian spaCy pipeline it_kg_news, end to end.

Command (from the project root; about 30-35 minutes on 2 cores, no GPU):

    .venv/bin/python training/train.py --data ../shared/nlp-data

Steps (each can be run alone with --steps, e.g. --steps assemble,evaluate):
  prepare   training/prepare.py: KIND TSV and UD CoNLL-U -> training/corpus/*.spacy
  ner       spacy train training/ner.cfg    -> training/output/ner/model-best
  syntax    spacy train training/syntax.cfg -> training/output/syntax/model-best
  assemble  syntax pipeline + ner sourced from the NER pipeline -> kg/models/it_kg_news
  evaluate  training/evaluate.py: held-out scores (KIND WN_test, UD ISDT test) and
            words/second on one core, written into kg/models/it_kg_news/README.md

The corpora stay in nlp-data (default: ../shared/nlp-data next to the project);
training/corpus and training/output are git-ignored. Training logs, with a
timestamp on every line, go to training/output/<step>.log; wall times to
training/output/times.json. KIND WN_test and ISDT test are never trained on.
Run one training at a time on a 2-core machine (each `spacy train` uses both).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "training"
CORPUS = TRAINING / "corpus"
OUTPUT = TRAINING / "output"
MODEL_DIR = ROOT / "kg" / "models" / "it_kg_news"
PY = sys.executable

NAME = "kg_news"  # spaCy prefixes the language: it_kg_news
VERSION = "0.1.0"
LICENSE = "CC BY-NC-SA 4.0"
DESCRIPTION = (
    "Small CPU pipeline for Italian news (kg project): tok2vec (CNN, no vectors), "
    "morphologizer, parser and POS-aware lookup lemmatizer trained on UD Italian "
    "ParTUT/VIT/ISDT; ner (PER, LOC, ORG) trained on KIND. Non-commercial: "
    "the training annotations are CC BY-NC / CC BY-NC-SA."
)
SOURCES = [
    {"name": "KIND (Kessler Italian Named-entities Dataset)", "url": "https://github.com/dhfbk/KIND",
     "license": "CC BY-NC 4.0 (Wikinews, fiction); CC BY-NC-SA 4.0 (De Gasperi)"},
    {"name": "UD Italian ParTUT", "url": "https://github.com/UniversalDependencies/UD_Italian-ParTUT",
     "license": "CC BY-NC-SA 4.0"},
    {"name": "UD Italian VIT (dev, test)", "url": "https://github.com/UniversalDependencies/UD_Italian-VIT",
     "license": "CC BY-NC-SA 3.0"},
    {"name": "UD Italian ISDT (dev)", "url": "https://github.com/UniversalDependencies/UD_Italian-ISDT",
     "license": "CC BY-NC-SA 3.0"},
    {"name": "spacy-lookups-data it_lemma_lookup* (morph-it)", "url": "https://github.com/explosion/spacy-lookups-data",
     "license": "CC BY-SA 2.0 / LGPL (morph-it)"},
]

NER_TRAIN = {
    "wn": "ner_wn_train.spacy",  # KIND Wikinews only
    "all": "ner_all_train.spacy",  # KIND Wikinews + fiction + De Gasperi
}
STEPS = ["prepare", "ner", "syntax", "assemble", "evaluate"]


def log(msg: str) -> None:
    print(f"{datetime.now():%H:%M:%S} {msg}", flush=True)


def run_logged(cmd: list[str], logfile: Path) -> float:
    """Run cmd, echo and write its output with timestamps; return wall seconds."""
    logfile.parent.mkdir(parents=True, exist_ok=True)
    log(f"$ {' '.join(cmd)}  (log: {logfile})")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    t0 = time.time()
    with logfile.open("w", encoding="utf8") as lf:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, bufsize=1)
        assert proc.stdout is not None
        for line in proc.stdout:
            stamped = f"{datetime.now():%H:%M:%S} {line}"
            lf.write(stamped)
            lf.flush()
            sys.stdout.write(stamped)
        rc = proc.wait()
    secs = time.time() - t0
    if rc != 0:
        raise SystemExit(f"command failed ({rc}): {' '.join(cmd)}; see {logfile}")
    return secs


def record_time(key: str, secs: float) -> None:
    path = OUTPUT / "times.json"
    times = json.loads(path.read_text()) if path.exists() else {}
    times[key] = round(secs, 1)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(times, indent=2) + "\n")


def spacy_train(cfg: Path, out: Path, train: Path, dev: Path, logname: str, extra: list[str]) -> float:
    if out.exists():
        shutil.rmtree(out)
    cmd = [PY, "-m", "spacy", "train", str(cfg), "--output", str(out),
           "--paths.train", str(train), "--paths.dev", str(dev), *extra]
    return run_logged(cmd, OUTPUT / f"{logname}.log")


def assemble(syntax_dir: Path, ner_dir: Path, model_dir: Path) -> None:
    import spacy

    nlp = spacy.load(syntax_dir)
    ner_nlp = spacy.load(ner_dir)
    # the ner embeds its own tok2vec, so it can be sourced as it is
    nlp.add_pipe("ner", source=ner_nlp, after="parser")
    nlp.meta.update(
        name=NAME, version=VERSION, license=LICENSE, description=DESCRIPTION,
        author="kg project", sources=SOURCES, url="",
        spacy_version=">=3.8.0,<3.9.0",
    )
    for key in ("performance", "labels"):
        nlp.meta.pop(key, None)
    # write to a fresh folder, keep the hand-written model card
    tmp = model_dir.with_name(model_dir.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    card = model_dir / "README.md"
    if card.exists():
        shutil.copy2(card, tmp / "README.md")
    if model_dir.exists():
        shutil.rmtree(model_dir)
    tmp.rename(model_dir)
    log(f"assembled {nlp.pipe_names} -> {model_dir}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Train the it_kg_news spaCy pipeline.",
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "nlp-data",
                   help="the nlp-data folder (default: ../shared/nlp-data from the project root)")
    p.add_argument("--steps", default=",".join(STEPS), help=f"comma-separated subset of {STEPS}")
    p.add_argument("--ner-train", choices=sorted(NER_TRAIN), default="wn",
                   help="NER training data: wn = KIND Wikinews, all = Wikinews+fiction+De Gasperi (default: %(default)s)")
    p.add_argument("--ner-out", type=Path, default=None, help="NER training output folder (default: training/output/ner_<ner-train>)")
    p.add_argument("--syntax-out", type=Path, default=OUTPUT / "syntax", help="syntax training output folder")
    p.add_argument("--model-dir", type=Path, default=MODEL_DIR, help="where the assembled pipeline goes")
    p.add_argument("--ner-override", action="append", default=[], metavar="--section.key=value",
                   help="extra spacy train override for the NER run, e.g. --ner-override=--training.max_steps=3000")
    p.add_argument("--syntax-override", action="append", default=[], metavar="--section.key=value",
                   help="extra spacy train override for the syntax run")
    args = p.parse_args(argv)
    if args.ner_out is None:
        args.ner_out = OUTPUT / f"ner_{args.ner_train}"
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    bad = [s for s in steps if s not in STEPS]
    if bad:
        p.error(f"unknown steps {bad}; choose from {STEPS}")

    def overrides(items: list[str]) -> list[str]:
        out = []
        for it in items:
            k, _, v = it.partition("=")
            out += [k, v]
        return out

    if "prepare" in steps:
        secs = run_logged([PY, str(TRAINING / "prepare.py"), "--data", str(args.data), "--out", str(CORPUS)],
                          OUTPUT / "prepare.log")
        record_time("prepare", secs)
    if "ner" in steps:
        secs = spacy_train(TRAINING / "ner.cfg", args.ner_out, CORPUS / NER_TRAIN[args.ner_train],
                           CORPUS / "ner_wn_dev.spacy", f"ner_{args.ner_train}", overrides(args.ner_override))
        record_time(f"ner_{args.ner_train}", secs)
        log(f"NER training took {secs / 60:.1f} min")
    if "syntax" in steps:
        secs = spacy_train(TRAINING / "syntax.cfg", args.syntax_out, CORPUS / "ud_train.spacy",
                           CORPUS / "ud_dev.spacy", "syntax", overrides(args.syntax_override))
        record_time("syntax", secs)
        log(f"syntax training took {secs / 60:.1f} min")
    if "assemble" in steps:
        assemble(args.syntax_out / "model-best", args.ner_out / "model-best", args.model_dir)
    if "evaluate" in steps:
        run_logged([PY, str(TRAINING / "evaluate.py"), "--model", str(args.model_dir), "--corpus", str(CORPUS),
                    "--times", str(OUTPUT / "times.json"), "--ner-train", args.ner_train, "--write-card"],
                   OUTPUT / "evaluate.log")
    return 0


if __name__ == "__main__":
    sys.exit(main())
