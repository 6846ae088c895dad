"""Records as HTML pages: escaped, structured, with JSON-LD; checked in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import ipprogram as ip
from ipprogram.render import event_title, heading
from ipprogram.render.html import to_html, to_html_page

EVENT = ip.examples.langson_2020()
PROGRAMME = ip.examples.langson_programme()


class _Page(HTMLParser):
    """What a page holds: tags met, texts by tag, the JSON-LD scripts, the lang."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.texts: dict[str, list[str]] = {}
        self.scripts: list[str] = []
        self.lang: str | None = None
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag not in ("meta", "br", "img"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack:
            return
        tag = self.stack[-1]
        if tag == "script":
            self.scripts.append(data)
        elif data.strip():
            self.texts.setdefault(tag, []).append(data)


def parse(text: str) -> _Page:
    """Parse an HTML text."""
    page = _Page()
    page.feed(text)
    page.close()
    return page


def test_an_event_is_an_article_under_its_decree_30_heading() -> None:
    """Dateline, then the title in capitals; paragraphs, photos as figures, the byline."""
    page = parse(to_html(EVENT))
    assert page.lang == "vi"
    assert page.texts["h1"] == [heading(EVENT).split("\n")[-1]]
    assert page.texts["h1"][0] == page.texts["h1"][0].upper()
    assert page.texts["figcaption"] == [f"Ảnh: {photo.caption}" for photo in EVENT.photos]
    assert page.texts["title"] == [event_title(EVENT)]
    assert len(page.texts["p"]) > 5


def test_a_programme_keeps_its_headings_and_lists() -> None:
    """The outcome report's headings and lists are HTML headings and lists."""
    page = parse(to_html(PROGRAMME))
    assert page.texts["h2"][0] == "Kết quả"
    assert "ul" in page.tags
    assert len(page.texts["li"]) >= len(PROGRAMME.outcomes)


def test_every_text_is_escaped_and_the_json_ld_cannot_be_broken_out_of() -> None:
    """Markup in a record is text on the page; '</script>' in a value stays inside."""
    hostile = "</script><script>alert(1)</script> & <b>"
    event = ip.replace(EVENT, title=hostile, venue=hostile)
    text = to_html(event)
    assert "<script>alert(1)" not in text
    assert text.count("</script>") == 1  # the JSON-LD's own end
    page = parse(text)
    (script,) = page.scripts
    assert json.loads(script) == ip.to_jsonld(event)


def test_the_embedded_json_ld_is_the_records() -> None:
    """The page's JSON-LD parses back to the record's JSON-LD."""
    for record in (EVENT, PROGRAMME, ip.examples.hung_yen_honey()):
        (script,) = parse(to_html(record)).scripts
        assert json.loads(script) == ip.to_jsonld(record)


def test_a_fragment_is_the_article_alone() -> None:
    """A fragment has no head, no style and no script: the portal brings its own."""
    fragment = to_html(EVENT, fragment=True)
    assert fragment.startswith("<article>")
    assert fragment.endswith("</article>")
    assert "<script" not in fragment
    assert "<style" not in fragment
    with pytest.raises(ValueError, match="at least one record"):
        to_html_page([])


# In a real browser: Debian's Chromium, headless (installed by `make test` when missing).


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "the browser tests need Chromium: scripts/install-chromium installs it"
    return found


def _browser(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - the system's browser, fixed arguments
        [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


@pytest.fixture(scope="module")
def event_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example event's page, written to a file the browser opens."""
    path = tmp_path_factory.mktemp("html") / "event.html"
    path.write_text(to_html(EVENT), encoding="utf-8")
    return path


def test_the_browser_reads_the_page_and_its_json_ld(event_page: Path) -> None:
    """Chromium's DOM has the heading, the article and JSON-LD that parses to the record's."""
    dom = _browser("--dump-dom", event_page.as_uri()).stdout
    page = parse(dom)
    assert page.lang == "vi"
    assert page.texts["h1"] == [heading(EVENT).split("\n")[-1]]
    assert "Lạng Sơn, ngày 02 tháng 12 năm 2020" in page.texts["p"]
    (script,) = page.scripts
    data = json.loads(script)
    assert data == ip.to_jsonld(EVENT)
    assert data["startDate"] == EVENT.date.isoformat()  # type: ignore[union-attr]


def test_the_page_prints_on_a4(event_page: Path, tmp_path: Path) -> None:
    """Printed by the browser, the page is A4: 595 by 842 points."""
    pdf = tmp_path / "event.pdf"
    _browser(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", event_page.as_uri())
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf.read_bytes())
    assert boxes
    for width, height in boxes:
        assert (round(float(width)), round(float(height))) == (595, 842)


def test_table_cells_keep_their_pipes_and_backslashes() -> None:
    r"""A name with '|' or '\' in the report's Markdown table is one cell on the page."""
    name = "Sản phẩm | nhãn hiệu \\ chỉ dẫn"
    indicator = ip.Indicator(
        name=name,
        values=(ip.IndicatorValue(role=ip.IndicatorRole.TARGET, quantity=ip.Quantity(value=8)),),
    )
    page = parse(to_html(ip.replace(PROGRAMME, indicators=(indicator,))))
    assert name in page.texts["td"]
