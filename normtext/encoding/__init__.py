"""Encoding repair: mojibake (ftfy's modes plus the Arabic ones ftfy cannot fix), lost bytes,
C1 controls, and decoding of files that are not UTF-8.

>>> fix_encoding("ط§ظ„ظ„ط؛ط© ÇáÚÑÈíÉ")
'اللغة العربية'
"""

from __future__ import annotations

from .repair import fix_encoding, repair_codecs

__all__ = ["fix_encoding", "repair_codecs"]
