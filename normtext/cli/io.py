"""Input discovery and decoding for the command line.

Files are read as bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded
directly; other bytes go to the encoding detector of :mod:`normtext.encoding` when it is
available, and otherwise undecodable bytes are kept with ``surrogateescape`` so they are
written back exactly as they came.

>>> decode_bytes_for_cli(b"caf\\xe9 ok").warnings[0].startswith("not valid UTF-8")
True
"""

from __future__ import annotations

import codecs
import fnmatch
import gzip
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

#: How many leading bytes are checked for NUL to call a file binary.
BINARY_SNIFF_BYTES = 8192
STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")


@dataclass
class Decoded:
    """Text decoded from bytes, with the decision and any warnings."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    #: True when the text re-encodes as UTF-8 to different bytes than the input (legacy codec)
    transcoded: bool = False


class BinaryInput(ValueError):
    """The input looks binary (NUL bytes, no UTF-16 BOM)."""


def guess_format(path: str) -> str:
    """``jsonl`` for ``.jsonl``/``.jsonl.gz``/``.ndjson``, ``parquet`` for ``.parquet``, else ``text``.

    >>> guess_format("a/b.jsonl.gz"), guess_format("notes.txt")
    ('jsonl', 'text')
    """
    low = path.lower()
    if low.endswith(".parquet"):
        return "parquet"
    return "jsonl" if low.endswith(JSONL_SUFFIXES) else "text"


def open_input(path: str) -> IO[bytes]:
    """Open a file for reading bytes, decompressing ``.gz`` (and ``.zst`` with the zst extra)."""
    low = path.lower()
    if low.endswith(".gz"):
        return gzip.open(path, "rb")
    if low.endswith(".zst"):
        return _zstd().ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)
    return open(path, "rb")


def wrap_output(fh: IO[bytes], path: str | None) -> IO[bytes]:
    """Compress what is written to ``fh`` when ``path`` ends with ``.gz`` / ``.zst``."""
    low = (path or "").lower()
    if low.endswith(".gz"):
        return gzip.GzipFile(fileobj=fh, mode="wb", mtime=0)  # mtime=0: deterministic bytes
    if low.endswith(".zst"):
        return _zstd().ZstdCompressor().stream_writer(fh, closefd=False)
    return fh


def _zstd():
    try:
        import zstandard
    except ImportError:
        raise OSError("reading or writing .zst needs the zst extra: pip install 'normtext[zst]'") from None
    return zstandard


def looks_binary(head: bytes) -> bool:
    """NUL bytes in the first block, and no UTF-16/32 BOM."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head[:BINARY_SNIFF_BYTES]


def _legacy_decoder():
    try:
        from ..encoding import decode_bytes
    except ImportError:
        return None
    return decode_bytes


def decode_bytes_for_cli(data: bytes) -> Decoded:
    """Decode one document or line: UTF-8 / BOM / UTF-16 / detected legacy codec / surrogateescape."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig", transcoded=True)
        except UnicodeDecodeError:
            pass
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", transcoded=True)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    detector = _legacy_decoder()
    if detector is not None:
        result = detector(data)
        warnings = list(getattr(result, "warnings", []))
        enc = getattr(result, "encoding", "unknown")
        lossless = result.text.encode("utf-8", "surrogateescape") == data
        if not lossless:
            warnings.insert(0, f"not valid UTF-8 (first bad byte at offset {first_bad}); "
                               f"decoded as {enc}")
        return Decoded(result.text, enc, warnings, transcoded=not lossless)
    text = data.decode("utf-8", "surrogateescape")
    return Decoded(text, "utf-8+surrogateescape",
                   [f"not valid UTF-8 (first bad byte at offset {first_bad}); undecodable bytes "
                    "are kept and written back as they came"])


def encode_output(text: str) -> bytes:
    """UTF-8, with surrogate-escaped bytes written back as the original bytes."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        # lone surrogates that did not come from undecodable bytes (e.g. JSON "\\ud800")
        return text.encode("utf-8", "backslashreplace")


def iter_input_paths(args: list[str], include: list[str], exclude: list[str],
                     problems: list[str]) -> Iterator[str]:
    """Expand directories (recursively, sorted, symlinks not followed) into files.

    Missing paths are reported in ``problems`` and skipped.
    """
    if not args:
        yield STDIN
        return
    for arg in args:
        if arg == STDIN:
            yield STDIN
            continue
        path = Path(arg)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if os.path.islink(full):
                        continue
                    rel = os.path.relpath(full, path)
                    if include and not any(_match(rel, name, g) for g in include):
                        continue
                    if any(_match(rel, name, g) for g in exclude):
                        continue
                    yield full
        elif path.exists():
            yield arg
        else:
            problems.append(f"{arg}: no such file or directory (skipped)")


def _match(rel: str, name: str, glob: str) -> bool:
    return fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(name, glob)
