"""The version of the content a site is built from: the date and commit of the last git commit that
touched it (content/ and the hand-written pages, docs/**/*.md), read from git during the build.

Citations name it, so a reader of a citation a year later knows which state of the site was meant,
and with the repository's address each page links its source file at that commit. Outside a git
checkout (an unpacked archive, a copy) the version is unknown and says so, with the newest date the
content itself carries; never the build's clock, which would make every build a new "version"."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

from explainer import dates

# What counts as content: the files contributors edit, whose text the pages show.
PATHSPECS = ("content", ":(glob)docs/**/*.md")
GIT_TIMEOUT = 20  # seconds; a git that hangs must not hang the build


@dataclass(frozen=True)
class ContentVersion:
    commit: str | None  # the full commit hash; None outside a git checkout
    day: dt.date | None  # the commit's date; outside git the newest date of the content (or None)
    changed: bool = False  # the working tree differs from that commit in the content

    @property
    def known(self) -> bool:
        return self.commit is not None

    @property
    def short(self) -> str:
        return self.commit[:7] if self.commit else ""

    @property
    def text(self) -> str:
        """'1 december 2026 (a1b2c3d)'; unknown: 'onbekend (inhoud tot en met 30 april 2020)'."""
        if not self.known:
            return f"onbekend (inhoud tot en met {dates.dutch_day(self.day)})" if self.day else "onbekend"
        changed = ", met wijzigingen die nog niet zijn vastgelegd" if self.changed else ""
        return f"{dates.dutch_day(self.day)} ({self.short}{changed})"

    def as_data(self) -> dict:
        """Plain data for the page's front matter (the export writes it; the theme reads it)."""
        return {
            "text": self.text,
            "commit": self.commit or "",
            "short": self.short,
            "date": self.day.isoformat() if self.day else "",
            "changed": self.changed,
        }


def _git(root: Path, *args: str) -> str | None:
    """git's output in root, or None where git is missing, root is no checkout, or git fails."""
    try:
        result = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, encoding="utf-8", timeout=GIT_TIMEOUT, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def content_version(root: Path, newest: dt.date | None = None) -> ContentVersion:
    """The version of root's content from git; `newest` (the content's own newest date) is what an
    unknown version shows instead."""
    root = Path(root)
    if _git(root, "rev-parse", "--show-prefix") != "":  # not a checkout, or root is not its top
        return ContentVersion(None, newest)
    found = _git(root, "log", "-1", "--format=%H %cs", "--", *PATHSPECS)
    if not found:
        return ContentVersion(None, newest)
    commit, day = found.split()
    status = _git(root, "status", "--porcelain", "--", *PATHSPECS)
    return ContentVersion(commit, dt.date.fromisoformat(day), changed=bool(status))
