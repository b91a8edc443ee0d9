"""The user's corrections (kg/corrections.py: `kg merge A B`, `kg split A ALIAS`) applied to
resolution's links, and `kg explain NAME`: which links made an entity, and by which rule.

Names are matched on their transliteration key (kg.knowledge.names.name_key), so spelling variants count.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from kg.corrections import Corrections
from kg.knowledge.names import name_key
from kg.model import Mention, Resolution
from kg.resolve.ids import Link, key, slug


def apply_corrections(mentions: list[Mention], links: dict[tuple, Link], corrections: Corrections
                      ) -> dict[tuple, Link]:
    """`kg merge A B`: every mention of B's entity goes to A's. `kg split A ALIAS`: mentions written
    ALIAS leave A's entity for one of their own."""
    links = dict(links)
    for keep, other in corrections.merges:
        target, source = entity_named(keep, mentions, links), entity_named(other, mentions, links)
        if target and source and target != source:
            links = {k: Link(target, "user-merge") if link.entity == source else link for k, link in links.items()}
    for name, alias in corrections.splits:
        owner = entity_named(name, mentions, links)
        for m in mentions:
            if key(m) in links and links[key(m)].entity == owner and name_key(m.surface) == name_key(alias):
                links[key(m)] = Link(owner + "/" + slug(name_key(alias)), "user-split")
    return links


def entity_named(name: str, mentions: list[Mention], links: dict[tuple, Link]) -> str | None:
    """The entity most often written with this name (compared on transliteration keys)."""
    wanted = name_key(name)
    found = Counter(links[key(m)].entity for m in mentions if key(m) in links and name_key(m.surface) == wanted)
    return min(found, key=lambda entity: (-found[entity], entity)) if found else None


def explain(res: Resolution, name: str) -> list[tuple[str, str, str, float]]:
    """(entity name, alias, rule, score) for each way of writing the entity a name resolves to,
    with the rule that joined it as resolution recorded it (the most frequent, if several), then
    the titles written next to the name ("title")."""
    wanted = name_key(name)
    entity = Counter(m.entity for m in res.mentions if name_key(m.surface) == wanted).most_common(1)
    if not entity:
        return []
    node = next((e for e in [*res.actors, *res.locations] if e.id == entity[0][0]), None)
    if node is None:
        return []
    why: dict[str, Counter] = defaultdict(Counter)
    for m in res.mentions:
        if m.entity == node.id:
            why[m.surface][(m.rule, m.score)] += 1
    rows = [(node.name, alias, *counts.most_common(1)[0][0]) for alias, counts in sorted(why.items())]
    return rows + [(node.name, role, "title", 100.0) for role in getattr(node, "roles", [])]

