"""Doc + Article -> mentions, meetings and claims, each with the sentence it came from.

One module per kind of fact, in the order extract() runs them:
- sentences.py: the sentences of the article and the mentions in each;
- mentions.py: names from doc.ents (NER + kg_name_ruler + kg_org_names) and roles standing for a name;
- claims.py: quoted passages (kg_quotes) and reported speech ("ha detto che", "secondo X");
- meetings.py: sentences holding a meeting cue (kg_meeting_cues) and two or more people, with
  meeting_cues.py, meeting_participants.py, meeting_place.py, meeting_date.py, meeting_status.py.
The tables (the gazetteer) come in through Knowledge. Who is who across mentions is kg/resolve's job.
"""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.claims import claims_in
from kg.extract.meeting_participants import reporting_sources
from kg.extract.meetings import meetings_in
from kg.extract.mentions import mentions_of, role_mentions, surnames_of_the_named
from kg.extract.sentences import SentenceView, sentences_of
from kg.knowledge import Knowledge
from kg.model import Article, Extraction


def extract(article: Article, doc: Doc, knowledge: Knowledge) -> Extraction:
    mentions = sorted(mentions_of(article, doc, knowledge.gazetteer) + role_mentions(article, doc, knowledge),
                      key=lambda m: m.start)
    gazetteer = knowledge.gazetteer.with_people(surnames_of_the_named(mentions))
    sentences = [SentenceView(sent, [m for m in mentions if sent.start_char <= m.start < sent.end_char], gazetteer)
                 for sent in sentences_of(doc)]
    claims = claims_in(article, doc, sentences, gazetteer)
    reporters = {c.speaker for c in claims} | reporting_sources(doc, mentions, gazetteer)
    return Extraction(article=article, mentions=mentions,
                      meetings=meetings_in(article, doc, sentences, reporters, gazetteer, claims),
                      claims=claims)
