"""Draws the sharing images (Open Graph / Twitter card, 1200 x 630) for each page type into
docs/assets/images/og/, with the local Chromium. Run again after changing the texts:
    .venv/bin/python scripts/make_og_images.py
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "assets" / "images" / "og"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CARDS = {  # file -> (kicker, line below the title)
    "site": ("Uitleg met bronnen", "Tijdlijn, kaart, cijfers en open data over IS na de val van het kalifaat"),
    "artikel": ("Artikel", "Een bron samengevat in eigen woorden, met gebeurtenissen en cijfers"),
    "thema": ("Thema", "Inleiding, tijdlijn en artikelen over één kant van het verhaal"),
    "plaats": ("Plaats", "Wat de bronnen over deze plek melden, met kaart en tijdlijn"),
}
PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
body {{ margin: 0; width: 1200px; height: 630px; background: #303f9f; color: #fff;
  font-family: "DejaVu Sans", system-ui, sans-serif; display: flex; flex-direction: column;
  justify-content: center; padding: 0 90px; box-sizing: border-box; }}
.kicker {{ font-size: 34px; letter-spacing: .08em; text-transform: uppercase; color: #ffd54f; }}
h1 {{ font-size: 92px; margin: 18px 0 28px; line-height: 1.05; }}
p {{ font-size: 36px; line-height: 1.35; margin: 0; max-width: 960px; color: #e8eaf6; }}
.bar {{ position: absolute; left: 0; bottom: 0; height: 18px; width: 100%;
  background: linear-gradient(90deg, #0072B2, #E69F00, #009E73, #CC79A7, #D55E00); }}
</style></head><body><div class="kicker">{kicker}</div><h1>IS na het kalifaat</h1><p>{line}</p>
<div class="bar"></div></body></html>"""


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        for name, (kicker, line) in CARDS.items():
            page.set_content(PAGE.format(kicker=html.escape(kicker), line=html.escape(line)))
            page.screenshot(path=str(TARGET / f"{name}.png"))
            print(TARGET / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main()
