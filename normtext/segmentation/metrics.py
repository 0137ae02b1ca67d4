"""The four measures of ``specs/segmentation.md``, plus the issue's per-language checks.

All are micro-averaged over a data set of records ``{"text", "segments"}`` (gold) and the
predicted segments of each text:

- ``char_accuracy_letters``: letters and marks inside gold ``ar``/``en``/``other`` runs whose
  predicted label equals the gold label (the headline figure);
- ``char_accuracy_all``: the same over every character, neutral ones included;
- ``boundary_f1``: label changes between consecutive content letters (letters outside gold
  neutral runs), as a set of positions;
- ``segment_f1_exact``: exact ``(start, end, label)`` matches of the non-neutral runs;
- ``arabizi_recall`` / ``fa_ur_recall``: letters of gold ``ar-Latn`` / ``fa``+``ur`` runs
  predicted ``other``; ``ar_called_other``: letters of gold ``ar`` runs predicted ``other``.

>>> gold = [{"text": "VIP كبار", "segments": [{"start": 0, "end": 3, "label": "en", "lang": "en"},
...          {"start": 3, "end": 4, "label": "neutral", "lang": None},
...          {"start": 4, "end": 8, "label": "ar", "lang": "ar"}]}]
>>> from normtext.segmentation import segment
>>> score(gold, [segment(r["text"]) for r in gold])["segment_f1_exact"]
1.0
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from ..types import Segment

METRICS = ("char_accuracy_letters", "char_accuracy_all", "boundary_f1", "segment_f1_exact")


def _labels(n: int, segments: Iterable[Any]) -> list[str]:
    out = ["neutral"] * n
    for s in segments:
        start, end, label = (s["start"], s["end"], s["label"]) if isinstance(s, dict) else (s.start, s.end, s.label)
        out[start:end] = [label] * (end - start)
    return out


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _f1(tp: int, fp: int, fn: int) -> float:
    if tp == fp == fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def score(gold: Sequence[dict], predicted: Sequence[Sequence[Segment]],
          segments_key: str = "segments") -> dict[str, float]:
    """The measures over a data set (``segments_key="script_segments"`` for the script view)."""
    letters = letters_ok = chars = chars_ok = 0
    b_tp = b_fp = b_fn = s_tp = s_fp = s_fn = 0
    az = az_ok = fu = fu_ok = ar = ar_other = 0
    for record, pred in zip(gold, predicted, strict=True):
        text = record["text"]
        n = len(text)
        gsegs = record[segments_key]
        g = _labels(n, gsegs)
        p = _labels(n, pred)
        glang = [None] * n
        for s in gsegs:
            glang[s["start"]:s["end"]] = [s.get("lang")] * (s["end"] - s["start"])
        content = [i for i in range(n) if g[i] != "neutral" and unicodedata.category(text[i])[0] == "L"]
        for i in range(n):
            chars += 1
            chars_ok += g[i] == p[i]
            if g[i] != "neutral" and _is_letter(text[i]):
                letters += 1
                letters_ok += g[i] == p[i]
                lang = glang[i]
                if lang == "ar-Latn":
                    az += 1
                    az_ok += p[i] == "other"
                elif lang in ("fa", "ur"):
                    fu += 1
                    fu_ok += p[i] == "other"
                elif g[i] == "ar":
                    ar += 1
                    ar_other += p[i] == "other"
        gb = {j for i, j in zip(content, content[1:], strict=False) if g[i] != g[j]}
        pb = {j for i, j in zip(content, content[1:], strict=False) if p[i] != p[j]}
        b_tp += len(gb & pb)
        b_fp += len(pb - gb)
        b_fn += len(gb - pb)
        gs = {(s["start"], s["end"], s["label"]) for s in gsegs if s["label"] != "neutral"}
        ps = {(s.start, s.end, s.label) for s in pred if s.label != "neutral"}
        s_tp += len(gs & ps)
        s_fp += len(ps - gs)
        s_fn += len(gs - ps)
    out = {
        "char_accuracy_letters": letters_ok / letters if letters else 1.0,
        "char_accuracy_all": chars_ok / chars if chars else 1.0,
        "boundary_f1": _f1(b_tp, b_fp, b_fn),
        "segment_f1_exact": _f1(s_tp, s_fp, s_fn),
    }
    if az:
        out["arabizi_recall"] = az_ok / az
    if fu:
        out["fa_ur_recall"] = fu_ok / fu
    if segments_key == "segments":
        out["ar_called_other"] = ar_other / ar if ar else 0.0
    return out
