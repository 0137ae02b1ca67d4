"""Encoding repair: mojibake (ftfy's modes plus the Arabic ones ftfy cannot fix), lost bytes,
C1 controls, and decoding of files that are not UTF-8.

- :func:`fix_encoding` (also ``normtext.fix_encoding``): the codec repairs alone.
- :func:`repair_codecs`: the same on a :class:`~normtext.doc.Doc`, as recorded edits.
- :func:`decode_bytes` / :func:`read_text`: bytes to a :class:`Decoded` (text, decision,
  per-segment decisions, warnings); undecodable bytes kept as surrogateescape.

>>> fix_encoding("ط§ظ„ظ„ط؛ط© ÇáÚÑÈíÉ")
'اللغة العربية'
>>> decode_bytes("اللغة العربية".encode("cp1256")).encoding
'cp1256'
"""

from __future__ import annotations

from .decoding import Decoded, decode_bytes, read_text
from .repair import fix_encoding, repair_codecs

__all__ = ["fix_encoding", "repair_codecs", "decode_bytes", "read_text", "Decoded"]
