"""Settings: the current folder's .env is read, a parent folder's is not; flags and the environment win."""
from click.testing import CliRunner

from kg.cli import cli

ARTICLE = "Il sindaco Mario Rossi a Modena."
CLEAN = {"KG_CORRECTIONS": None}      # CliRunner restores what .env sets


def extract_in(folder, monkeypatch, env=CLEAN):
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(folder)
    return CliRunner().invoke(cli, ["extract", "a.txt", "--model", "blank"], env=env)


def test_the_current_folders_env_is_read(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("KG_CORRECTIONS=fixes-from-env.json\n", encoding="utf-8")
    (tmp_path / "fixes-from-env.json").write_text("[]", encoding="utf-8")
    result = extract_in(tmp_path, monkeypatch)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: fixes-from-env.json: not a corrections file (a JSON list")


def test_a_parent_folders_env_is_not_read(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("KG_CORRECTIONS=/no/such/folder/fixes.json\n", encoding="utf-8")
    (tmp_path / "news").mkdir()
    result = extract_in(tmp_path / "news", monkeypatch)
    assert result.exit_code == 0, result.output


def test_the_environment_wins_over_env(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("KG_CORRECTIONS=fixes-from-env.json\n", encoding="utf-8")
    (tmp_path / "fixes-from-env.json").write_text("[]", encoding="utf-8")
    result = extract_in(tmp_path, monkeypatch, env={"KG_CORRECTIONS": "none.json"})
    assert result.exit_code == 0, result.output
