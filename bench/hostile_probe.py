"""The hostile-input probe: every input below through every route a document takes, each case in
its own process with a time limit, judged from the outside. Prints one line per failing case and
the totals (cases, crashes, hangs, drops, holes), which the closing notes quote.

    .venv/bin/python bench/hostile_probe.py [--jobs 2] [--only NAME]

Routes: the extract CLI, the build CLI, the dashboard's load of what the build published, a
dashboard upload, and a fetch from a server on 127.0.0.1 that serves the input (plus network
faults that only a server can make). A case is
- a crash when a traceback is printed, or the exit code is not 0/1;
- a hang when it runs past its time limit;
- a drop when the input is neither read nor named with a reason (the build's counts must add up,
  and a document the build read must be in the set the dashboard loads);
- a hole when a fetch reaches the probe's private page, or a printed line holds a raw ESC.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools import hostile_inputs  # noqa: E402

PYTHON = sys.executable
TIERS = ROOT / "tests" / "data" / "tiers.csv"
SECRET = b"probe-private-page"  # what a fetch must never save
ARTICLE = (
    "Cambodia remained on the Tier 2 Watch List in the 2015 report, the State Department said. "
    "\u201cThat is disappointing,\u201d said Dana Kerr, a director at International Justice "
    "Mission.\n"
)


def _front(fields: str, body: str = ARTICLE) -> bytes:
    return f"---\n{fields}\n---\n{body}".encode()


# name -> (file name, bytes). Each is one thing a user, a page or a disk can hand the tool.
INPUTS: dict[str, tuple[str, bytes]] = {
    "empty": ("empty.md", b""),
    "whitespace": ("blank.md", b" \n\t\n"),
    "nul bytes": ("nul.md", b"Cambodia\x00Tier 3\x00" * 50),
    "png": ("image.md", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
    "utf-16 le bom": ("u16.txt", "\ufeff".encode("utf-16-le") + ARTICLE.encode("utf-16-le")),
    "utf-16 no bom": ("u16n.txt", ARTICLE.encode("utf-16-le")),
    "utf-32 bom": ("u32.txt", ARTICLE.encode("utf-32")),
    "double bom": ("bom2.md", "\ufeff\ufeff".encode() + _front("title: Two BOMs")),
    "cp1252": (
        "cp.txt",
        ARTICLE.replace("\u201c", "\x93").replace("\u201d", "\x94").encode("latin-1"),
    ),
    "stray latin-1 byte": ("stray.md", ARTICLE.encode() + b"caf\xe9 \xe2\x80\x9cok\xe2\x80\x9d\n"),
    "invalid utf-8 heavy": ("junk.txt", bytes(range(128, 256)) * 40),
    "html inside a quote": (
        "q.html",
        b"<html><body><article><p>\xe2\x80\x9cThe <script>alert(1)</script><b>raids</b> "
        b"worked,\xe2\x80\x9d said Dana Kerr of Chab Dai. Cambodia stayed on the Tier 2 Watch "
        b"List in 2015.</p></article></body></html>",
    ),
    "deep html": ("deep.html", hostile_inputs.deep_html(20_000)),
    "many attributes html": ("attrs.html", hostile_inputs.many_attributes_html(50_000)),
    "xhtml no article": (
        "x.html",
        b'<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        b"<body><div>" + ARTICLE.encode() + b"</div></body></html>",
    ),
    "html script only": ("s.html", b"<html><script>var a = 'Tier 3';</script></html>"),
    "broken front matter": ("fm.md", b"---\ntitle: [unclosed\n: : :\n" + ARTICLE.encode()),
    "front matter never closed": ("fm2.md", b"---\ntitle: x\n" + ARTICLE.encode()),
    "huge front-matter field": ("big.md", _front("title: " + "x" * 200_000)),
    "future date": ("future.md", _front("title: Later\npublished: 2999-01-01")),
    "impossible date": ("feb30.md", _front("title: Never\npublished: 2015-02-30")),
    "escape codes in title": ("esc.md", _front("title: \x1b]0;owned\x07\x1b[2J cleared")),
    "formula title": ("formula.md", _front('title: =HYPERLINK("http://x","y")')),
    "javascript url": ("js.md", _front("title: Link\nurl: javascript:alert(1)")),
    "only front matter": ("onlyfm.md", b"---\ntitle: nothing else\n---\n"),
    "newline in name": ("a\nb.md", ARTICLE.encode()),
    "long name": ("n" * 240 + ".md", ARTICLE.encode()),
    "one long sentence 1 MB": ("long.md", hostile_inputs.one_long_sentence(1_000_000)),
    "unclosed quotes 1 MB": ("open.md", hostile_inputs.unclosed_quotes(1_000_000)),
    "5 MB ordinary": ("five.md", hostile_inputs.plain_document()),
    "over 5 MB": ("six.md", hostile_inputs.ordinary_text(5_000_001)),
}


@dataclass(frozen=True)
class Case:
    route: str
    input: str
    outcome: str  # "ok", "crash", "hang", "drop", "hole"
    detail: str = ""


def _run(argv: list[str], limit: float, cwd: Path = ROOT) -> tuple[int | None, str]:
    try:
        done = subprocess.run(
            argv,
            cwd=cwd,
            capture_output=True,
            timeout=limit,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    except subprocess.TimeoutExpired:
        return None, ""
    return done.returncode, (done.stdout + done.stderr).decode("utf-8", "replace")


def _judge(route: str, name: str, code: int | None, output: str, ok: Callable[[str], str]) -> Case:
    if code is None:
        return Case(route, name, "hang")
    if "Traceback" in output or code not in (0, 1):
        return Case(route, name, "crash", output.strip().splitlines()[-1][:160] if output else "")
    if "\x1b" in output:
        return Case(route, name, "hole", "raw ESC printed")
    problem = ok(output)
    return Case(route, name, "drop" if problem else "ok", problem)


def _one_folder(work: Path, filename: str, raw: bytes) -> Path:
    folder = work / "documents"
    folder.mkdir()
    (folder / filename).write_bytes(raw)
    (folder / "good.md").write_bytes(_front("title: A good one\npublished: 2015-06-30"))
    return folder


LOAD = """
import json, sys
from pathlib import Path
from app.loading import load_tables
from app.uploads import document_from_upload
from loaders.files import MAX_BYTES
docs, tiers, out, upload = sys.argv[1:5]
added = []
refused = ""
if upload:
    raw = Path(upload).read_bytes()
    got = document_from_upload(Path(upload).name, raw, max_bytes=MAX_BYTES)
    refused = got.error if got.document is None else ""
    added = [got.document] if got.document is not None else []
