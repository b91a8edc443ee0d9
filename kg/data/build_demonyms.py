"""Build kg/data/it_demonyms.tsv, the Italian nationality adjectives kg/knowledge/places.py reads.

Run from the repository root after editing the curated table (a few seconds; needs npm for the two
checking packages, or a folder where they are already unpacked):

    python kg/data/build_demonyms.py                   # npm pack the packages below into a temporary folder
    python kg/data/build_demonyms.py --packages DIR    # DIR/world-countries/, DIR/i18n-nationality/ unpacked
    python kg/data/build_demonyms.py --review          # also list every row beside both packages' forms

Sources:
- kg/data/it_demonyms_curated.tsv: the Italian forms by ISO 3166-1 code, written for kg, each row naming
  where it can be checked (its header says how it was written). The output's rows are its rows.
- world-countries (npm package of Mohammed Le Doze's mledoze/countries, ODbL 1.0): the list of
  countries. Every UN member of it, and each territory of TERRITORIES, must have a row, and every
  row's code must be a country of it. Its English demonyms are printed beside ours by --review.
  Nothing of it is copied into the output but ISO codes.
- i18n-nationality (npm, MIT, widdix GmbH and contributors): langs/it.json, a second Italian list
  (it often gives the country's name or an English form instead of an adjective: "Qatar", "Omani").
  Only a check: the build prints the rows where its form is none of ours, and counts the agreements
  in the output's header.

Checks that fail the build: a code that is not two capitals or is listed twice, a form that is not
as kg.names.fold writes it (lower case, no accents, one word: the gazetteer looks words up folded),
a country left out, and a form two countries share unless SHARED_FORMS allows it.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from kg.knowledge.names import fold
from kg.knowledge.places import inflections

CURATED = HERE / "it_demonyms_curated.tsv"
OUTPUT = HERE / "it_demonyms.tsv"
PACKAGES = {"world-countries": "5.1.0", "i18n-nationality": "1.4.0"}
# Places that are no UN member but that news writes of as countries, and so need a row too.
TERRITORIES = ("PS", "VA", "XK", "TW", "HK")
# Forms several countries share, with the country a reader takes them for (the first row with the form).
SHARED_FORMS = {"congolese": ("CD", "CG")}


def parse_curated(lines: list[str]) -> list[tuple[str, list[str], str]]:
    rows, codes = [], set()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        where = f"{CURATED.name}:{number}"
        if len(fields) != 3 or len(fields[0]) != 2 or not fields[0].isalpha() or not fields[0].isupper():
            raise ValueError(f"{where}: expected a country code, forms and a reference: {line!r}")
        code, forms, reference = fields[0], [f.strip() for f in fields[1].split("|") if f.strip()], fields[2].strip()
        if code in codes:
            raise ValueError(f"{where}: {code} is listed twice")
        if not forms or not reference:
            raise ValueError(f"{where}: a row needs forms and a reference: {line!r}")
        for form in forms:
            if form != fold(form) or " " in form:
                raise ValueError(f"{where}: {form!r} is not written as kg.names.fold writes it ({fold(form)!r})")
        codes.add(code)
        rows.append((code, forms, reference))
    return rows


def shared_forms(rows: list[tuple[str, list[str], str]]) -> dict[str, list[str]]:
    """Inflected forms that more than one country's row gives (the loader keeps the first)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for code, forms, _ in rows:
        for inflected in dict.fromkeys(i for f in forms for i in inflections(f)):
            owners[inflected].append(code)
    return {form: codes for form, codes in owners.items() if len(codes) > 1}


def unpacked_packages(folder: Path | None, scratch: Path) -> Path:
    """The folder holding world-countries/ and i18n-nationality/ as npm unpacks them; without one,
    `npm pack` fetches them into scratch."""
    if folder:
        return folder
    for name, version in PACKAGES.items():
        subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"], cwd=scratch, check=True,
                       stdout=subprocess.DEVNULL)
        with tarfile.open(scratch / f"{name}-{version}.tgz") as archive:
            archive.extractall(scratch / "unpacked", filter="data")
        (scratch / "unpacked" / "package").rename(scratch / name)     # npm archives hold one folder, package/
    return scratch


def check(rows: list[tuple[str, list[str], str]], packages: Path, review: bool) -> int:
    """Fail on a country left out or unknown; print where i18n-nationality disagrees; return the agreements."""
    countries = {c["cca2"]: c for c in json.loads((packages / "world-countries" / "countries.json").read_text(encoding="utf-8"))}
    italian = json.loads((packages / "i18n-nationality" / "langs" / "it.json").read_text(encoding="utf-8"))["nationalities"]
    codes = {code for code, _, _ in rows}
    missing = sorted(({c for c, country in countries.items() if country["unMember"]} | set(TERRITORIES)) - codes)
    unknown = sorted(codes - set(countries))
    if missing or unknown:
        raise SystemExit(f"countries without a row: {missing}; rows of no country: {unknown}")
    allowed = {inflected: owners for form, owners in SHARED_FORMS.items() for inflected in inflections(form)}
    shared = {form: owners for form, owners in shared_forms(rows).items() if tuple(owners) != allowed.get(form)}
    if shared:
        raise SystemExit(f"forms of several countries (allow them in SHARED_FORMS): {shared}")
    agree = 0
    for code, forms, reference in rows:
        theirs = fold(italian.get(code, "").split(" (")[0])      # "Congolese (Repubblica del Congo)"
        agrees = theirs in {i for f in forms for i in inflections(f)}
        agree += agrees
        english = countries[code]["demonyms"].get("eng", {}).get("m", "")
        if review or not agrees:
            print(f"{code}\t{'|'.join(forms)}\t{'=' if agrees else '≠'} {italian.get(code, '-')}\t({english}; {reference})")
    return agree


def render(rows: list[tuple[str, list[str], str]], agree: int) -> str:
    header = f"""\
# Italian demonyms (nationality adjectives) of countries, read by kg/knowledge/places.py.
# Generated by kg/data/build_demonyms.py from it_demonyms_curated.tsv (written for kg from general
# knowledge of standard Italian usage, not taken from any article; each row there names where it can
# be checked). Do not edit: change that table and rerun the script. Checked against world-countries
# (mledoze/countries, ODbL 1.0: every UN member and {", ".join(TERRITORIES)} have a row) and
# i18n-nationality's Italian list (MIT; it gives one of a row's forms for {agree} of these {len(rows)} rows).
# Columns (tab-separated): ISO 3166-1 alpha-2 code, masculine singular forms separated by "|"
# (the first is the one kg writes: "americano" for both "americano" and "statunitense").
# kg/knowledge/places.py derives the feminine and plural forms (russo -> russa, russi, russe; francese -> francesi).
"""
    return header + "".join(f"{code}\t{'|'.join(forms)}\n" for code, forms, _ in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packages", type=Path, help="folder with world-countries/ and i18n-nationality/ unpacked")
    parser.add_argument("--review", action="store_true", help="print every row beside both packages' forms")
    args = parser.parse_args()
    rows = parse_curated(CURATED.read_text(encoding="utf-8").splitlines())
    with tempfile.TemporaryDirectory() as scratch:
        agree = check(rows, unpacked_packages(args.packages, Path(scratch)), args.review)
    OUTPUT.write_text(render(rows, agree), encoding="utf-8")
    print(f"{OUTPUT.name}: {len(rows)} countries; i18n-nationality agrees on {agree}", file=sys.stderr)


if __name__ == "__main__":
    main()
