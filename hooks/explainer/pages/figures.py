"""/cijfers/ and, for a corpus with many figures, one paged text page per kind of quantity.

Up to FULL_MAX figures /cijfers/ draws every figure, one panel per kind of quantity, and lists
them all in its table. Above it (a corpus grown over years) each panel draws only its
PANEL_LIMIT most recent figures, the table under the chart lists those, and every figure is
listed exactly once on the text pages of its kind, /cijfers/<soort>/ (paged like /artikelen/),
so /cijfers/ does not grow with the corpus."""

from __future__ import annotations

from dataclasses import dataclass

from slugify import slugify

from explainer import charts, routes
from explainer.charts.figures import panels
from explainer.model.corpus import Corpus, Figure
from explainer.pages import generated, indexes, reuse
from explainer.pages.render import Renderer

FULL_MAX = 200  # figures; the real site has about a hundred
PANEL_LIMIT = 6
LABEL_AT_SCALE = (
    "De meest recente cijfers uit de bronnen, per soort een paneel met een eigen as in één eenheid; "
    "een balk is een bandbreedte. Dezelfde cijfers staan hieronder in een tabel, alle cijfers per soort "
    "op een eigen pagina."
)


@dataclass
class Kind:
    """One kind of quantity (one panel) with all its figures, newest first, and its pages."""

    slug: str
    title: str
    unit: str
    figures: list[Figure]
    paths: list[str]  # its text pages, from the site root

    @property
    def path(self) -> str:
        return self.paths[0]


def at_scale(corpus: Corpus) -> bool:
    return len(corpus.figures) > FULL_MAX


def kind_slug(key: str) -> str:
    """'doden' -> 'doden'; a panel of a unit without a `counted` ('eenheid:aanslagen per maand')
    -> 'eenheid-aanslagen-per-maand', which no `counted` value can be."""
    return key if ":" not in key else "eenheid-" + slugify(key.split(":", 1)[1])


def kinds(figures: list) -> list[Kind]:
    found = []
    for key, quantity, group in panels(figures):
        slug = kind_slug(key)
        count = -(-len(group) // generated.LIST_PAGE_SIZE)
        paths = [indexes.index_path(routes.figures_quantity(slug), n) for n in range(1, count + 1)]
        found.append(Kind(slug, quantity.title, quantity.unit, group[::-1], paths))
    return found


def latest_per_panel(figures: list) -> list:
    """Each panel's PANEL_LIMIT most recent figures (panels() orders a panel in time)."""
    return [figure for _, _, group in panels(figures) for figure in group[-PANEL_LIMIT:]]


def sorted_figures(corpus: Corpus) -> list:
    return sorted(corpus.figures.values(), key=lambda f: (f.unit, f.label, f.date.sort_key, f.id))


def embeddable(corpus: Corpus) -> list[tuple[str, str, dict, list]]:
    """The figures charts a reader may embed (pages/embeds.py): /cijfers/'s whole chart and each of
    its panels alone, as (chart id, title, plot, the figures it shows)."""
    figures = sorted_figures(corpus)
    if not figures:
        return []
    shown = latest_per_panel(figures) if at_scale(corpus) else figures
    found = [("cijfers", "Cijfers uit de bronnen", charts.figures_chart(corpus, shown), shown)]
    for key, quantity, group in panels(shown):
        chart_id, title = f"cijfers-{kind_slug(key)}", f"Cijfers: {quantity.title}"
        found.append((chart_id, title, charts.figures_chart(corpus, group), group))
    return found


def figures_pages(corpus: Corpus, renderer: Renderer) -> list[generated.GeneratedPage]:
    """/cijfers/, and at scale the text pages of every kind of quantity."""
    figures = sorted_figures(corpus)
    scale = at_scale(corpus)
    found = kinds(figures) if scale else []
    shown = latest_per_panel(figures) if scale else figures
    uri = routes.source(routes.FIGURES)
    plot = charts.figures_chart(corpus, shown)
    parts = tuple((chart_id, title, reuse.height(part)) for chart_id, title, part, _ in embeddable(corpus))
    chart = charts.embed(
        "cijfers",
        plot,
        LABEL_AT_SCALE if scale else charts.FIGURES_LABEL,
        footer_html=charts.figures_footer(corpus, shown, "../")
        + (reuse.controls(renderer, uri, "cijfers", "Cijfers uit de bronnen", plot, parts) if parts else ""),
    )
    rendered = renderer.render(
        "figures.md.j2",
        uri,
        figures=shown,
        chart=chart,
        kinds=found,
        total=len(figures),
        panel_limit=PANEL_LIMIT,
        page_size=generated.LIST_PAGE_SIZE,
    )
    page = generated.page(
        uri,
        rendered,
        charts="kern",
        hide=["navigation"],
        search={"exclude": True},
        description="De cijfers uit de bronnen naast elkaar: hoeveel schattingen verschillen.",
    )
    return [page] + [kind_page for kind in found for kind_page in kind_pages(kind, renderer)]


def kind_pages(kind: Kind, renderer: Renderer) -> list[generated.GeneratedPage]:
    made = []
    for (number, first, chunk), path in zip(generated.page_chunks(kind.figures), kind.paths):
        uri = routes.source(path)
        rendered = renderer.render(
            "figures_kind.md.j2",
            uri,
            kind=kind,
            items=chunk,
            page_number=number,
            pages=kind.paths,
            first=first,
            last=first + len(chunk) - 1,
        )
        title = f"Cijfers: {kind.title}" + (f" (pagina {number})" if number > 1 else "")
        made.append(
            generated.page(
                uri,
                rendered,
                title=title,
                search={"exclude": True},
                description=f"{kind.title}: alle {len(kind.figures)} cijfers uit de bronnen, nieuwste eerst"
                + (f"; pagina {number} van {len(kind.paths)}." if len(kind.paths) > 1 else "."),
            )
        )
    return made
