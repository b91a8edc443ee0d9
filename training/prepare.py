"""Convert the training corpora in shared/nlp-data into spaCy DocBins.

Usage (from the project root):

    .venv/bin/python training/prepare.py --data ../shared/nlp-data

Writes training/corpus/*.spacy (git-ignored). The corpora themselves stay in
nlp-data; see kg/models/it_kg_news/README.md for sources and licences.

KIND (NER): token TAB BIO-tag, blank line between sentences, labels PER/LOC/ORG.
Sentences are grouped into docs of 10 sentences. The TSV has no whitespace
information, so spaces are restored with simple Italian detokenisation rules
(no space before closing punctuation or after an elided article such as "l'").
Training re-tokenises doc.text with the pipeline's tokenizer and aligns it with
these tokens, so the restored text should look like real text.

UD (syntax): CoNLL-U through spaCy's conllu converter with multi-word tokens
merged (merge_subtokens=True): "della" stays one token, as the Italian tokenizer
leaves it at run time, instead of the syntactic words "di" + "la".

Splits written:
  ner_wn_train.spacy      KIND WN_train                      (NER training, news)
  ner_all_train.spacy     KIND WN_train + FIC_train + ADG_train
  ner_wn_dev.spacy        KIND WN_dev                        (NER checkpoint choice)
  ner_wn_test.spacy       KIND WN_test                       (held out: measuring only)
  ud_train.spacy          ParTUT train+test, VIT dev, VIT test (all but the last 300
                          sentences), ISDT dev; less any sentence in ISDT test or in dev
  ud_dev.spacy            last 300 sentences of VIT test + ParTUT dev sentences that are
                          not in ISDT dev (checkpoint choice)
  ud_isdt_test.spacy      ISDT test                          (held out: measuring only)
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.training.converters import conllu_to_docs

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "nlp-data"
DEFAULT_OUT = ROOT / "training" / "corpus"
SENTS_PER_DOC = 10
VIT_DEV_SENTS = 300

# no space before these tokens
_NO_SPACE_BEFORE = re.compile(r"^([.,;:!?%)\]}»”’…]|\.\.\.|'s)$")
# no space after these tokens
_NO_SPACE_AFTER = re.compile(r"^([(\[{«“‘]|.*['’])$")


def read_kind_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with path.open(encoding="utf8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                raise ValueError(f"{path}:{lineno}: expected 'token<TAB>tag', got {line!r}")
            word, tag = parts[0].strip(), parts[1].strip()
            if not word:
                continue
            # some tokens carry inner spaces (e.g. numbers "10 000"): keep as one token
            word = re.sub(r"\s+", "\u00a0", word)
            cur.append((word, tag))
    if cur:
        sents.append(cur)
    return sents


def _spaces(words: list[str]) -> list[bool]:
    spaces = []
    quote_open = False  # straight double quotes: alternate open/close
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        space = True
        if w == '"':
            quote_open = not quote_open
            if quote_open:
                space = False
        elif _NO_SPACE_AFTER.match(w) and len(w) <= 6 and w not in ("'", "’"):
            # elided forms: l' dell' un' all' quell' ...
            space = False
        elif w in ("(", "[", "«", "“"):
            space = False
        if nxt is not None:
            if _NO_SPACE_BEFORE.match(nxt):
                space = False
            elif nxt == '"' and quote_open:
                space = False
        spaces.append(space)
    if spaces:
        spaces[-1] = True  # sentences inside a doc are separated by a space
    return spaces


def kind_to_docs(nlp, sents: list[list[tuple[str, str]]], n_sents: int = SENTS_PER_DOC):
    docs = []
    for start in range(0, len(sents), n_sents):
        group = sents[start : start + n_sents]
        words, spaces, tags, sent_starts = [], [], [], []
        for sent in group:
            ws = [w for w, _ in sent]
            words.extend(ws)
            spaces.extend(_spaces(ws))
            # repair I- without a preceding B-/I- of the same label
            prev = "O"
            for _, t in sent:
                if t.startswith("I-") and prev[2:] != t[2:]:
                    t = "B-" + t[2:]
                tags.append(t)
                prev = t
            sent_starts.extend([True] + [False] * (len(ws) - 1))
        spaces[-1] = False
        doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
        docs.append(doc)
    return docs


def write(docs, path: Path) -> None:
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    n_tok = sum(len(d) for d in docs)
    n_ent = sum(len(d.ents) for d in docs)
    print(f"  {path.name}: {len(docs)} docs, {n_tok} tokens, {n_ent} entities")


def read_conllu(path: Path) -> str:
    return path.read_text(encoding="utf8")


def conllu_docs(text: str) -> list[Doc]:
    return list(
        conllu_to_docs(text, n_sents=SENTS_PER_DOC, merge_subtokens=True, no_print=True)
    )


def split_conllu_sentences(text: str) -> list[str]:
    return [s.strip() + "\n" for s in text.strip().split("\n\n") if s.strip()]


def sentence_key(sent: str) -> str:
    """The sentence's text (from '# text =', else its word forms), for finding repeats."""
    for line in sent.splitlines():
        if line.startswith("# text = "):
            return " ".join(line[len("# text = "):].split())
    forms = [ln.split("\t")[1] for ln in sent.splitlines() if ln and not ln.startswith("#") and ln.split("\t")[0].isdigit()]
    return " ".join(forms)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="nlp-data folder (default: %(default)s)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    args = p.parse_args(argv)
    data: Path = args.data.resolve()
    out: Path = args.out
    if not (data / "kind" / "WN_train.tsv").exists():
        print(f"error: {data} does not look like nlp-data (kind/WN_train.tsv missing)", file=sys.stderr)
        return 2

    nlp = spacy.blank("it")
    print(f"KIND from {data / 'kind'}")
    kind = {
        name: read_kind_sentences(data / "kind" / f"{name}.tsv")
        for name in ("WN_train", "WN_dev", "WN_test", "FIC_train", "ADG_train")
    }
    write(kind_to_docs(nlp, kind["WN_train"]), out / "ner_wn_train.spacy")
    write(
        kind_to_docs(nlp, kind["WN_train"]) + kind_to_docs(nlp, kind["FIC_train"]) + kind_to_docs(nlp, kind["ADG_train"]),
        out / "ner_all_train.spacy",
    )
    write(kind_to_docs(nlp, kind["WN_dev"]), out / "ner_wn_dev.spacy")
    write(kind_to_docs(nlp, kind["WN_test"]), out / "ner_wn_test.spacy")

    ud = data / "ud"
    print(f"UD from {ud}")
    # ISDT (mixed genres, news among them) is the treebank closest to kg's texts and the
    # one measured on (its test split), so all of its dev split is trained on. The
    # treebanks share sentences: ISDT test has 57 sentences of ParTUT test, ISDT dev 139
    # of ParTUT dev's 156. Every sentence whose text is in ISDT test (measuring) or in the
    # dev set (checkpoint choice) is dropped from training, and dev drops what ISDT dev
    # (training) has. Dev: the last VIT_DEV_SENTS sentences of VIT test + what is left of
    # ParTUT dev.
    test_keys = {sentence_key(x) for x in split_conllu_sentences(read_conllu(ud / "ISDT" / "it_isdt-ud-test.conllu"))}
    isdt_dev = split_conllu_sentences(read_conllu(ud / "ISDT" / "it_isdt-ud-dev.conllu"))
    vit_test = split_conllu_sentences(read_conllu(ud / "VIT" / "it_vit-ud-test.conllu"))
    train_keys = {sentence_key(x) for x in isdt_dev}
    dev = vit_test[-VIT_DEV_SENTS:] + [
        x for x in split_conllu_sentences(read_conllu(ud / "ParTUT" / "it_partut-ud-dev.conllu"))
        if sentence_key(x) not in train_keys and sentence_key(x) not in test_keys
    ]
    held_out = test_keys | {sentence_key(x) for x in dev}
    train: list[str] = []
    seen: set[str] = set()
    dropped = 0
    for sents in (
        split_conllu_sentences(read_conllu(ud / "ParTUT" / "it_partut-ud-train.conllu")),
        split_conllu_sentences(read_conllu(ud / "ParTUT" / "it_partut-ud-test.conllu")),
        split_conllu_sentences(read_conllu(ud / "VIT" / "it_vit-ud-dev.conllu")),
        vit_test[:-VIT_DEV_SENTS],
        isdt_dev,
    ):
        for x in sents:
            key = sentence_key(x)
            if key in held_out or key in seen:
                dropped += 1
                continue
            seen.add(key)
            train.append(x)
    print(f"  dropped {dropped} training sentences found in ISDT test, in dev or twice")
    train_texts = ["\n".join(train)]
    dev_texts = ["\n".join(dev)]
    write([d for t in train_texts for d in conllu_docs(t)], out / "ud_train.spacy")
    write([d for t in dev_texts for d in conllu_docs(t)], out / "ud_dev.spacy")
    write(conllu_docs(read_conllu(ud / "ISDT" / "it_isdt-ud-test.conllu")), out / "ud_isdt_test.spacy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
