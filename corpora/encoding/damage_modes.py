"""Seeded generator of encoding damage: every mode normtext's ``encoding`` step repairs, applied to
clean sentences written for this project (``sentences.tsv``), plus must-not-change items.

Each item is ``{"mode", "family", "input", "expected"}``; ``family`` groups the modes the issue's
targets name: ``ftfy`` (modes ftfy handles), ``arabic`` (windows-1256 / ISO-8859-6 / lost bytes /
partial damage), ``markup`` (HTML references, BOMs, C1 controls), ``clean`` (must not change).
The same seed gives the same items in every process.

    >>> items = generate(seed=1, per_mode=3)
    >>> items == generate(seed=1, per_mode=3)
    True
    >>> sorted({i["family"] for i in items})
    ['arabic', 'clean', 'ftfy', 'markup']

Command line: ``python corpora/encoding/damage_modes.py --seed 1 --per-mode 60 -o items.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (sloppy-windows-1252: cp1252 keeping its undefined bytes)

HERE = Path(__file__).resolve().parent

#: Correct text that looks like mojibake to a careless fixer (must come back unchanged).
TRAPS = (
    "القط؟ نعم، القط.",
    "من أجل الحفاظ، على البيئة.",
    "السعر (د.ط، ٥ دنانير)",
    "أ، ب، ت، ث، ج، ح، خ، د، ذ، ر، ز، س، ش، ص، ض، ط، ظ، ع، غ",
    "خطط الحكومة وخطط المعارضة",
    "Øresund, Ødegaard and Ålborg are Danish and Norwegian names.",
    "NÃO e SÃO PAULO estão em maiúsculas.",
    "She said “yes” and he said ‘no’ — that’s all…",
    "https://ar.wikipedia.org/wiki/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9",
    "Emoji: 😀 🎉 👍🏽 ❤️ and 🇯🇴",
    "?????? ????? ???",
    "\ufffd\ufffd\ufffd \ufffd\ufffd",
    "Prices: 5×£35, 10÷2, ±3°C, ½ and ¼.",
    "Café Ø 3½ — naïve Ågård.",
    "À bientôt, ça va? Oui, très bien!",
    "خط‌ها و نامه‌ها را بخوانید.",
    "ڤيديو جديد: گوگل و پایتون",
    "الفرق بين ظ، وط؛ كبير",
    "١٠٠ ٢٠٠ ٣٠٠ و 100 200 300",
    "C:\\Users\\Ali\\Documents",
    "&amp; <b>bold</b> &lt;tag&gt;",
)


def load_sentences(path: Path = HERE / "sentences.tsv") -> list[tuple[str, str]]:
    """``(kind, text)`` pairs (``ar`` | ``en`` | ``mixed``)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, text = line.split("\t", 1)
            out.append((kind, text))
    return out


# --- damage functions: clean text -> damaged text (None when the mode does not apply) ------------

def _utf8_as(codec: str) -> Callable[[str], str | None]:
    return lambda t: t.encode("utf-8").decode(codec)


def _layered(*codecs: str) -> Callable[[str], str | None]:
    def damage(t: str) -> str:
        for codec in codecs:
            t = t.encode("utf-8").decode(codec)
        return t
    return damage


def _lost_0x81(replacement: str) -> Callable[[str], str | None]:
    """UTF-8 read by a strict cp1252 converter: the undefined byte 0x81 (ف) lost or replaced."""
    def damage(t: str) -> str | None:
        data = t.encode("utf-8")
        if b"\x81" not in data or any(b in data for b in (0x8D, 0x8F, 0x90, 0x9D)):
            return None
        return data.replace(b"\x81", b"\x00").decode("cp1252").replace("\x00", replacement)
    return damage


def _legacy(codec: str, reader: str) -> Callable[[str], str | None]:
    def damage(t: str) -> str | None:
        try:
            return t.encode(codec).decode(reader)
        except UnicodeError:
            return None
    return damage


def _legacy_then_utf8(codec: str, reader: str) -> Callable[[str], str | None]:
    """Legacy text read as cp1252, saved as UTF-8, then that UTF-8 read as ``reader``."""
    def damage(t: str) -> str | None:
        try:
            return t.encode(codec).decode("sloppy-windows-1252").encode("utf-8").decode(reader)
        except UnicodeError:
            return None
    return damage


def _shy_stripped(t: str) -> str | None:
    data = t.encode("utf-8").decode("cp1256")
    return data.replace("\u00ad", "") if "\u00ad" in data else None


def _html_refs(rng: random.Random) -> Callable[[str], str | None]:
    def damage(t: str) -> str | None:
        if t.isascii():
            return None
        hexa = rng.random() < 0.3
        return "".join((f"&#x{ord(c):x};" if hexa else f"&#{ord(c)};") if ord(c) > 127 else c for c in t)
    return damage


def _c1(t: str) -> str | None:
    try:
        data = t.encode("cp1252")
    except UnicodeError:
        return None
    out = data.decode("latin-1")
    return out if any("\x80" <= c <= "\x9f" for c in out) else None


