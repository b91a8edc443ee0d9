import pytest

from kg.text import counted, plural


@pytest.mark.parametrize("n,word", [(1, "meeting"), (0, "meetings"), (2, "meetings")])
def test_plural_is_the_word_for_one_only(n, word):
    assert plural(n, "meeting") == word


def test_counted_puts_the_number_before_its_word():
    assert [counted(n, "node") for n in (0, 1, 5)] == ["0 nodes", "1 node", "5 nodes"]
