"""Content problems: what is wrong, where, and how to fix it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int | None
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class ContentError(Exception):
    """Raised once, with every problem found in the content tree."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.field, p.message))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        heading = f"{count} problem" if count == 1 else f"{count} problems"
        return f"{heading} in the content:\n" + "\n".join(f"  {p}" for p in self.problems)
