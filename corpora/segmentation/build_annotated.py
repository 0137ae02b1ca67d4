"""Build ``tests/data/segmentation/annotated.jsonl`` from the marked-up ``annotated-*.txt`` files.

Each item is ``TAGS<TAB>TEXT``; ``{LANG|words}`` in TEXT gives the language of the enclosed
words, every other word takes its script's default (Arabic script ``ar``, Latin ``en``, other
scripts by :data:`normtext.segmentation.language.SCRIPT_LANGUAGE`). The gold segments follow from
the word labels by the spec's rules, applied by the character-level reference
(:mod:`normtext.segmentation.reference`), not by the fast engine under test.

Run: ``.venv/bin/python corpora/segmentation/build_annotated.py``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from normtext.segmentation.language import SCRIPT_LANGUAGE  # noqa: E402
from normtext.segmentation.reference import reference_segments  # noqa: E402
from normtext.segmentation.runs import script_of  # noqa: E402

OUT = ROOT / "tests" / "data" / "segmentation" / "annotated.jsonl"
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|n|r|t)")
_MARK = re.compile(r"\{([a-zA-Z-]+)\|(.*?)\}")


def _unescape(s: str) -> str:
    def one(m: re.Match) -> str:
        code = m.group(1)
        return {"n": "\n", "r": "\r", "t": "\t"}.get(code) or chr(int(code[1:], 16))
    return _ESCAPE.sub(one, s)


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The plain text and the ``(start, end, lang)`` spans the markup gives."""
    text, spans, pos = [], [], 0
    for m in _MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        start = sum(map(len, text))
        text.append(m.group(2))
        spans.append((start, start + len(m.group(2)), m.group(1)))
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def label_of(lang: str) -> str:
    return {"ar": "ar", "en": "en"}.get(lang, "other")


def record(item_id: str, tags: list[str], text: str, spans: list[tuple[int, int, str]]) -> dict:
    def lang_labeler(t: str, s: int, e: int, script: str):
        for a, b, lang in spans:
            if a <= s < b:
                return label_of(lang), lang
        if script == "Arab":
            return "ar", "ar"
        if script == "Latn":
            return "en", "en"
        return "other", SCRIPT_LANGUAGE.get(script_of(t[s]), "und")

    lang = [s.to_dict() for s in reference_segments(text, lang_labeler)]
    script = [{k: v for k, v in s.to_dict().items() if k in ("start", "end", "label", "kind")}
              for s in reference_segments(text)]
    return {"id": item_id, "tags": tags, "text": text, "segments": lang, "script_segments": script}


def main() -> None:
    records = []
    for path in sorted(HERE.glob("annotated-*.txt")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            tags, _, marked = line.partition("\t")
            text, spans = parse(_unescape(marked))
            records.append(record(f"nt-{path.stem[-1]}-{lineno:03d}", tags.split(","), text, spans))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} items -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
