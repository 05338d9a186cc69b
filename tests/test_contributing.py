"""Contributing: the `explainer new` → fill in → check → build path, CONTRIBUTING.md's example
and error messages, the editor files, the GitHub workflows and forms, and the committed schema."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import EXPLAINER, ROOT, make_project, run_build

CONTRIBUTING = ROOT / "CONTRIBUTING.md"
SCHEMA_FILE = ROOT / "schema" / "article.schema.json"
GITHUB = ROOT / ".github"
VSCODE = ROOT / ".vscode"
OVERLAP_TOOL = ROOT.parent / "shared" / "tools" / "source_overlap.py"


def explainer(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`.venv/bin/explainer ...` in a project, as the docs say: the installed command, no PYTHONPATH."""
    return subprocess.run([*EXPLAINER, *args], cwd=project, capture_output=True, text=True, timeout=120)


def content_copy(tmp_path: Path) -> Path:
    """A folder with a copy of the real content/ only: enough for `new` and `check`."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    (project / "hooks").symlink_to(ROOT / "hooks")
    return project


# ---- CONTRIBUTING.md --------------------------------------------------------------------


def contributing_example() -> tuple[str, str]:
    """The first ```markdown block after the heading '## Voorbeeld…', and its file name."""
    text = CONTRIBUTING.read_text(encoding="utf-8")
    heading = re.search(r"^## Voorbeeld\b.*$", text, re.MULTILINE)
    assert heading, "CONTRIBUTING.md has no heading '## Voorbeeld…'"
    block = re.search(r"^```markdown\n(.*?)^```$", text[heading.end() :], re.MULTILINE | re.DOTALL)
    assert block, "no ```markdown block after the heading '## Voorbeeld…'"
    example = block.group(1)
    name = re.search(r"^# Bestand: content/articles/([a-z0-9-]+\.md)$", example, re.MULTILINE)
    assert name, "the example names its file in a comment '# Bestand: content/articles/<slug>.md'"
    return name.group(1), example


