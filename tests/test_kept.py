"""kg/kept.py: the files kg keeps, written whole, some by a forked process while kg goes on."""
import gc
import os

from kg import kept


def test_a_pickle_kept_aside_is_read_back_once_written(tmp_path):
    path = tmp_path / "state.pickle"
    kept.keep_pickle_aside(path, {"articles": list(range(1000))})
    assert kept.kept_pickle(path) == {"articles": list(range(1000))}     # waits for the writing process
    kept.keep_pickle_aside(path, "second")
    kept.keep_pickle_aside(path, "third")       # after the second is written, never interleaved with it
    assert kept.kept_pickle(path) == "third"
    assert files_in(tmp_path) == ["state.pickle"]


def test_the_next_run_waits_for_a_write_still_under_way(tmp_path):
    path = tmp_path / "state.pickle"
    kept.keep_pickle_aside(path, list(range(300_000)))
    kept._writing.clear()       # as if this process were the next run: it knows no forked writer
    assert kept.kept_pickle(path) == list(range(300_000))       # held off by the writer's lock


def test_a_pickle_that_cannot_be_kept_aside_is_named_and_leaves_the_old_file(tmp_path, capfd):
    path = tmp_path / "state.pickle"
    kept.keep_pickle(path, "old")
    kept.keep_pickle_aside(path, lambda: None)      # a lambda cannot be pickled
    assert kept.kept_pickle(path) == "old"
    assert f"kg: could not keep {path}: " in capfd.readouterr().err     # from the writer, said by the reader
    assert files_in(tmp_path) == ["state.pickle"]
    assert kept.kept_pickle(path) == "old" and capfd.readouterr().err == ""       # said once


def test_what_a_run_keeps_is_out_of_the_collectors_reach(tmp_path):
    path = tmp_path / "snapshot.pickle"
    kept.keep_pickle(path, [[i] for i in range(100)])
    rows = kept.kept_pickle(path)
    assert gc.is_tracked(rows[0]) and not any(row is rows[0] for row in gc.get_objects())
    gc.unfreeze()


def files_in(folder) -> list[str]:
    """The files of `folder` but the locks that stay beside kept files."""
    return sorted(name for name in os.listdir(folder) if not name.endswith(".lock"))
