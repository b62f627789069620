"""Where the shared data folder (the NER training corpora) is found.

``$KG_SHARED_DATA`` names it; unset, it is ``shared/data`` in the folder that
holds the repository checkout (``../shared/data`` from the repository root).
Nothing is looked up at import time: a missing folder is an error only for
the code that reads the corpora.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_SHARED_DATA = "KG_SHARED_DATA"
DEFAULT_SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


class SharedDataMissing(FileNotFoundError):
    """The shared data folder is not where ``$KG_SHARED_DATA`` or the default says."""


def shared_data_dir() -> Path:
    """The shared data folder: ``$KG_SHARED_DATA``, else ``../shared/data`` beside the checkout."""
    value = os.environ.get(ENV_SHARED_DATA)
    folder = Path(value) if value else DEFAULT_SHARED_DATA
    if not folder.is_dir():
        where = f"from ${ENV_SHARED_DATA}" if value else "the default, beside the checkout"
        raise SharedDataMissing(
            f"no shared data folder at {folder} ({where}): set {ENV_SHARED_DATA} to the folder "
            "that holds cluener2020/, msra_ner/ and peoples_daily_1998_pku/"
        )
    return folder
