"""Escaped text shown raw: HTML character references, JSON ``\\uXXXX`` escapes, Python bytes reprs.

Each function returns ``(pattern, replacement)`` use: ``pattern`` finds candidates, the replacement
callable returns the decoded text or the match unchanged (which :meth:`Doc.sub` does not record).

>>> HTML_REF_RE.sub(html_ref, "&#1575;&#1604;&amp; &copy; &#x2014; &bogus; &#0;")
'ال& © — &bogus; &#0;'
>>> JSON_ESCAPE_RE.sub(json_escape, r"\\u0627\\u0644\\u0639\\u0631\\u0628 and u0645u0646")
'العرب and من'
>>> BYTES_REPR_RE.sub(bytes_repr, r"b'\\xd8\\xa7\\xd9\\x84' \\xd9\\x85\\xd9\\x86")
'ال من'
"""

from __future__ import annotations

import ast
import html.entities
import json

import regex

#: ``&#1575;``, ``&#x627;``, ``&amp;``, and the double-escaped ``&amp;#1575;``.
HTML_REF_RE = regex.compile(
    r"&(?:amp;)?(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: A tag: text holding one is markup, whose references are left for an HTML parser.
MARKUP_TAG_RE = regex.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|<!--")
#: HTML5 maps the C1 range of numeric references to windows-1252 (``&#150;`` is an en dash).
_HTML5_ENTITIES = html.entities.html5


def html_ref(m: regex.Match[str]) -> str:
    """The character a reference names; the reference itself when it names none (or U+0000)."""
    ref = m.group()
    body = ref[5:] if ref.startswith("&amp;") and len(ref) > 6 else ref[1:]
    if body.startswith("#"):
        code = int(body[2:-1], 16) if body[1] in "xX" else int(body[1:-1])
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return ref
        if 0x80 <= code <= 0x9F:
            return bytes([code]).decode("cp1252", "ignore") or chr(code)
        return chr(code)
    value = _HTML5_ENTITIES.get(body)
    return ref if value is None else value


#: Runs of JSON escapes (``\\u0627``, surrogate pairs included), or of bare ``u0627`` in the Arabic
#: block (``json_encode`` output whose backslashes were stripped), two or more.
JSON_ESCAPE_RE = regex.compile(
    r"(?:\\u[0-9a-fA-F]{4})+|(?<![A-Za-z0-9])(?:u06[0-9a-fA-F]{2}){2,}(?![0-9a-fA-F])")


_LONE_SURROGATE_RE = regex.compile("[\ud800-\udfff]")


def json_escape(m: regex.Match[str]) -> str:
    raw = m.group()
    if not raw.startswith("\\"):
        raw = raw.replace("u", "\\u")
    try:
        text = json.loads(f'"{raw}"')
    except ValueError:
        return m.group()
    return m.group() if _LONE_SURROGATE_RE.search(text) else text


#: ``b'...'`` / ``b"..."`` literals with ``\\x`` escapes, or two or more bare ``\\xHH`` escapes.
BYTES_REPR_RE = regex.compile(
    r"""b'(?:\\x[0-9a-fA-F]{2}|\\[\\'"nrt]|[^'\\\n])*\\x[0-9a-fA-F]{2}(?:\\x[0-9a-fA-F]{2}|\\[\\'"nrt]|[^'\\\n])*'"""
    r'''|b"(?:\\x[0-9a-fA-F]{2}|\\[\\'"nrt]|[^"\\\n])*\\x[0-9a-fA-F]{2}(?:\\x[0-9a-fA-F]{2}|\\[\\'"nrt]|[^"\\\n])*"'''
    r"|(?:\\x[0-9a-fA-F]{2}){2,}")


def bytes_repr(m: regex.Match[str]) -> str:
    """The UTF-8 text of a bytes repr; the match itself unless it is valid UTF-8."""
    raw = m.group()
    try:
        data = ast.literal_eval(raw if raw.startswith("b") else f"b'{raw}'")
        return data.decode("utf-8")
    except (ValueError, SyntaxError, UnicodeDecodeError):
        return raw
