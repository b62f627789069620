"""Main text and title of an HTML news page, with the standard library's parser.

Government and newspaper sites wrap the article in navigation, scripts and
footers. The title is ``<h1>`` (else ``<title>``); the text is the paragraphs
inside ``<article>`` or the main content container when there is one, else all
``<p>`` blocks of the page, never script, style, nav, header or footer text.
"""

from __future__ import annotations

from html.parser import HTMLParser

SKIP = {"script", "style", "nav", "header", "footer", "noscript", "aside", "form", "select"}
BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article", "td"}
MAIN_HINTS = ("article", "content", "main", "text", "zoom", "detail")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.stack: list[str] = []
        self.title = ""
        self.h1s: list[list] = []  # [text, inside main container, inside skipped block]
        self.in_title = self.in_h1 = False
        self.main_depth: int | None = None
        self.main_done = False
        self.all_blocks: list[str] = []
        self.main_blocks: list[str] = []
        self.buf: list[str] = []
        self.main_buf: list[str] = []

    def flush(self) -> None:
        text = "".join(self.buf).strip()
        if text:
            self.all_blocks.append(text)
            if self.main_depth is not None:
                self.main_blocks.append(text)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()
        if tag == "title":
            self.in_title = True
        hint = " ".join(v or "" for k, v in attrs if k in ("id", "class")).lower()
        if (
            self.main_depth is None
            and not self.main_done
            and (
                tag == "article"
                or (tag in ("div", "section", "main") and any(h in hint for h in MAIN_HINTS))
            )
        ):
            self.main_depth = len(self.stack)
        if tag == "h1":
            self.in_h1 = True
            self.h1s.append(["", self.main_depth is not None, self.skip > 0])
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
            if self.main_depth is not None and len(self.stack) <= self.main_depth:
                self.main_depth = None
                self.main_done = bool(self.main_blocks)

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_h1 and self.h1s:
            self.h1s[-1][0] += data
        if not self.skip and not self.in_title:
            self.buf.append(data)


def extract_html(markup: str) -> tuple[str, str]:
    """(title, main text with one paragraph per line) of an HTML page."""
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    parser.flush()
    # the article's <h1>, not a site logo <h1> in the page header
    h1s = sorted(
        (not in_main, skipped, k, text)
        for k, (text, in_main, skipped) in enumerate(parser.h1s)
        if text.strip()
    )
    title = " ".join((h1s[0][3] if h1s else parser.title).split())
    blocks = parser.main_blocks or parser.all_blocks
    if blocks and title and blocks[0].replace(" ", "") == title.replace(" ", ""):
        blocks = blocks[1:]
    return title, "\n\n".join(blocks)
