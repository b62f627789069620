"""``kg report``: a build's overview (counts, top names, timeline, pairs, figures, skipped
inputs) as one self-contained HTML page with inline SVG charts."""