#: mode -> (family, damage function or factory taking the generator, kinds it applies to)
def modes(rng: random.Random) -> dict[str, tuple[str, Callable[[str], str | None], tuple[str, ...]]]:
    every = ("ar", "en", "mixed")
    arabic = ("ar", "mixed")
    return {
        "utf8-as-cp1252": ("ftfy", _utf8_as("sloppy-windows-1252"), every),
        "utf8-as-latin1": ("ftfy", _utf8_as("latin-1"), every),
        "utf8-as-macroman": ("ftfy", _utf8_as("mac_roman"), every),
        "utf8-as-cp437": ("ftfy", _utf8_as("cp437"), every),
        "layered-x2": ("ftfy", _layered("sloppy-windows-1252", "sloppy-windows-1252"), every),
        "layered-x3": ("ftfy", _layered("sloppy-windows-1252", "sloppy-windows-1252", "sloppy-windows-1252"), every),
        "utf8-as-cp1256": ("arabic", _utf8_as("cp1256"), every),
        "utf8-as-cp1256-shy-stripped": ("arabic", _shy_stripped, arabic),
        "cp1256-as-cp1252": ("arabic", _legacy("cp1256", "sloppy-windows-1252"), arabic),
        "cp1256-as-latin1": ("arabic", _legacy("cp1256", "latin-1"), arabic),
        "iso8859-6-as-latin1": ("arabic", _legacy("iso8859-6", "latin-1"), arabic),
        "layered-cp1256-then-cp1252": ("arabic", _layered("cp1256", "sloppy-windows-1252"), arabic),
        "layered-cp1252-then-cp1256": ("arabic", _layered("sloppy-windows-1252", "cp1256"), arabic),
        "layered-cp1256-x2": ("arabic", _layered("cp1256", "cp1256"), arabic),
        "layered-cp1256-cp1252-cp1252": ("arabic", _layered("cp1256", "sloppy-windows-1252", "sloppy-windows-1252"), arabic),
        "layered-legacy-then-utf8-as-cp1252": ("arabic", _legacy_then_utf8("cp1256", "sloppy-windows-1252"), arabic),
        "lost-0x81": ("arabic", _lost_0x81(""), arabic),
        "lost-0x81-question": ("arabic", _lost_0x81("?"), arabic),
        "lost-0x81-fffd": ("arabic", _lost_0x81("\ufffd"), arabic),
        "html-refs": ("markup", _html_refs(rng), every),
        "c1-controls": ("markup", _c1, ("en",)),
    }


PARTIAL_MODES = {
    "partial-utf8-as-cp1252": "utf8-as-cp1252",
    "partial-utf8-as-cp1256": "utf8-as-cp1256",
    "partial-cp1256-as-cp1252": "cp1256-as-cp1252",
}
BOM_MODES = {"bom": "\ufeff", "bom-as-cp1252": "\u00ef\u00bb\u00bf", "bom-as-cp1256": "\u00ef\u00bb\u061f"}


def _text(rng: random.Random, pool: list[str]) -> str:
    """One sentence, sometimes two (joined by a space or a line break)."""
    first = rng.choice(pool)
    if rng.random() < 0.3:
        return first + rng.choice((" ", "\n")) + rng.choice(pool)
    return first


def generate(seed: int = 1, per_mode: int = 60) -> list[dict]:
    """``per_mode`` items for every mode, plus every clean sentence and trap as must-not-change."""
    sentences = load_sentences()
    by_kind: dict[str, list[str]] = {}
    for kind, text in sentences:
        by_kind.setdefault(kind, []).append(text)
    items: list[dict] = []
    for mode, (family, damage, kinds) in modes(random.Random(f"{seed}-html")).items():
        rng = random.Random(f"{seed}-{mode}")
        pool = [t for k in kinds for t in by_kind[k]]
        made = tries = 0
        while made < per_mode and tries < per_mode * 50:
            tries += 1
            clean = _text(rng, pool)
            damaged = damage(clean)
            if damaged is None or damaged == clean:
                continue
            items.append({"mode": mode, "family": family, "input": damaged, "expected": clean})
            made += 1
    all_modes = modes(random.Random(f"{seed}-html"))
    for mode, inner in PARTIAL_MODES.items():
        rng = random.Random(f"{seed}-{mode}")
        damage = all_modes[inner][1]
        made = 0
        while made < per_mode:
            host = rng.choice(by_kind["en"] + by_kind["ar"])
            part = rng.choice(by_kind["ar"])
            if damage(part) is None:
                continue
            made += 1
            before = rng.random() < 0.5
            clean = f"{part} {host}" if before else f"{host} {part}"
            damaged = f"{damage(part)} {host}" if before else f"{host} {damage(part)}"
            items.append({"mode": mode, "family": "arabic", "input": damaged, "expected": clean})
    for mode, bom in BOM_MODES.items():
        rng = random.Random(f"{seed}-{mode}")
        for _ in range(per_mode):
            clean = _text(rng, [t for _, t in sentences])
            items.append({"mode": mode, "family": "markup", "input": bom + clean, "expected": clean})
    for _, text in sentences:
        items.append({"mode": "clean", "family": "clean", "input": text, "expected": text})
    for text in TRAPS:
        items.append({"mode": "trap", "family": "clean", "input": text, "expected": text})
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-mode", type=int, default=60)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for item in generate(args.seed, args.per_mode):
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
