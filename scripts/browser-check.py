#!/usr/bin/env python3
"""The pages of `newsd web` in a real browser: headless Chromium (Debian's package) driven over the
DevTools protocol. A store is filled with `newsd ingest` from Tests/Fixtures/stories plus a hostile
article, alerts are raised with `newsd replay` into an exec sink (nothing goes to the journal), and
the server runs on a free loopback port. Checked:

- the alerts page lists the alerts by story, with links to the stories and articles;
- the article page shows the title, the countries by name, the story's other articles;
- a search lists hits; a query that does not parse shows the error with its place;
- a new alert appears on the open alerts page without a reload (Server-Sent Events);
- the hostile article's script and event handlers never run (no dialog, the title and a global
  untouched, no <img> of it in the page), and its javascript: URL is not a link;
- the article page fits a phone's width (no horizontal scrolling at 390 px).

Screenshots go to --out (default: a new folder under /tmp), never into the repo.

usage: scripts/browser-check.py [--newsd .build/debug/newsd] [--chromium /usr/bin/chromium] [--out DIR]
Needs: chromium (apt-get install chromium), websocket-client (pip install websocket-client).
Exit 0 when every check passes, 1 when one fails, 77 when chromium or websocket-client is missing.
"""
import argparse
import base64
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from newsd_harness import free_port  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent

HOSTILE = {
    "title": "Hostile <script>window.__pwned=1;document.title='PWNED'</script> \"q\" 'a' <img src=x onerror=\"document.title='PWNED'\">",
    "body": "Tokyo and Hanoi. <script>window.__pwned=2</script> <img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">x</a> "
            "\" onmouseover=\"window.__pwned=3\" Japan and Vietnam discussed the matter.",
    "url": "javascript:window.__pwned=4",
    "source": "<b onclick=alert(3)>Evil</b>",
    "published": "2026-11-24T10:00:00Z",
}


