"""The report in a real browser: headless Chromium driven through the DevTools protocol.

Chromium is started with ``--remote-debugging-pipe`` (the protocol over file descriptors 3 and
4: no port, no websocket library). The test loads the report of the report corpus from disk,
checks through the DOM that highlights, badges, labels, the summary and the filters work, that
the segment toggle switches the shading, that nothing was fetched from the network and no
document script ran, and writes ``docs/report-screenshot.png``.

Skipped, with the reason, only where no Chromium is installed (``.ci/run`` installs Debian's
``chromium`` package).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from test_report_fixtures import corpus, real_or_stand_in_pipeline

from normtext.report import write_report

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOT = ROOT / "docs" / "report-screenshot.png"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
    "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--force-device-scale-factor=1",
    "--remote-debugging-pipe",
]
#: Seconds any one protocol answer may take.
TIMEOUT = 60


def find_chromium() -> str | None:
    env = os.environ.get("NORMTEXT_CHROMIUM")
    if env:
        return env
    for path in CHROMIUM_CANDIDATES:
        if os.access(path, os.X_OK):
            return path
    return shutil.which("chromium")


class Browser:
    """A minimal DevTools-protocol client over ``--remote-debugging-pipe``."""

    def __init__(self, executable: str, profile: Path):
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def fds() -> None:  # runs in the child: the protocol pipes become fds 3 and 4
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)  # out of the way of 3 and 4 first
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)  # dup2 targets are inheritable: they survive exec
            os.dup2(high_w, 4)
            for fd in {high_r, high_w, to_child_r, from_child_w} - {3, 4}:
                os.close(fd)

        self.proc = subprocess.Popen(
            [executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=fds, close_fds=False,  # fds 3 and 4 must survive into Chromium
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        self.session: str | None = None

    def send(self, method: str, params: dict | None = None, *, browser_level: bool = False) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if self.session and not browser_level:
            message["sessionId"] = self.session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str) -> dict:
        deadline = time.monotonic() + TIMEOUT
        for i, ev in enumerate(self.events):
            if ev.get("method") == method:
                return self.events.pop(i)
        while True:
            ev = self._read(deadline)
            if ev.get("method") == method:
                return ev
            self.events.append(ev)

    def _read(self, deadline: float) -> dict:
        import select

        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_child], [], [], left)[0]:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the protocol pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    def open(self, url: str, width: int, height: int) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 browser_level=True)["sessionId"]
        self.send("Page.enable")
        self.send("Network.enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.send("Browser.close", browser_level=True)
        except Exception:  # noqa: BLE001 - closing anyway
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_child)
        os.close(self._from_child)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium installed (apt-get install -y chromium; or set NORMTEXT_CHROMIUM)")
    b = Browser(executable, tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    pipe = real_or_stand_in_pipeline()
    docs = corpus()
    path = tmp_path_factory.mktemp("report") / "report.html"
    texts = [d["text"] for d in docs] + ["<script>window.pwned = 1</script><img src=x onerror='window.pwned=2'>"]
    write_report(pipe.process_batch(texts), path, config=pipe.to_config(),
                 names=[d["id"] for d in docs] + ["hostile"])
    return path


def count(b: Browser, selector: str) -> int:
    return b.js(f"document.querySelectorAll({json.dumps(selector)}).length")


def test_report_in_chromium(browser, report):
    b = browser
    b.open(report.as_uri(), 1280, 1400)
    assert b.js("document.body.dataset.ready") == "1"  # the page's script ran (CSP hash matches)
    assert b.js("window.pwned === undefined")
    # nothing but the file itself was requested
    requested = [ev["params"]["request"]["url"] for ev in b.events if ev.get("method") == "Network.requestWillBeSent"]
    assert requested and all(u.startswith(("file:", "data:", "about:")) for u in requested), requested
    # summary, chart, configuration
    assert "9 documents read" in b.js("document.getElementById('summary-counts').textContent")
    assert count(b, "svg.chart rect") >= 5
    assert "[steps.whitespace]" in b.js("document.getElementById('config').textContent")
    # highlights, badges, labels, segments
    assert count(b, "article.doc .chg.f-whitespace") > 0 and count(b, "article.doc .chg.f-unicode") > 0
    badges = set(b.js("[...document.querySelectorAll('article.doc .inv')].map(e => e.textContent)"))
    assert {"NBSP", "RLM", "ZWJ", "CR", "BOM"} <= badges
    labels = b.js("[...document.querySelectorAll('article.doc .flabel')].map(e => e.textContent)")
    assert any(lab.startswith("ad_placeholder") for lab in labels)
    assert count(b, "article.doc .pane.in .frag.removed") > 0
    assert b.js("getComputedStyle(document.querySelector('.pane.in .frag.removed'))"
                ".textDecorationLine") == "line-through"
    # the tooltip of a change names its rule and before → after
    title = b.js("document.querySelector('.pane.in .chg[data-rules~=\"whitespace/nbsp\"][title]').title")
    assert "whitespace/nbsp: «⟨NBSP⟩» → « »" in title
    # a paragraph takes the direction of its first letter, not of a badge's name (RLE, RLM …)
    first_p = "document.querySelector('article[data-name=\"bidi-1\"] .pane.in p')"
    assert b.js(f"{first_p}.querySelector('.inv').textContent") == "RLE"
    assert b.js(f"{first_p}.matches(':dir(rtl)')") is True
    assert b.js("document.querySelector('article[data-name=\"news-en-1\"] .pane.in p').matches(':dir(ltr)')")
    # Arabic runs are isolated
    assert b.js("getComputedStyle(document.querySelector('span.ar')).unicodeBidi") == "isolate"
    assert b.js("getComputedStyle(document.querySelector('span.ar')).direction") == "rtl"
    # the segment toggle switches the shading off and on
    seg = "getComputedStyle(document.querySelector('.pane.out .seg-ar')).borderBottomStyle"
    assert b.js(seg) == "solid"
    b.js("document.getElementById('f-segments').click()")
    assert b.js(seg) == "none"
    b.js("document.getElementById('f-segments').click()")
    assert b.js(seg) == "solid"
    # filters: only changed, by rule, by label, search
    visible = "[...document.querySelectorAll('article.doc')].filter(d => !d.hidden).map(d => d.dataset.name)"
    everything = b.js(visible)
    assert len(everything) == 9
    b.js("document.getElementById('f-changed').click()")
    assert "clean-1" not in b.js(visible) and "news-en-1" in b.js(visible)
    b.js("document.getElementById('f-changed').click()")
    b.js("(s => { s.value = 'arabic/tatweel'; s.dispatchEvent(new Event('change')); })"
         "(document.getElementById('f-rule'))")
    assert b.js(visible) == ["tatweel-1"]
    # … and the other rules' highlights are dimmed
    bg = "getComputedStyle(document.querySelector('article[data-name=\"tatweel-1\"] .chg[data-rules~=\"{}\"]')).backgroundColor"
    assert b.js(bg.format("unicode/bom")) == "rgba(0, 0, 0, 0)"
    assert b.js(bg.format("arabic/tatweel")) != "rgba(0, 0, 0, 0)"
    b.js("(s => { s.value = ''; s.dispatchEvent(new Event('change')); })(document.getElementById('f-rule'))")
    b.js("(s => { s.value = 'ad_placeholder'; s.dispatchEvent(new Event('change')); })"
         "(document.getElementById('f-label'))")
    assert b.js(visible) == ["news-en-1"]
    b.js("(s => { s.value = ''; s.dispatchEvent(new Event('change')); })(document.getElementById('f-label'))")
    b.js("(s => { s.value = 'حافلات'; s.dispatchEvent(new Event('input')); })(document.getElementById('f-search'))")
    b.js("new Promise(r => setTimeout(r, 300))")
    assert b.js(visible) == ["news-ar-1"]
    assert b.js("document.getElementById('f-status').textContent") == "1 of 9 documents shown"
    b.js("(s => { s.value = ''; s.dispatchEvent(new Event('input')); })(document.getElementById('f-search'))")
    b.js("new Promise(r => setTimeout(r, 300))")
    assert len(b.js(visible)) == 9
    # the picture the README shows: summary, filters and the first documents
    b.js("document.querySelector('details.config').open = false; window.scrollTo(0, 0)")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    b.screenshot(SCREENSHOT)
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
