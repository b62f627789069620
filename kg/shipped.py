"""Files kg ships beside its code: the stored queries and the Neo4j Browser style.

In a checkout they live at the top of the repository, where users browse
them: ``queries/*.cypher`` and ``kg.grass``. A wheel (``pip install .``)
carries copies in ``kg/_shipped/`` (setup.py puts them there when it builds
the wheel). Code asks here for their paths and gets whichever exists, the
wheel's copy first: next to an installed ``kg`` package, a ``queries``
folder in site-packages would belong to some other project.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_COPY = Path(__file__).resolve().parent / "_shipped"
CHECKOUT = Path(__file__).resolve().parent.parent


def shipped(name: str) -> Path:
    """The path of ``name`` (``queries`` or ``kg.grass``) in this installation."""
    copy = PACKAGE_COPY / name
    return copy if copy.exists() else CHECKOUT / name


QUERIES_DIR = shipped("queries")
GRASS_FILE = shipped("kg.grass")
