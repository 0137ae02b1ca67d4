"""The documentation: generated references up to date, links that resolve, recipes that hold."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _gen_docs():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "tools" / "gen_docs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_docs", module)
    spec.loader.exec_module(module)
    return module


gen_docs = _gen_docs()


@pytest.mark.parametrize("page", ["steps", "cli"])
def test_generated_reference_is_up_to_date(page):
    path = {"steps": gen_docs.STEPS_PAGE, "cli": gen_docs.CLI_PAGE}[page]
    pages = gen_docs.pages()
    if path not in pages:
        pytest.skip("normtext.cli.main.build_parser does not exist yet")
    expected = pages[path]
    current = path.read_text(encoding="utf-8") if path.exists() else None
    assert current == expected, (
        f"{path.relative_to(ROOT)} is stale (a step, option, rule or CLI argument changed): "
        f"run `{gen_docs.REGENERATE}` and commit the result")


def test_step_reference_lists_every_builtin_step_and_rule():
    text = gen_docs.render_steps()
    for cls in gen_docs.builtin_steps():
        assert f"\n## {cls.name}\n" in text
        for rule in cls.rules:
            assert f"| `{rule}` |" in text
        for field in getattr(cls.Options, "__dataclass_fields__", {}):
            assert f"| `{field}` |" in text


def test_cli_reference_lists_every_subcommand_and_option():
    from normtext.cli.main import build_parser

    text = gen_docs.render_cli()
    for name, sub in gen_docs._subparsers(build_parser()).items():
        assert f"## normtext {name}\n" in text
        for action in sub._actions:
            for opt in action.option_strings:
                if opt not in ("-h", "--help"):
                    assert opt in text, f"{opt} of normtext {name} missing"


def test_generation_is_deterministic():
    assert gen_docs.render_steps() == gen_docs.render_steps()


def _markdown_files() -> list[Path]:
    return sorted(DOCS.rglob("*.md")) + [p for p in [ROOT / "README.md"] if p.exists()]


def test_relative_links_resolve():
    broken = []
    for page in _markdown_files():
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            if not (page.parent / target).exists():
                broken.append(f"{page.relative_to(ROOT)} → {target}")
    assert not broken, "broken links: " + ", ".join(broken)


def _pages_with_examples() -> list[Path]:
    return [p for p in _markdown_files() if "```pycon\n" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("page", _pages_with_examples(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pycon_examples_run(page):
    """The ``pycon`` examples of a page are doctests (sharing one namespace): they stay true."""
    import doctest

    blocks = re.findall(r"```pycon\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
    name = str(page.relative_to(ROOT))
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures: list[str] = []
    runner.run(test, out=failures.append)
    assert runner.failures == 0, "".join(failures)


def test_mine_recipe_matches_the_cli():
    """The recipe says `normtext mine` is planned exactly while the command does not exist."""
    from normtext.cli.main import build_parser

    recipe = (DOCS / "recipes.md").read_text(encoding="utf-8")
    mine = gen_docs._subparsers(build_parser()).get("mine")
    planned = "`normtext mine` is planned" in recipe
    assert (mine is not None) != planned, (
        "docs/recipes.md: update the 'mine a site's furniture' recipe: "
        + ("`normtext mine` exists now" if mine is not None else "`normtext mine` does not exist"))
    if mine is not None:  # every option the recipe uses exists
        options = {o for a in mine._actions for o in a.option_strings}
        used = set(re.findall(r"normtext mine [^\n]*", recipe))
        for line in used:
            for opt in re.findall(r"(--[a-z-]+)", line):
                assert opt in options, f"docs/recipes.md uses normtext mine {opt}, which does not exist"