loaded = load_tables(Path(docs), Path(tiers), added, build_dir=Path(out))
table = loaded.build.documents if loaded.build is not None else None
print(json.dumps({
    "errors": list(loaded.errors), "refused": refused,
    "skipped": [s.path for s in loaded.skipped],
    "documents": [] if table is None else [str(d) for d in table["document"]],
}))
"""


def extract_route(name: str, filename: str, raw: bytes) -> Case:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / filename
        path.write_bytes(raw)
        code, out = _run([PYTHON, "-m", "loaders", "extract", str(path)], 400)

        def ok(output: str) -> str:
            if code == 1 and "skipped" not in output:
                return "exit 1 without a skipped line"
            return ""

        return _judge("extract", name, code, out, ok)


def build_and_load_routes(name: str, filename: str, raw: bytes) -> list[Case]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = _one_folder(work, filename, raw)
        out_dir = work / "out"
        argv = [PYTHON, "-m", "loaders", "build", "--documents", str(folder), "--tiers", str(TIERS)]
        code, out = _run([*argv, "--out", str(out_dir)], 600)

        def counted(output: str) -> str:
            read = skipped = 0
            for line in output.splitlines():
                if line.startswith("documents read:"):
                    read = int(line.split(":")[1])
                if line.startswith("skipped:"):
                    skipped = int(line.split(":")[1])
            return "" if read + skipped == 2 else f"read {read} + skipped {skipped} != 2 files"

        cases = [_judge("build", name, code, out, counted)]
        code, out = _run([PYTHON, "-c", LOAD, str(folder), str(TIERS), str(out_dir), ""], 600)

        def loaded(output: str) -> str:
            try:
                got = json.loads(output.strip().splitlines()[-1])
            except (ValueError, IndexError):
                return "no result printed"
            if got["errors"]:
                return f"load error: {got['errors'][0][:100]}"
            if len(got["documents"]) + len(got["skipped"]) < 2:
                return f"loaded {len(got['documents'])} + skipped {len(got['skipped'])} < 2"
            return ""

        cases.append(_judge("dashboard load", name, code, out, loaded))
        return cases


def upload_route(name: str, filename: str, raw: bytes) -> Case:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "documents").mkdir()
        path = work / Path(filename.replace("\n", "_")).name
        path.write_bytes(raw)
        argv = [
            PYTHON,
            "-c",
            LOAD,
            str(work / "documents"),
            str(TIERS),
            str(work / "out"),
            str(path),
        ]
        code, out = _run(argv, 600)

        def accounted(output: str) -> str:
            try:
                got = json.loads(output.strip().splitlines()[-1])
            except (ValueError, IndexError):
                return "no result printed"
            if got["refused"] or got["documents"] or got["skipped"]:
                return ""
            return "upload neither refused, added nor skipped"

        return _judge("upload", name, code, out, accounted)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        return  # a client that gives up mid-answer (a size cap, a deadline) is the point here


def _handler(pages: dict[str, Callable[[http.server.BaseHTTPRequestHandler], None]]):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            pages.get(self.path, _not_found)(self)

        def log_message(self, *args) -> None:
            return

    return Handler


def _not_found(h) -> None:
    h.send_response(404)
    h.end_headers()


def _serve(body: bytes, content_type: str, extra: dict[str, str] | None = None):
    def page(h) -> None:
        h.send_response(200)
        h.send_header("Content-Type", content_type)
        for key, value in (extra or {}).items():
            h.send_header(key, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return page


def _redirect(location: str):
    def page(h) -> None:
        h.send_response(302)
        h.send_header("Location", location)
        h.end_headers()

    return page


def _drip(h) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()
    for _ in range(40):
        h.wfile.write(b"Tier 2 ")
        h.wfile.flush()
        time.sleep(1)


def _slow_headers(h) -> None:
    h.send_response(200)
    for i in range(40):
        h.send_header(f"X-Slow-{i}", "1")
        h.flush_headers()
        time.sleep(1)
    h.end_headers()


def _short_body(h) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    h.wfile.write(ARTICLE.encode())


def _reset(h) -> None:
    h.connection.close()


def _content_type(filename: str) -> str:
    return "text/html; charset=utf-8" if filename.endswith(".html") else "text/plain"


def fetch_cases() -> list[tuple[str, str]]:
    """(name, path on the probe server) of every fetch case: the inputs, then the faults."""
    return [(name, f"/input/{i}") for i, name in enumerate(INPUTS)] + [
        (fault, f"/fault/{fault}") for fault in FAULTS
    ]


FAULTS: dict[str, Callable[[int], Callable]] = {
    "404": lambda port: _not_found,
    "500": lambda port: lambda h: (h.send_response(500), h.end_headers()),
    "redirect loop": lambda port: _redirect("/fault/redirect loop".replace(" ", "%20")),
    "redirect to a bad url": lambda port: _redirect("http://[::1"),
    "redirect to this machine": lambda port: _redirect(f"http://127.0.0.1:{port}/private"),
    "redirect to javascript": lambda port: _redirect("javascript:alert(1)"),
    "binary content type": lambda port: _serve(b"\x00\x01" * 500, "application/octet-stream"),
    "gzip bomb": lambda port: _serve(
        gzip.compress(b"a" * 200_000_000), "text/plain", {"Content-Encoding": "gzip"}
    ),
    "body dripping": lambda port: _drip,
    "headers dripping": lambda port: _slow_headers,
    "body shorter than its length": lambda port: _short_body,
    "connection reset": lambda port: _reset,
    "declared utf-16, is utf-8": lambda port: _serve(
        ARTICLE.encode(), "text/plain; charset=utf-16"
    ),
}


def fetch_route(port: int, name: str, path: str) -> Case:
    with tempfile.TemporaryDirectory() as tmp:
        into = Path(tmp) / "documents"
        url = f"http://127.0.0.1:{port}{path.replace(' ', '%20')}"
        argv = [PYTHON, "-m", "loaders", "fetch", url, "--into", str(into), "--timeout", "5"]
        code, out = _run([*argv, "--retries", "0", "--allow-private"], 300)
        saved = list(into.glob("*")) if into.is_dir() else []

        def ok(output: str) -> str:
            if any(SECRET in p.read_bytes() for p in saved):
                return "HOLE: the private page was saved"
            if not saved and code == 0:
                return "exit 0 and nothing saved"
            return ""

        case = _judge("fetch", name, code, out, ok)
        if case.detail.startswith("HOLE"):
            return Case(case.route, name, "hole", case.detail)
        return case


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", help="one input or fault by name")
    args = parser.parse_args()

    pages: dict[str, Callable] = {"/private": _serve(SECRET, "text/plain")}
    server = _Server(("127.0.0.1", 0), _handler(pages))
    port = server.server_address[1]
    for i, (filename, raw) in enumerate(INPUTS.values()):
        pages[f"/input/{i}"] = _serve(raw, _content_type(filename))
    for fault, make in FAULTS.items():
        pages[f"/fault/{fault}"] = make(port)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    jobs: list[Callable[[], list[Case]]] = []
    for name, (filename, raw) in INPUTS.items():
        if args.only in (None, name):
            jobs.append(lambda n=name, f=filename, r=raw: [extract_route(n, f, r)])
            jobs.append(lambda n=name, f=filename, r=raw: build_and_load_routes(n, f, r))
            jobs.append(lambda n=name, f=filename, r=raw: [upload_route(n, f, r)])
    for name, path in fetch_cases():
        if args.only in (None, name):
            jobs.append(lambda n=name, p=path: [fetch_route(port, n, p)])

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        cases = [case for batch in pool.map(lambda job: job(), jobs) for case in batch]
    server.shutdown()

    for case in cases:
        if case.outcome != "ok":
            print(f"{case.outcome:>6}  {case.route:<15} {case.input:<30} {case.detail}")
    totals = Counter(case.outcome for case in cases)
    routes = len({case.route for case in cases})
    took = time.perf_counter() - started
    kinds = {"crash": "crashes", "hang": "hangs", "drop": "drops", "hole": "holes"}
    counts = ", ".join(f"{plural} {totals[kind]}" for kind, plural in kinds.items())
    print(
        f"\n{len(cases)} cases ({len(INPUTS)} inputs, {len(FAULTS)} network faults, {routes} "
        f"routes) in {took:.0f} s: {counts}, ok {totals['ok']}"
    )


if __name__ == "__main__":
    main()
