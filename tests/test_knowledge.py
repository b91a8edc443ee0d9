"""kg/knowledge: the tables, read from kg/data once and then from the copy kept in the user's cache folder."""
import pytest

import kg.knowledge as knowledge


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_the_tables_are_read_once_then_come_from_the_kept_copy(cache_home, monkeypatch):
    first = knowledge.load_knowledge.__wrapped__()
    assert knowledge.kept_knowledge_path().is_file()
    monkeypatch.setattr(knowledge, "read_knowledge", lambda: pytest.fail("kg/data read again"))
    kept = knowledge.load_knowledge.__wrapped__()
    assert kept.gazetteer.lookup("Medolla").name == first.gazetteer.lookup("Medolla").name == "Medolla"
    assert "marina" in kept.person_words


def test_a_damaged_copy_is_read_again_from_kg_data(cache_home):
    path = knowledge.kept_knowledge_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle")
    assert knowledge.load_knowledge.__wrapped__().gazetteer.lookup("Kyiv") is not None
    assert path.read_bytes() != b"not a pickle"


def test_a_cache_folder_that_cannot_be_written_only_costs_time(cache_home):
    (cache_home / "kg").write_text("a file where the folder would be")
    assert knowledge.load_knowledge.__wrapped__().gazetteer.lookup("Kyiv") is not None


def test_the_copy_of_another_version_is_replaced(cache_home):
    older = cache_home / "kg" / "knowledge-0123456789abcdef.pickle"
    older.parent.mkdir(parents=True)
    older.write_bytes(b"tables of another version")
    knowledge.load_knowledge.__wrapped__()
    assert [p.name for p in (cache_home / "kg").iterdir()] == [knowledge.kept_knowledge_path().name]
