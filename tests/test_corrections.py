"""The corrections file: checked on every read, written whole under a lock."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.corrections import (
    Corrections,
    CorrectionsError,
    load_corrections,
    save_corrections,
    update_corrections,
)

EXPECTED = 'expected {"merge": [["NAME", "OTHER"], ...], "split": [["NAME", "ALIAS"], ...]}'


def test_no_file_is_no_correction(tmp_path):
    assert load_corrections(tmp_path / "none.json") == Corrections()


def test_a_file_written_is_read_back(tmp_path):
    path = tmp_path / "c.json"
    save_corrections(path, Corrections(merges=[("Dmitry Peskov", "D. Peskov")], splits=[("Jared Kushner", "Kushner")]))
    assert load_corrections(path) == Corrections([("Dmitry Peskov", "D. Peskov")], [("Jared Kushner", "Kushner")])
    assert [p.name for p in tmp_path.iterdir()] == ["c.json"]       # no temporary or lock file left


@pytest.mark.parametrize("content,problem", [
    ("[]", "a JSON list, not an object"),
    ('{"merge": "Peskov"}', "'merge' is a JSON string, not a list"),
    ('{"merge": [["Peskov"]]}', "'merge' entry 1 is [\"Peskov\"], not two names"),
    ('{"split": [["Kushner", 3]]}', "'split' entry 1 is [\"Kushner\", 3], not two names"),
    ('{"merge": [["Peskov", " "]]}', "'merge' entry 1 is [\"Peskov\", \" \"], not two names"),
    ('{"merges": []}', "unknown key 'merges'"),
])
def test_a_file_of_the_wrong_shape_says_what_is_wrong(tmp_path, content, problem):
    path = tmp_path / "c.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorrectionsError) as err:
        load_corrections(path)
    assert str(err.value) == f"{path}: not a corrections file ({problem}); {EXPECTED}"


def test_a_file_that_is_not_json_is_named(tmp_path):
    path = tmp_path / "c.json"
    path.write_text('{"merge": [', encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r"c.json: not a corrections file \(not JSON: Expecting value"):
        load_corrections(path)


def test_an_update_keeps_what_was_there(tmp_path):
    path = tmp_path / "c.json"
    update_corrections(path, lambda c: c.merges.append(("A", "B")))
    update_corrections(path, lambda c: c.splits.append(("A", "C")))
    assert json.loads(path.read_text(encoding="utf-8")) == {"merge": [["A", "B"]], "split": [["A", "C"]]}


def test_a_failed_write_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "c.json"
    update_corrections(path, lambda c: c.merges.append(("A", "B")))
    before = path.read_bytes()
    monkeypatch.setattr("json.dumps", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(CorrectionsError, match="cannot write the corrections file"):
        update_corrections(path, lambda c: c.merges.append(("C", "D")))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["c.json"]


def test_twenty_concurrent_merges_keep_twenty_entries(tmp_path):
    kg = str(Path(sys.executable).parent / "kg")
    path = tmp_path / "c.json"
    runs = [subprocess.Popen([kg, "merge", f"Name {i}", f"Other {i}", "--corrections", str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for i in range(20)]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0] * 20, outputs
    merges = json.loads(path.read_text(encoding="utf-8"))["merge"]
    assert sorted(merges) == sorted([f"Name {i}", f"Other {i}"] for i in range(20))
