"""What every benchmark shares: the project copies it builds, the one local web server, the one
Chromium launcher, gzip sizes and the machine's description."""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import platform
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SEED = 20261123
GZIP_LEVEL = 6  # zlib's default; what nginx/Apache are usually configured with
CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".csv", ".geojson", ".svg")


def gz(data: bytes) -> int:
    """Size after gzip -6."""
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def build_env(**extra) -> dict:
    return dict(
        os.environ,
        NO_MKDOCS_2_WARNING="1",
        SITE_URL="http://127.0.0.1:8000/",
        REPO_URL="https://github.com/voorbeeld-organisatie/is-na-het-kalifaat",
        **extra,
    )


def make_project(target: Path, content: Path | None, docs: Path | None = None) -> Path:
    """A project copy like the tests' (tests/conftest.make_project): mkdocs.yml, pagefind.yml and
    docs/ copied, hooks/, node_modules/ and vendor-build/ linked, and the given content/."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in ("mkdocs.yml", "pagefind.yml"):
        shutil.copy(ROOT / name, target / name)
    for name in ("hooks", "node_modules", "vendor-build"):
        (target / name).symlink_to(ROOT / name)
    if content is not None:
        shutil.copytree(content, target / "content")
    shutil.copytree(docs or ROOT / "docs", target / "docs")
    return target


def find_chromium() -> str | None:
    """$CHROMIUM, else Debian's Chromium (or a Chrome) where it is installed; the tests use it too."""
    for candidate in [os.environ.get("CHROMIUM", ""), *CHROMIUM_CANDIDATES]:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def chromium_path() -> str:
    found = find_chromium()
    if found is None:
        raise SystemExit("no Chromium here: run scripts/install-test-tools.sh (or set CHROMIUM)")
    return found


def launch_browser(playwright):
    """Headless Chromium (Debian's), the one flag set of every benchmark and of the tests."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


class SiteServer(http.server.ThreadingHTTPServer):
    """A built site on 127.0.0.1. `gzip`: text files gzip-encoded for clients that accept it (as a
    real web server would); else bodies go out as they are. `count`: records (path, gzip size) of
    every body sent, in `served` (Chromium's own cache hits are then not counted)."""

    def __init__(self, site: Path, gzip: bool = False, count: bool = False, port: int = 0):
        self.gzip, self.count = gzip, count
        self.served: list[tuple[str, int]] = []
        self.sizes: dict[str, int] = {}
        super().__init__(("127.0.0.1", port), functools.partial(_Handler, directory=str(site)))
        threading.Thread(target=self.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server_address[1]}/"

    def record(self, path: str, data: bytes) -> None:
        if path not in self.sizes:
            self.sizes[path] = gz(data)
        self.served.append((path, self.sizes[path]))


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.server.gzip and wants and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        data = path.read_bytes()
        body = gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body, data)

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        if self.server.count:
            self.server.record(urlsplit(self.path).path, getattr(source, "plain", data))


class _Body:
    """A gzip-encoded body; `plain` is what it encodes (counted as gzip -6 of the plain bytes)."""

    def __init__(self, data: bytes, plain: bytes):
        self.data, self.plain = data, plain

    def read(self, *args):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def _command(args: list[str]) -> str:
    try:
        return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "not available"


def commit() -> str:
    dirty = _command(["git", "status", "--porcelain", "--", "hooks", "docs", "mkdocs.yml", "benchmarks"])
    return _command(["git", "rev-parse", "--short", "HEAD"]) + (" (with uncommitted changes)" if dirty else "")


def machine() -> dict:
    import markdown
    import material
    import mkdocs

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    try:
        chromium = _command([chromium_path(), "--version"])
    except SystemExit:
        chromium = "not available"
    return {
        "commit": commit(),
        "nproc": os.cpu_count(),
        "memory_gb": round(memory / 1024 / 1024, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "mkdocs": mkdocs.__version__,
        "material": material.__version__,
        "markdown": markdown.__version__,
        "chromium": chromium,
        "kernel": platform.release(),
    }
