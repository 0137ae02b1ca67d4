"""Configs are data: path options resolve relative to the config file and cannot escape it."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from normtext import Doc, Pipeline, Step, register
from normtext.options import PATH_OPTION
from normtext.step import REGISTRY


@dataclass(frozen=True)
class _FileOptions:
    files: tuple[str, ...] = field(default=(), metadata=PATH_OPTION)


@pytest.fixture
def file_step():
    @register
    class FileStep(Step):
        name = "test_files"
        stage = 45
        purpose = "test step with a path option"
        Options = _FileOptions
        rules = {"test/none": "never edits"}

        def __call__(self, doc: Doc) -> Doc:
            return doc

    yield FileStep
    REGISTRY.pop("test_files", None)


def test_relative_paths_resolve_against_the_config_folder(tmp_path, file_step):
    (tmp_path / "lex").mkdir()
    cfg = tmp_path / "cfg.toml"
    cfg.write_text('[steps.test_files]\nfiles = ["lex/a.toml", "/abs/b.toml"]\n', encoding="utf-8")
    pipe = Pipeline.from_config(cfg)
    assert pipe.steps[0].options.files == (str((tmp_path / "lex" / "a.toml").resolve()), "/abs/b.toml")


def test_paths_escaping_the_config_folder_are_refused(tmp_path, file_step):
    cfg = tmp_path / "cfg.toml"
    cfg.write_text('preset = "light"\n[test_files]\nfiles = ["../../etc/passwd"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="escapes the config file's folder"):
        Pipeline.from_config(cfg)


def test_a_config_is_never_code(tmp_path):
    cfg = tmp_path / "cfg.toml"
    cfg.write_text('preset = "__import__(\'os\').system(\'false\')"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown preset"):
        Pipeline.from_config(cfg)


def test_user_lexicon_paths_in_a_config_resolve_against_its_folder(tmp_path):
    lex_dir = tmp_path / "lexicons"
    lex_dir.mkdir()
    (lex_dir / "site.toml").write_text(
        '[[entry]]\nid = "stamp"\nlabel = "site_tag"\nanchor = "line"\nwhere = "top"\n'
        'strings = ["EXAMPLE.INFO"]\n', encoding="utf-8")
    cfg = tmp_path / "cfg.toml"
    cfg.write_text('preset = "default"\n[injected]\nlexicons = ["lexicons/site.toml"]\n', encoding="utf-8")
    pipe = Pipeline.from_config(cfg)
    step = next(s for s in pipe.steps if s.name == "injected")
    assert step.options.lexicons == (str((lex_dir / "site.toml").resolve()),)
    assert pipe("EXAMPLE.INFO\n\nThe council met on Monday.") == "The council met on Monday."
    escaping = tmp_path / "bad.toml"
    escaping.write_text('[injected]\nlexicons = ["../outside.toml"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="escapes"):
        Pipeline.from_config(escaping)
