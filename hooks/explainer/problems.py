"""Content problems: what is wrong, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass

from explainer.messages import say, text


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int | None
    field: str
    message: str
    hint: str = ""

    @classmethod
    def of(cls, path: str, line: int | None, field: str, message_key: str, /, **values) -> Problem:
        """A problem whose message and hint come from the catalogue in messages/__init__.py."""
        return cls(path, line, field, *say(message_key, **values))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        shown = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return f"{shown} — {self.hint}" if self.hint else shown


class ContentError(Exception):
    """Raised once, with every problem found in the content tree."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.field, p.message))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        heading = text("report_one") if count == 1 else text("report_many", count=count)
        return f"{heading}\n" + "\n".join(f"  {p}" for p in self.problems)
