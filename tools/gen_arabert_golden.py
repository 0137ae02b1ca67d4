"""Generate AraBERT preprocessing golden files (``tests/data/compat/arabert.jsonl``).

AraBERT's ``ArabertPreprocessor`` needs ``emoji==1.4.2``, which clashes with current
packages, so it runs in its own virtual environment, never in the project's::

    python3 -m venv /tmp/arabert-venv
    /tmp/arabert-venv/bin/pip install --no-deps arabert==1.0.1 emoji==1.4.2 PyArabic
    /tmp/arabert-venv/bin/python tools/gen_arabert_golden.py

Each JSONL record: ``{"input", "bert-base-arabertv02", "bert-base-arabertv02-twitter"}``, the
outputs of ``ArabertPreprocessor(model).preprocess(input)``; records whose input holds an
e-mail or a dagger alef also carry ``"<model>+fixes"``: AraBERT's output on the input with the
preset's bug fixes applied first (:func:`with_fixes`). Inputs: short generated documents
(``corpora/generate.py``, seed 23) and sentences built around the characters AraBERT changes
(diacritics, tatweel, URLs, e-mails, mentions, emoji, punctuation, digits, elongation). The
``arabert`` preset (issue 6) is tested against this file.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "tests" / "data" / "compat" / "arabert.jsonl"
MODELS = ("bert-base-arabertv02", "bert-base-arabertv02-twitter")

_WORDS = ("قالَ المُدِيرُ إنّ الشركــة ستفتح مكتبًا في عمّان عام ٢٠٢٤ بنسبة ٣٫٥٪ على مستوى "
          "المسؤولين هٰذا إلى آخر ٱلكتاب مدرسة جديدة تجرید علی کتاب پنجاب ﷺ ﴾الآية﴿ ﻷن "
          "جمييييل واااو !!! ؟؟ ... ، ؛ « » “quote” ‘x’ — – café Straße 2020 12:30 3.5% "
          "https://example.com/a?b=1 www.site.org/x info@mail.com @user_1 #هاشتاق "
          "😀 👍🏽 ❤️ 🇯🇴 <br /> <b>bold</b> &amp; &quot; a/b 10/12 (قوس) [x] {y} ـــــ "
          "saidاضافة word123 ١٢٣كلمة COVID-19").split()


def sentences(count: int, seed: int = 23) -> list[str]:
    rng = random.Random(f"arabert-golden-{seed}")
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def inputs() -> list[str]:
    sys.path.insert(0, str(REPO / "corpora"))
    from generate import generate  # type: ignore[import-not-found]

    return [d["text"] for d in generate(docs=600, seed=23, short=True)] + sentences(600)


def with_fixes(text: str) -> str:
    """The input with the ``arabert`` preset's two bug fixes applied first, so AraBERT's output
    on it is what the preset must give: the dagger alef deleted (AraBERT splits ``هٰذا``), and
    e-mails replaced by ``[بريد]`` before AraBERT's URL patterns can tag them as URLs."""
    import re

    from arabert.preprocess import EMAIL_REGEXES

    text = text.replace("\u0670", "")
    for pattern in EMAIL_REGEXES:
        text = re.sub(pattern, " [بريد] ", text)
    return text


def main() -> int:
    from arabert.preprocess import ArabertPreprocessor

    procs = {m: ArabertPreprocessor(m) for m in MODELS}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for text in inputs():
            record = {"input": text, **{m: p.preprocess(text) for m, p in procs.items()}}
            fixed = with_fixes(text)
            if fixed != text:
                record.update({f"{m}+fixes": p.preprocess(fixed) for m, p in procs.items()})
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
