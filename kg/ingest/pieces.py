"""Long articles in pieces, so time and memory grow with the length of a text, not its square.

spaCy reads one piece at a time (at most PIECE_CHARS characters, cut at a paragraph break where
there is one, else at a line break, a sentence's end or a space), each piece is extracted as an
article of its own, and joined() puts the pieces' extractions back together with their offsets
in the whole text. News articles are shorter than a piece: they go through whole, unchanged.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from kg.model import Article, ClaimMention, Extraction, MeetingMention, Mention

PIECE_CHARS = 10_000
# Where a piece may end, best first: after a blank line, a line break, a sentence's end, a space.
BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?»”\"]\s"), re.compile(r"\s"))


@dataclass(frozen=True)
class Piece:
    article: Article    # the piece as an article: the whole one's id, source and dates, a slice of its text
    offset: int         # where the piece's text starts in the whole article's text


def pieces_of(article: Article, max_chars: int = PIECE_CHARS) -> list[Piece]:
    """The article cut into pieces of at most max_chars characters; one piece if it is that short."""
    ends = cut_points(article.text, max_chars)
    return [Piece(dataclasses.replace(article, text=article.text[start:end]), start)
            for start, end in zip([0, *ends], ends)]


def cut_points(text: str, max_chars: int) -> list[int]:
    """The end offset of each piece; the last is len(text)."""
    ends, start = [], 0
    while len(text) - start > max_chars:
        start = break_before(text, start, start + max_chars)
        ends.append(start)
    return [*ends, len(text)]


def break_before(text: str, start: int, limit: int) -> int:
    """The best place to cut text[start:limit], in its second half; at the limit if there is none."""
    for pattern in BREAKS:
        last = None
        for last in pattern.finditer(text, start + (limit - start) // 2, limit):
            pass
        if last:
            return last.end()
    return limit


def joined(article: Article, parts: list[tuple[Piece, Extraction]]) -> Extraction:
    """One Extraction of the whole article from its pieces' extractions, every offset moved into
    the whole text. A new Mention-holding field of kg/model.py must be shifted here too."""
    if len(parts) == 1 and parts[0][0].offset == 0 and parts[0][0].article.text == article.text:
        return dataclasses.replace(parts[0][1], article=article)
    whole = Extraction(article=article)
    for piece, extraction in parts:
        whole.mentions.extend(shifted(m, piece.offset) for m in extraction.mentions)
        whole.meetings.extend(shifted_meeting(m, piece.offset) for m in extraction.meetings)
        whole.claims.extend(shifted_claim(c, piece.offset) for c in extraction.claims)
    return whole


def shifted(mention: Mention, offset: int) -> Mention:
    return dataclasses.replace(mention, start=mention.start + offset, end=mention.end + offset)


def shifted_meeting(meeting: MeetingMention, offset: int) -> MeetingMention:
    return dataclasses.replace(meeting, participants=tuple(shifted(p, offset) for p in meeting.participants),
                               location=meeting.location and shifted(meeting.location, offset))


def shifted_claim(claim: ClaimMention, offset: int) -> ClaimMention:
    return dataclasses.replace(claim, speaker=shifted(claim.speaker, offset),
                               fallback_speaker=claim.fallback_speaker and shifted(claim.fallback_speaker, offset))
