"""Pipeline construction: presets, overrides, configs, errors, pickling, results."""

from __future__ import annotations

import pickle
import tomllib

import pytest

import normtext
from normtext import Pipeline
from normtext.presets import PRESETS
from normtext.step import REGISTRY


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_every_preset_builds_and_round_trips(name):
    pipe = Pipeline.from_preset(name)
    config = pipe.to_config()
    assert config["normtext"] == normtext.__version__
    assert config["preset"] == PRESETS[name].ref
    assert Pipeline.from_config(config) == pipe
    assert Pipeline.from_config(tomllib.loads(pipe.to_toml())) == pipe


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_pickle_is_stable_after_use(name):
    pipe = Pipeline.from_preset(name)
    before = pickle.dumps(pipe)
    pipe("Al-Ghad reported.اضافة اعلان\u00a0 ok")
    pipe.process("x\u200by")
    assert pickle.dumps(pipe) == before
    assert pickle.loads(before) == pipe


def test_steps_run_in_stage_order():
    pipe = Pipeline.from_config({"steps": {"whitespace": {}, "unicode": {}}})
    stages = [s.stage for s in pipe.steps]
    assert stages == sorted(stages)


def test_override_options_and_switch_off():
    pipe = Pipeline.from_preset("default", whitespace={"max_blank_lines": 2}, unicode=False)
    assert "unicode" not in pipe.step_names
    assert pipe.to_config()["steps"]["whitespace"]["max_blank_lines"] == 2
    assert pipe("a\n\n\n\nb") == "a\n\n\nb"


@pytest.mark.parametrize("call, words", [
    (lambda: Pipeline.from_preset("nope"), ["unknown preset", "default", "light"]),
    (lambda: Pipeline.from_preset("default", nostep={}), ["unknown step", "whitespace"]),
    (lambda: Pipeline.from_preset("default", whitespace={"bogus": 1}),
     ["unknown option", "bogus", "max_blank_lines"]),
    (lambda: Pipeline.from_preset("default", whitespace={"line_endings": "crlf"}),
     ["invalid value", "'lf'", "'keep'"]),
    (lambda: Pipeline.from_preset("default", whitespace={"max_blank_lines": "many"}),
     ["whole number"]),
    (lambda: Pipeline.from_config({"steps": {"whitespace": {}}, "extra": 1}), ["unknown config key"]),
    (lambda: Pipeline.from_preset("default@9"), ["version"]),
])
def test_unknown_names_raise_value_error_naming_choices(call, words):
    with pytest.raises(ValueError) as info:
        call()
    for word in words:
        assert word in str(info.value)


def test_from_config_toml_file_with_preset_and_overrides(tmp_path):
    path = tmp_path / "cfg.toml"
    path.write_text('preset = "light"\n[whitespace]\nmax_blank_lines = 0\n', encoding="utf-8")
    pipe = Pipeline.from_config(path)
    assert pipe.preset == "light@1"
    assert pipe("a\n\n\nb") == "a\nb"
    assert Pipeline.from_config(str(path)) == pipe


def test_bad_toml_is_a_value_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("preset = \n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid TOML"):
        Pipeline.from_config(path)


def test_process_result_fields():
    pipe = Pipeline.from_preset("light")
    result = pipe.process("a\u00a0b\u200b c  ")
    assert result.text == pipe("a\u00a0b\u200b c  ") == "a b c"
    assert result.changes == {"whitespace/nbsp": 1, "unicode/zwsp": 1, "whitespace/trailing": 1}
    assert result.source_offset(3) == 4 and result.source_offset(4) == 5  # the space after the ZWSP
    assert result.changed
    with pytest.raises(IndexError):
        result.source_offset(99)
    assert [r.text for r in pipe.process_batch(["x\u00a0", "y"])] == ["x", "y"]


def test_non_string_input_is_a_type_error():
    with pytest.raises(TypeError):
        Pipeline.from_preset("light")(b"bytes")  # type: ignore[arg-type]


def test_every_registered_step_documents_its_rules():
    for name, cls in REGISTRY.items():
        assert cls.purpose, name
        assert cls.rules, name
        for rule in cls.rules:
            assert "/" in rule, rule


def test_normalize_function():
    assert normtext.normalize("a\u00a0b", preset="light") == "a b"
    assert normtext.normalize("a\n\n\nb", preset="light", whitespace={"max_blank_lines": 0}) == "a\nb"
