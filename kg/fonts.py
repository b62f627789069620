"""The font stack every page kg writes names, so that Chinese renders on the reader's machine.

Why one list: the explorer, the report and its charts must agree, and a page
that names only ``sans-serif`` shows boxes (or a mismatched fallback) on
machines whose default font has no CJK glyphs. The stack names the common
CJK fonts of Linux (Noto, Source Han, WenQuanYi), macOS (PingFang, Hiragino)
and Windows (Microsoft YaHei, SimHei) before the generic family.
"""

from __future__ import annotations

CJK_FONTS = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Hiragino Sans GB",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "SimHei",
)


def css_font_stack() -> str:
    """The stack as a CSS ``font-family`` value."""
    return ", ".join(f'"{name}"' for name in CJK_FONTS) + ", sans-serif"