def test_contributing_example_passes_the_check_verbatim(tmp_path):
    name, example = contributing_example()
    project = content_copy(tmp_path)
    target = project / "content" / "articles" / name
    assert not target.exists(), f"the example's file name {name} is taken by a real article"
    target.write_text(example, encoding="utf-8")
    result = explainer(project, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK:")
    front = yaml.safe_load(example.split("---\n")[1])
    for key in ("author", "publisher", "url"):
        assert key not in front["source"], f"the example must not invent source.{key}"


# Each case breaks the example as CONTRIBUTING.md describes; the check's output must stand in it.
ARTICLE_CASES = {
    "lacks summary": lambda t: _drop_line(t, '    summary: "Een krant meldt'),
    "title yes": lambda t: _replace(t, 'title: "Voorbeeld: IS roert zich weer bij Sukhna"', "title: yes"),
    "EDTF in words": lambda t: _replace(t, 'date: "2020-04"  #', 'date: "begin april 2020"  #'),
    "colon in title": lambda t: _replace(
        t, 'title: "Voorbeeld: IS roert zich weer bij Sukhna"', "title: Voorbeeld: IS roert zich weer bij Sukhna"
    ),
    "unknown place": lambda t: _replace(t, "location: syrische-woestijn  #", "location: syrische-woestjin  #"),
    "unknown event": lambda t: _replace(t, "- id: homs-propagandavideo-2020", "- id: homs-propagandavideo-2019"),
    "dead wiki-link": lambda t: _replace(t, "[[homs]]", "[[Homms]]"),
    "paragraph without a source": lambda t: _replace(
        _replace(t, "[@voorbeeld-is-roert-zich-bij-sukhna, 10]", ""), "[@homs-propagandavideo-2020]", ""
    ),
    "marker citing nothing": lambda t: _replace(t, "[@homs-propagandavideo-2020]", "[@homs-propagandavideo-2021]"),
}


def _replace(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"the example should hold {old!r} once"
    return text.replace(old, new)


def _drop_line(text: str, start: str) -> str:
    lines = text.splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(start)]
    assert len(kept) == len(lines) - 1, f"the example should hold one line starting {start!r}"
    return "".join(kept)


def check_problems(content: Path) -> list[str]:
    """The problem lines of the check, in-process (a subprocess per case would be slow)."""
    from explainer.build import build_corpus
    from explainer.problems import ContentError

    try:
        build_corpus(content)
    except ContentError as error:
        return [line.strip() for line in error.report().splitlines()[1:]]
    return []


def documented_messages() -> list[str]:
    text = CONTRIBUTING.read_text(encoding="utf-8")
    blocks = re.findall(r"^```text\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    # a story's messages are checked by tests/test_stories.py (its own example)
    return [line for block in blocks for line in block.splitlines() if line.startswith("content/articles/")]


def test_error_messages_in_contributing_are_real(tmp_path):
    """Every message CONTRIBUTING.md quotes is what the check prints today, and vice versa."""
    name, example = contributing_example()
    project = content_copy(tmp_path)
    target = project / "content" / "articles" / name
    produced = {}
    for case, breaks in ARTICLE_CASES.items():
        target.write_text(breaks(example), encoding="utf-8")
        problems = check_problems(project / "content")
        assert len(problems) == 1, f"{case}: expected one problem, got {problems}"
        produced[case] = problems[0]
    documented = documented_messages()
    text = CONTRIBUTING.read_text(encoding="utf-8")
    for case, line in produced.items():
        assert line in text, f"{case}: CONTRIBUTING.md should quote the check's message\n  {line}"
    assert sorted(documented) == sorted(produced.values()), "CONTRIBUTING.md quotes a message no case produces"

    # The gazetteer: a decimal comma. Its line number depends on locations.yml, so only the rest is quoted.
    target.unlink()
    gazetteer = project / "content" / "locations.yml"
    gazetteer.write_text(
        gazetteer.read_text(encoding="utf-8")
        + (
            '\nvoorbeeldplaats:\n  name: "Voorbeeldplaats"\n  aliases: []\n  kind: dorp\n  country: syrie\n'
            '  lat: 36.50\n  lon: 40,75\n  description: "Alleen voor de test."\n'
        ),
        encoding="utf-8",
    )
    problems = check_problems(project / "content")
    assert len(problems) == 1, problems
    quoted = problems[0].split(": ", 1)[1].removeprefix("voorbeeldplaats.")
    assert quoted in text, f"CONTRIBUTING.md should quote the message for a decimal comma\n  {quoted}"


def test_date_cheat_sheet_matches_the_site():
    """Each row of the EDTF table parses, and the site shows it as the table says."""
    from explainer import dates

    text = CONTRIBUTING.read_text(encoding="utf-8")
    rows = re.findall(r'^\| ([^|`]+) \| `"([^"]+)"` \| ([^|]+) \|$', text, re.MULTILINE)
    assert len(rows) >= 15, rows
    phrases = {edtf for _, edtf, _ in rows}
    for needed in (
        "2020-04-01/2020-04-10",
        "2020-03-21/2020-03-31",
        "2015-05/2015-08",
        "2020-04-11/2020-04-13",
        "2020-04~",
        "2020-04?",
        "2019-10/2019-12",
        "2020-21",
    ):
        assert needed in phrases, f"the cheat sheet lacks {needed}"
    for _, edtf, shown in rows:
        assert dates.dutch(edtf) == shown.strip(), f"{edtf}: the site shows {dates.dutch(edtf)!r}"


def test_window_table_matches_the_site():
    """The table 'Eén keer, of een tijd lang?': each form parses and reads as the table says; the
    windows and open ends are all in it."""
    from explainer import dates

    text = CONTRIBUTING.read_text(encoding="utf-8")
    rows = re.findall(r'^\| [^|]+ \| [^|]+ \| `"([^"]+)"` \| ([^|]+) \|$', text, re.MULTILINE)
    assert {"[2020-04-25..2020-05-31]", "[..2014-06-28]", "/2016-11", "2020-05/..", "2020-04-25/2020-05-31"} <= {
        edtf for edtf, _ in rows
    }
    for edtf, shown in rows:
        assert dates.dutch(edtf) == shown.strip(), f"{edtf}: the site shows {dates.dutch(edtf)!r}"


@pytest.mark.skipif(not OVERLAP_TOOL.is_file(), reason="the source texts and their overlap tool are not here")
def test_contributing_shares_no_runs_with_the_sources():
    result = subprocess.run(
        [sys.executable, str(OVERLAP_TOOL), str(CONTRIBUTING), str(GITHUB)], capture_output=True, text=True, timeout=120
    )
    assert result.stdout == "" and result.returncode == 0, result.stdout


# ---- explainer new → fill in → check → build ------------------------------------------------

SLUG = "een-nieuwe-testbron"
EVENT = "testbron-aanval-bij-rutba-2020"
FIGURE = "testbron-aanslagen-irak-april-2020"
FILLED = f"""---
title: "Een nieuwe testbron"
summary: "Testartikel: een bericht uit april 2020 over een aanval bij Rutba, met één gebeurtenis en één cijfer."
published: "2020-04"
source:
  note: "Testbron voor de geautomatiseerde tests; kop, auteur, uitgever en webadres bestaan niet."
themes: [opstand]
locations: [rutba, irak]
events:
  - id: {EVENT}
    date: "2020-04~"
    title: "Testgebeurtenis bij Rutba"
    location: rutba
    summary: "Een gebeurtenis die alleen voor de test bestaat, bij Rutba in het grensgebied."
    passages: [1]
  - id: rutba-aanval-2020
    passages: [2]
figures:
  - id: {FIGURE}
    label: "Testcijfer: aanslagen in Irak"
    value: {{low: 3, high: 5}}
    qualifier: "minstens"
    unit: "aanslagen"
    date: "2020-04"
    according_to: "de testbron"
    location: irak
    passages: [3]
---
Dit artikel bestaat alleen in de tests. Het gaat over [[rutba|het grensplaatsje Rutba]] in
[[irak]] en hoort bij het thema [[opstand]].[@{EVENT}; @{SLUG}, 2]

Zie ook [[is-rukt-op-in-syrische-woestijn]].
"""


@pytest.mark.build
def test_new_article_from_scaffold_to_built_page(tmp_path):
    project = make_project(tmp_path / "project")
    article = project / "content" / "articles" / f"{SLUG}.md"

    created = explainer(project, "new", "Een nieuwe testbron")
    assert created.returncode == 0, created.stderr
    assert article.is_file()
    scaffold = article.read_text(encoding="utf-8")

    again = explainer(project, "new", "Een nieuwe testbron")
    assert again.returncode != 0, "a second `new` with the same title must refuse"
    assert "bestaat al" in again.stderr
    assert article.read_text(encoding="utf-8") == scaffold, "the refusal must leave the file alone"

    article.write_text(FILLED, encoding="utf-8")
    checked = explainer(project, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    articles = len(list((ROOT / "content" / "articles").glob("*.md"))) + 1
    assert checked.stdout.startswith(f"OK: {articles} artikelen"), checked.stdout

    build = run_build(project)
    assert build.returncode == 0, build.output
    page = (build.site / "artikelen" / SLUG / "index.html").read_text(encoding="utf-8")
    assert "Een nieuwe testbron" in page
    assert f'id="{EVENT}"' in page, "the event has an anchor on the article page"
    assert "Testgebeurtenis bij Rutba" in page
    assert "Testcijfer: aanslagen in Irak" in page, "the figure appears on the article page"
    place = (build.site / "plaatsen" / "rutba" / "index.html").read_text(encoding="utf-8")
    assert f"artikelen/{SLUG}/#{EVENT}" in place, "the place page links to the new event"
    assert "Testgebeurtenis bij Rutba" in place
    events = json.loads((build.site / "data" / "events.json").read_text(encoding="utf-8"))
    assert EVENT in json.dumps(events)


def test_unedited_scaffold_is_refused_with_a_message_per_placeholder(tmp_path):
    """The scaffold is valid YAML with every required field, but its placeholder text must never
    reach the site: the check names each line that still holds template text."""
    project = content_copy(tmp_path)
    created = explainer(project, "new", 'Nog "in" te vullen')
    assert created.returncode == 0, created.stderr
    path = project / "content" / "articles" / "nog-in-te-vullen.md"
    text = path.read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["title"] == 'Nog "in" te vullen'
    for key in ("title", "summary", "published", "source", "themes"):
        assert key in front, f"the scaffold lacks the required field {key}"
    assert 'published: "' in text, "the scaffold's date must be a quoted string"
    assert not {"author", "publisher", "url"} & set(front["source"]), "the scaffold must not invent a source"
    checked = explainer(project, "check")
    assert checked.returncode == 1
    shown = "content/articles/nog-in-te-vullen.md"
    assert f"{shown}:3: summary: dit is nog de tekst van het sjabloon" in checked.stderr
    assert f"{shown}:6: source.note: dit is nog de tekst van het sjabloon" in checked.stderr
    assert f"{shown}:12: body: dit is nog de tekst van het sjabloon" in checked.stderr
    template = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    assert "explainer new" in template and "published" in template
    assert "huidige maand" in CONTRIBUTING.read_text(encoding="utf-8")


def test_scaffold_refuses_a_name_that_a_place_already_has(tmp_path):
    project = content_copy(tmp_path)
    result = explainer(project, "new", "Homs")
    assert result.returncode == 1
    assert "'homs' is al de naam van een plaats in locations.yml" in result.stderr
    assert not (project / "content" / "articles" / "homs.md").exists()


# ---- schema and editor --------------------------------------------------------------------


def test_committed_schema_equals_the_generated_one(tmp_path):
    project = content_copy(tmp_path)
    generated = tmp_path / "article.schema.json"
    result = explainer(project, "schema", str(generated))
    assert result.returncode == 0, result.stderr
    assert SCHEMA_FILE.read_text(encoding="utf-8") == generated.read_text(encoding="utf-8"), (
        "schema/article.schema.json is out of date; run: .venv/bin/explainer schema schema/article.schema.json"
    )


def test_real_articles_and_example_fit_the_schema():
    import frontmatter
    import jsonschema

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    texts = {path.name: path.read_text(encoding="utf-8") for path in (ROOT / "content" / "articles").glob("*.md")}
    name, example = contributing_example()
    texts[name] = example
    for name, text in texts.items():
        errors = [error.message for error in validator.iter_errors(frontmatter.loads(text).metadata)]
        assert not errors, f"{name}: {errors}"


def jsonc(path: Path):
    """VS Code's JSON with whole-line // comments."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("//")]
    return json.loads("\n".join(lines))


def test_vscode_files(tmp_path):
    settings = jsonc(VSCODE / "settings.json")
    mapping = settings["yaml.schemas"]
    assert mapping == {
        "./schema/article.schema.json": ["content/articles/*.md"],
        "./schema/story.schema.json": ["content/verhalen/*.md"],
    }
    assert "redhat.vscode-yaml" in jsonc(VSCODE / "extensions.json")["recommendations"]

    # The task's problem matchers find file and line in the check's real output.
    tasks = jsonc(VSCODE / "tasks.json")["tasks"]
    check = next(task for task in tasks if task["command"].endswith("/.venv/bin/explainer") and task["args"] == ["check"])
    assert "env" not in check["options"], "the installed command needs no PYTHONPATH"
    with_line, whole_file = (re.compile(m["pattern"]["regexp"]) for m in check["problemMatcher"])
    name, example = contributing_example()
    project = content_copy(tmp_path)
    (project / "content" / "articles" / name).write_text(ARTICLE_CASES["dead wiki-link"](example), encoding="utf-8")
    (project / "content" / "articles" / "Slecht_bestand.md").write_text(
        example.replace("voorbeeld-", "ander-voorbeeld-"), encoding="utf-8"
    )
    output = explainer(project, "check").stderr.splitlines()
    matched = [with_line.match(line) for line in output]
    assert any(m and m.group(1) == f"content/articles/{name}" and m.group(2) == "50" for m in matched), output
    files = [whole_file.match(line) for line in output]
    assert any(m and m.group(1) == "content/articles/Slecht_bestand.md" for m in files), output
    assert not any(with_line.match(line) and whole_file.match(line) for line in output), "one matcher per line"


# ---- GitHub -------------------------------------------------------------------------------


def check_jsonschema(builtin: str, *files: Path) -> subprocess.CompletedProcess:
    executable = Path(sys.executable).parent / "check-jsonschema"
    # The built-in schemas ship with the package: a dead proxy proves no network is needed.
    env = dict(os.environ, HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9", NO_PROXY="")
    return subprocess.run(
        [str(executable), "--builtin-schema", builtin, *map(str, files)], capture_output=True, text=True, timeout=120, env=env
    )


@pytest.mark.parametrize(
    "builtin, names",
    [
        ("vendor.github-workflows", ["workflows/pull-request.yml", "workflows/deploy.yml"]),
        ("vendor.github-issue-forms", ["ISSUE_TEMPLATE/correctie.yml", "ISSUE_TEMPLATE/nieuwe-bron.yml"]),
        ("vendor.github-issue-config", ["ISSUE_TEMPLATE/config.yml"]),
    ],
)
def test_github_files_pass_check_jsonschema(builtin, names):
    result = check_jsonschema(builtin, *(GITHUB / name for name in names))
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_pass_actionlint():
    """actionlint (requirements-test.txt) on every workflow: keys, expressions, the inputs of the
    actions, runner labels, and the runtime of each action (one on an end-of-life Node is an error).
    Without shellcheck (not installed here): the run steps only call the scripts in scripts/."""
    actionlint = Path(sys.executable).with_name("actionlint")
    workflows = sorted((GITHUB / "workflows").glob("*.yml"))
    result = subprocess.run(
        [str(actionlint), "-no-color", "-oneline", "-shellcheck=", "-pyflakes=", *map(str, workflows)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def workflow(name: str) -> dict:
    data = yaml.safe_load((GITHUB / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps_of(data: dict) -> list[dict]:
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def uses(data: dict) -> dict:
    return {step["uses"].split("@")[0]: step for step in steps_of(data) if "uses" in step}


def test_every_github_yaml_file_is_linted():
    linted = {
        "workflows/pull-request.yml",
        "workflows/deploy.yml",
        "ISSUE_TEMPLATE/correctie.yml",
        "ISSUE_TEMPLATE/nieuwe-bron.yml",
        "ISSUE_TEMPLATE/config.yml",
    }
    present = {path.relative_to(GITHUB).as_posix() for path in GITHUB.rglob("*.y*ml")}
    assert present == linted, "add new workflow or issue-form files to test_github_files_pass_check_jsonschema"


def test_pull_request_workflow():
    data = workflow("pull-request.yml")
    assert "pull_request" in data["on"]
    actions = uses(data)
    assert actions["actions/setup-python"]["with"]["python-version"] == "3.11"
    assert actions["actions/setup-node"]["with"]["node-version"] in ("22", "24"), "Node 20 reached end of life"
    runs = "\n".join(step.get("run", "") for step in steps_of(data))
    assert "bash scripts/test.sh" in runs
    assert '.venv/bin/explainer check --format github --summary "$GITHUB_STEP_SUMMARY"' in runs, (
        "the check puts its messages on the pull request's lines and writes the job summary"
    )
    assert "mkdocs build --strict" in runs
    assert data["env"]["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    upload = actions["actions/upload-artifact"]["with"]
    assert upload["path"].rstrip("/") == "build" and "voorbeeld-site" in upload["name"]
    assert upload["name"] in CONTRIBUTING.read_text(encoding="utf-8").replace(
        "<nummer>", "${{ github.event.pull_request.number }}"
    )


def test_deploy_workflow():
    data = workflow("deploy.yml")
    assert data["on"]["push"]["branches"] == ["main"]
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert data["concurrency"]["group"] == "pages"
    actions = uses(data)
    for name in ("actions/checkout", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert name in actions, name
    build = next(step for step in steps_of(data) if "mkdocs build --strict" in step.get("run", ""))
    assert "steps.pages.outputs.base_url" in build["env"]["SITE_URL"]
    assert build["env"]["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    assert actions["actions/upload-pages-artifact"]["with"]["path"].rstrip("/") == "build"
    deploy = data["jobs"]["deploy"]
    assert deploy["environment"]["name"] == "github-pages" and deploy["needs"] == "build"
