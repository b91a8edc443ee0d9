"""kg_meeting_cues: mark the words that announce a meeting, and those that announce a phone call.

Reads token text only. Who took part, when and where is decided in kg/extract.
"""
from __future__ import annotations

import warnings

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

MEETING_SPANS_KEY = "kg_meeting_cues"
# Marks after which a word is capitalised anyway: a quote or a headline's opening.
OPENERS = frozenset({"«", "“", '"', "'", "‘", ":", "-", "–", "—", "\n", "\n\n"})
# Italian nouns and verb stems of face-to-face encounters; regexes over the lower-cased token.
DEFAULT_CUES = [
    r"incontr(o|i|a|are|ano|ando|ato|ata|ati|ate|erà|eranno|erò|erebbe|erebbero|ava|avano|ò|arono|arsi|eremo|iamo|ino|asse|assero)",
    r"colloqui(o)?", r"vertic[ei]", r"summit", r"bilateral[ei]", r"trilateral[ei]", r"multilateral[ei]",
    r"riunion[ei]", r"riunit[oaie]", r"riunir(si|anno|à)", r"trattativ[ae]", r"negoziat(o|i)", r"visit[ae]",
    # "il tavolo con i sindacati", "al tavolo erano presenti": the table of a negotiation (not "sul tavolo")
    r"tavol[oi]",
    # a pope's or a sovereign's audience (kg/extract tells it from a court hearing)
    r"udienz[ae]",
    # a meal shared ("ha cenato con", "pranzerà con") and "si è intrattenuto con": met over it
    r"cenat[oaie]", r"cener(à|anno|ò)", r"pranzat[oaie]", r"pranzer(à|anno|ò)", r"intrattenut[oaie]",
]
# Verbs of receiving a guest; they also receive letters and signals, so kg/extract wants a person
# right after them ("ha ricevuto il presidente ucraino", not "ha ricevuto segnali").
DEFAULT_HOST_CUES = [
    r"ricev(e|uto|uta|uti|ute|ere|erà|eranno|erò|ette|ettero|ono|eva|evano)", r"accol(to|ta|ti|te|se|sero)",
    r"accogli(e|erà|eranno|ere|erò|eva|evano|ono)", r"ospit(a|ato|ata|ati|ate|ava|avano|erà|eranno|are|ano)",
    # "è atteso a Parigi dal presidente": a guest expected by a host (kg/extract wants "da" before the host)
    r"attes(o|a|i|e)",
]
# "Meloni vede Macron", "Witkoff vedrà Putin": seeing someone is meeting them, when the person is the
# verb's object, right after it ("Trump vede la pace vicina, ha detto Rubio" is no meeting).
DEFAULT_SEE_CUES = [r"ved(e|ere|eva|rà|ranno|rebbe|rebbero|rò|o)", r"rivedr(à|anno|ò)",
                    r"vist[oaie]"]     # "ha visto Macron" (kg/extract wants "ha" before it: not "visto che")
DEFAULT_PHRASES = [["faccia", "a", "faccia"], ["tête-à-tête"], ["stretta", "di", "mano"],
                   # "una cena di lavoro tra"
                   *[[meal, "di", "lavoro"] for meal in ("cena", "pranzo", "colazione")],
                   # "Meloni e Macron si sono visti a Roma", "si vedranno a Riad"
                   *[["si", aux, seen] for aux in ("sono", "erano", "siano") for seen in ("visti", "viste")],
                   ["si", "vedranno"], ["si", "vedono"], ["si", "vedrebbero"], ["vedersi"], ["rivedersi"],
                   # "X si è visto con Y" (not "si è visto costretto"): one person seen with another
                   *[["si", aux, seen, "con"] for aux in ("è", "era") for seen in ("visto", "vista")],
                   # "si sono stretti la mano", "stringerà la mano al premier": a handshake is face to face
                   *[[shaken, "la", "mano"] for shaken in ("stretto", "stretta", "stretti", "strette", "stringe",
                                                           "stringono", "stringerà", "stringeranno", "stringersi")]]
# A row between two people at a place ("lo scontro alla Casa Bianca tra Trump e Zelensky") is a
# face-to-face meeting; kg/extract wants the place in the sentence.
DEFAULT_CLASH_CUES = [r"scontr[oi]", r"lit[ei]", r"litigi?o", r"alterc(o|hi)", r"diverbi?o", r"battibecc(o|hi)"]
# Phone and video calls are not meetings (FORMAT.md); extract drops a cue in the same sentence.
DEFAULT_CALL_CUES = [r"telefonat[ae]", r"telefonic[oaie]", r"telefono", r"videochiamat[ae]",
                     r"videoconferenz[ae]", r"videocollegamento", r"chiamat[ae]", r"chiamer(à|anno|ò|emo)",
                     r"telefoner(à|anno|ò|emo)", r"telefonato", r"telefonicamente"]


@Language.factory("kg_meeting_cues", assigns=["doc.spans"],
                  default_config={"cues": DEFAULT_CUES, "phrases": DEFAULT_PHRASES, "host_cues": DEFAULT_HOST_CUES,
                                  "see_cues": DEFAULT_SEE_CUES, "clash_cues": DEFAULT_CLASH_CUES,
                                  "call_cues": DEFAULT_CALL_CUES, "spans_key": MEETING_SPANS_KEY})
def make_meeting_cues(nlp: Language, name: str, cues: list[str], phrases: list[list[str]], host_cues: list[str],
                      see_cues: list[str], clash_cues: list[str], call_cues: list[str], spans_key: str) -> "MeetingCues":
    return MeetingCues(nlp, name, cues=cues, phrases=phrases, host_cues=host_cues, see_cues=see_cues,
                       clash_cues=clash_cues, call_cues=call_cues, spans_key=spans_key)


class MeetingCues:
    """Mark meeting words ("vertice", "incontrerà", "faccia a faccia") as MEETING, receiving verbs
    ("ha ricevuto") as HOST, seeing verbs ("vedrà") as SEE, rows ("scontro") as CLASH and call words
    as CALL."""

    def __init__(self, nlp: Language, name: str, *, cues: list[str], phrases: list[list[str]], host_cues: list[str],
                 see_cues: list[str], clash_cues: list[str], call_cues: list[str], spans_key: str) -> None:
        if not cues and not phrases:
            warnings.warn(f"{name}: no meeting cues configured, nothing will be marked")
        self.name, self.spans_key = name, spans_key
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("MEETING", [[{"LOWER": {"REGEX": f"^({c})$"}}] for c in cues]
                         + [[{"LOWER": w} for w in phrase] for phrase in phrases])
        self.matcher.add("HOST", [[{"LOWER": {"REGEX": f"^({c})$"}}] for c in host_cues])
        self.matcher.add("SEE", [[{"LOWER": {"REGEX": f"^({c})$"}}] for c in see_cues])
        self.matcher.add("CLASH", [[{"LOWER": {"REGEX": f"^({c})$"}}] for c in clash_cues])
        self.matcher.add("CALL", [[{"LOWER": {"REGEX": f"^({c})$"}}] for c in call_cues])

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Span]:
        """The cue words; not a word of a name ("Artigiani Riuniti", "Summit Hotel"), capitalised
        inside its sentence."""
        return [Span(doc, s, e, label=match_id) for match_id, s, e in self.matcher(doc)
                if not (doc[s].is_title and not doc[s].is_sent_start and s > 0 and doc[s - 1].text not in OPENERS)]

    def set_annotations(self, doc: Doc, cues: list[Span]) -> Doc:
        doc.spans[self.spans_key] = cues
        return doc
