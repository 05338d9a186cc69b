"""Read content/: front matter and body of each Markdown file, the gazetteer.

Keeps, for every YAML value, the line it stands on and the text as written, so
later stages can point at the exact line and explain what YAML made of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import frontmatter
import yaml

from explainer.content.yaml_index import dotted, index_and_build  # noqa: F401 - content/validate.py takes dotted from here
from explainer.content.yaml_messages import yaml_problem
from explainer.problems import Problem

FieldPath = tuple  # keys and list indexes from the document root


@dataclass
class Document:
    path: str  # as shown to contributors, relative to the project root
    slug: str
    data: object
    body: str = ""
    body_line: int = 1
    lines: dict[FieldPath, int] = field(default_factory=dict)  # the line number of each value
    # Each scalar's YAML tag, its text as written and its style (None: plain, unquoted).
    written: dict[FieldPath, tuple[str, str, str | None]] = field(default_factory=dict)
    source: str = ""  # the whole file as read (a marker in a folded YAML text is found on its own line)

    def line_of(self, path: FieldPath) -> int | None:
        """The line of the value at path, or of its nearest written parent."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path)


@dataclass
class ContentTree:
    articles: list[Document]
    themes: list[Document]
    places: Document | None
    root: Path
    article_files: set[str] = field(default_factory=set)  # slugs of every .md file, readable or not
    theme_files: set[str] = field(default_factory=set)
    periods: Document | None = None  # content/periods.yml, when there is one
    stories: list = field(default_factory=list)  # content/verhalen/*.md, when there are any


ARTICLE_DIR = "articles"
THEME_DIR = "themes"
GAZETTEER = "locations.yml"
PERIODS = "periods.yml"
STORY_DIR = "verhalen"
KIND_WORDS = {"article": "artikel", "theme": "thema", "story": "verhaal"}


def load_tree(content_dir: Path) -> tuple[ContentTree, list[Problem]]:
    """Read every file of the content tree; files that cannot be read are left out and reported."""
    content_dir = Path(content_dir)
    root = content_dir.parent
    problems: list[Problem] = []
    articles = _load_markdown_dir(content_dir / ARTICLE_DIR, root, problems, "article")
    themes = _load_markdown_dir(content_dir / THEME_DIR, root, problems, "theme")
    places = _load_gazetteer(content_dir / GAZETTEER, root, problems)
    tree = ContentTree(articles, themes, places, root)
    tree.article_files = _stems(content_dir / ARTICLE_DIR)
    tree.theme_files = _stems(content_dir / THEME_DIR)
    if (content_dir / PERIODS).is_file():
        tree.periods = _load_yaml_file(content_dir / PERIODS, root, problems)
    if (content_dir / STORY_DIR).is_dir():  # stories are optional
        tree.stories = _load_markdown_dir(content_dir / STORY_DIR, root, problems, "story")
    return tree, problems


def _stems(folder: Path) -> set:
    return {path.stem for path in folder.rglob("*.md")} if folder.is_dir() else set()


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _load_markdown_dir(folder: Path, root: Path, problems: list, kind: str) -> list:
    if not folder.is_dir():
        problems.append(
            Problem.of(_display(folder, root), None, "", "folder_missing", folder=_display(folder, root), kind=KIND_WORDS[kind])
        )
        return []
    documents = []
    for path in sorted(folder.rglob("*")):
        shown = _display(path, root)
        if any(part.startswith(".") for part in path.relative_to(folder).parts) or path.is_dir():
            continue
        if path.suffix != ".md":
            problems.append(
                Problem.of(shown, None, "", "not_markdown", kind=KIND_WORDS[kind], stem=path.stem, folder=_display(folder, root))
            )
            continue
        document = load_markdown(path, shown, problems)
        if document is not None:
            documents.append(document)
    return documents


def read_text(path: Path, shown: str, problems: list) -> str | None:
    """Decode UTF-8 (a BOM is accepted), normalise line endings to \\n."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.append(Problem.of(shown, line, "", "not_utf8", byte=f"{raw[error.start]:02x}"))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_markdown(path: Path, shown: str, problems: list) -> Document | None:
    text = read_text(path, shown, problems)
    if text is None:
        return None
    if not text.startswith("---\n"):
        problems.append(Problem.of(shown, 1, "", "no_front_matter"))
        return None
    # python-frontmatter's own delimiter pattern; we split ourselves to keep exact line numbers.
    boundaries = list(frontmatter.YAMLHandler.FM_BOUNDARY.finditer(text, 0))
    if len(boundaries) < 2 or boundaries[0].start() != 0:
        problems.append(Problem.of(shown, 1, "", "front_matter_open"))
        return None
    opening, closing = boundaries[0], boundaries[1]
    after_closing = text.find("\n", closing.start())
    front, body = text[opening.end() : closing.start()], text[after_closing + 1 :] if after_closing >= 0 else ""
    document = Document(shown, path.stem, None, body=body, source=text)
    document.body_line = text[: closing.start()].count("\n") + 2  # the first line after the closing '---'
    _parse_yaml(front, document, first_line=text[: opening.end()].count("\n") + 1, problems=problems)
    return document if document.data is not None else None


def _load_gazetteer(path: Path, root: Path, problems: list) -> Document | None:
    shown = _display(path, root)
    if not path.is_file():
        problems.append(Problem.of(shown, None, "", "gazetteer_missing"))
        return None
    return _load_yaml_file(path, root, problems)


def _load_yaml_file(path: Path, root: Path, problems: list) -> Document | None:
    shown = _display(path, root)
    text = read_text(path, shown, problems)
    if text is None:
        return None
    document = Document(shown, path.stem, None, source=text)
    _parse_yaml(text, document, first_line=1, problems=problems)
    return document


FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~6x faster


def _parse_yaml(text: str, document: Document, first_line: int, problems: list) -> None:
    """Parse with libyaml; when the text is not valid YAML, parse again with PyYAML's pure-Python
    loader, whose messages ("expected ',' or ']', but got ':'") are the ones contributors see."""
    if FAST_LOADER is not yaml.SafeLoader:
        found: list[Problem] = []
        _parse_with(FAST_LOADER, text, document, first_line, found)
        if document.data is not None:
            problems += found  # e.g. keys written twice: valid YAML, still a mistake
            return
        document.lines.clear()
        document.written.clear()
    _parse_with(yaml.SafeLoader, text, document, first_line, problems)


def _parse_with(loader_class, text: str, document: Document, first_line: int, problems: list) -> None:
    loader = None
    try:
        loader = loader_class(text)
        node = loader.get_single_node()
        if node is None:
            document.data = {}
            return
        document.data = index_and_build(loader, node, document, first_line, problems)
    except yaml.reader.ReaderError as error:
        line = text[: error.position].count("\n") + first_line
        problems.append(Problem.of(document.path, line, "", "control_char", code=f"{error.character:04x}"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + first_line if mark else first_line
        problems.append(Problem.of(document.path, line, "", "invalid_yaml", what=yaml_problem(error, first_line)))
    finally:
        if loader is not None:
            loader.dispose()