class Browser:
    """A headless Chromium and one page of it, over the DevTools protocol."""

    def __init__(self, chromium, profile):
        import websocket  # websocket-client

        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--remote-debugging-port=0", f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = pathlib.Path(profile) / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], suppress_origin=True, timeout=30)
        self.next_id = 0
        self.events = []
        self.send("Page.enable")
        self.send("Runtime.enable")

    def send(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)
            if message.get("method") == "Page.javascriptDialogOpening":
                self.send("Page.handleJavaScriptDialog", accept=True)

    def goto(self, url):
        self.events = [e for e in self.events if e.get("method") == "Page.javascriptDialogOpening"]
        self.send("Page.navigate", url=url)
        deadline = time.time() + 30
        while time.time() < deadline:
            if any(e.get("method") == "Page.loadEventFired" for e in self.events):
                return
            self.send("Runtime.evaluate", expression="1")  # pumps events
            time.sleep(0.05)
        raise RuntimeError(f"{url} did not load in 30 s")

    def js(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.js(expression):
                return True
            time.sleep(0.1)
        return False

    def screenshot(self, path, width=1280):
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 600)
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))

    def dialogs(self):
        return [e for e in self.events if e.get("method") == "Page.javascriptDialogOpening"]

    def close(self):
        try:
            self.ws.close()
        finally:
            self.process.terminate()
            self.process.wait(10)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--newsd", default=str(ROOT / ".build/debug/newsd"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--out", default=None, help="folder for the screenshots")
    args = parser.parse_args()
    if not os.access(args.chromium, os.X_OK):
        print(f"browser-check: skipped: no chromium at {args.chromium} (apt-get install chromium)")
        return 77
    try:
        import websocket  # noqa: F401
    except ImportError:
        print("browser-check: skipped: the Python module websocket is missing (pip install websocket-client)")
        return 77
    out = pathlib.Path(args.out or tempfile.mkdtemp(prefix="newsd-browser-"))
    out.mkdir(parents=True, exist_ok=True)
    work = pathlib.Path(tempfile.mkdtemp(prefix="newsd-browser-store-"))
    failures, passed = [], 0

    def check(ok, what):
        nonlocal passed
        if ok:
            passed += 1
            print(f"  ok    {what}")
        else:
            failures.append(what)
            print(f"  FAIL  {what}")

    server = browser = None
    try:
        (work / "drop").mkdir()
        (work / "drop" / "zz-hostile.json").write_text(json.dumps(HOSTILE))
        (work / "subscriptions.yaml").write_text(
            "subscriptions:\n  - id: japan\n    query: 'country:JP'\n    sinks: [quiet]\n"
            "  - id: rail\n    query: 'country:DE'\n    sinks: [quiet]\n"
            "  - id: kenya\n    query: 'country:KE'\n    sinks: [quiet]\n")
        (work / "newsd.yaml").write_text(
            f"state_dir: {work}/var\nsubscriptions_file: {work}/subscriptions.yaml\n"
            "sinks:\n  - id: quiet\n    type: exec\n    command: [/bin/true]\n")
        config = ["--config", str(work / "newsd.yaml")]
        stories = sorted((ROOT / "Tests/Fixtures/stories").iterdir())
        subprocess.run([args.newsd, "ingest", *config, *map(str, stories)], check=True, capture_output=True)
        subprocess.run([args.newsd, "ingest", *config, str(work / "drop")], check=True, capture_output=True)
        subprocess.run([args.newsd, "replay", *config, "--since", "1d"], check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen([args.newsd, "web", *config, "--listen", f"127.0.0.1:{port}"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        articles = json.load(urllib.request.urlopen(base + "/api/articles?limit=200"))["articles"]
        hostile = next(a["seq"] for a in articles if a["title"].startswith("Hostile"))
        japanese = next(a for a in articles if any(c["code"] == "JP" for c in a["countries"]) and a["story"] is not None
                        and not a["title"].startswith("Hostile"))

        browser = Browser(args.chromium, work / "profile")
        print("alerts page")
        browser.goto(base + "/")
        check(browser.js("document.querySelectorAll('article.story').length") >= 2, "alerts grouped by story")
        check(browser.js("[...document.querySelectorAll('article.story h2 a')].every(a => a.getAttribute('href').startsWith('/stories/'))"),
              "each story links to its page")
        check(browser.js("document.querySelectorAll('ul.alerts a[href^=\"/articles/\"]').length") >= 2, "alerts link to their articles")
        browser.screenshot(out / "alerts.png")
        browser.screenshot(out / "alerts-phone.png", width=390)
        check(browser.js("document.documentElement.scrollWidth <= 390"), "the alerts page fits a phone")

        print("live stream")
        check(browser.wait_for("typeof EventSource === 'function'", 5), "EventSource present")
        (work / "live.txt").write_text(
            "Kenya opens new rail link to the port of Mombasa\n\nNAIROBI, Nov 30 - Kenya opened a new rail link between "
            "Nairobi and the port of Mombasa on Sunday, the transport ministry said, cutting freight times by half.\n")
        subprocess.run([args.newsd, "ingest", *config, str(work / "live.txt")], check=True, capture_output=True)
        subprocess.run([args.newsd, "replay", *config, "--since", "1d"], check=True, capture_output=True)
        check(browser.wait_for("document.querySelectorAll('#live-list li.live-alert').length > 0", 20),
              "a new alert appears without a reload")
        check(browser.js("!document.getElementById('live').hidden"), "the live section shows")
        browser.screenshot(out / "alerts-live.png")

        print("article page")
        browser.goto(f"{base}/articles/{japanese['seq']}")
        check(browser.js("document.getElementById('article-title').textContent") == japanese["title"], "the article's title")
        check(browser.js("document.querySelector('dl.tags').textContent.includes('Japan')"), "countries by name")
        check(browser.js("!!document.querySelector('.story-others')"), "the story section")
        browser.screenshot(out / "article.png")
        browser.screenshot(out / "article-phone.png", width=390)
        check(browser.js("document.documentElement.scrollWidth <= 390"), "the article page fits a phone")

        print("search")
        browser.goto(base + "/search?q=country%3AJP")
        check(browser.js("document.querySelectorAll('ul.list li a[href^=\"/articles/\"]').length") > 0, "hits are listed")
        browser.screenshot(out / "search.png")
        browser.goto(base + "/search?q=country%3AJP+AND+%28")
        check(browser.js("document.querySelector('.error') && document.querySelector('.error').textContent.includes('column 17')"),
              "a broken query shows where")
        browser.screenshot(out / "search-error.png")

        print("hostile article")
        browser.goto(f"{base}/articles/{hostile}")
        time.sleep(0.5)  # time for any handler that could fire (an image error) to have fired
        check(browser.js("typeof window.__pwned === 'undefined'"), "its scripts and handlers never ran")
        check(browser.js("document.title") != "PWNED", "the page title is untouched")
        check(not browser.dialogs(), "no dialog opened")
        check(browser.js("document.querySelectorAll('main img, main script, main b').length") == 0, "none of its markup is in the page")
        check(browser.js("[...document.querySelectorAll('a')].every(a => !a.href.toLowerCase().startsWith('javascript:'))"),
              "its javascript: URL is not a link")
        check(browser.js("document.getElementById('article-title').textContent.includes('<script>')"), "its title shows as text")
        browser.screenshot(out / "hostile.png")

        print("overview")
        browser.goto(base + "/overview")
        check(browser.js("!!document.querySelector('.chart svg rect.bar')"), "the chart is drawn")
        browser.screenshot(out / "overview.png")
    finally:
        if browser:
            browser.close()
        if server:
            server.send_signal(signal.SIGTERM)
            server.wait(15)
        shutil.rmtree(work, ignore_errors=True)
    print(f"browser-check: screenshots in {out}")
    print(f"browser-check: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
