"""Turn the corpora into spaCy DocBins: harmonise, split, segment, align.

The dev split is about 10% of each corpus, chosen by a CRC32 of the sentence
text, so it is the same on every run and a sentence found in two corpora
(MSRA and the People's Daily share 1998 news) lands on the same side in both.
Every sentence is segmented by the production pkuseg pipeline once, here, and
stored as a character Doc with the word features (kg.nlp.statistical_ner), so
training never runs the segmenter. While at it, the gold spans that do not
fall on pkuseg token boundaries are counted: that number is why the model is
character-level.
"""

from __future__ import annotations

import json
import logging
import zlib
from pathlib import Path

from spacy.language import Language
from spacy.tokens import DocBin
from spacy.util import filter_spans

from kg.nlp.char_input import char_doc
from kg.training.corpora import Sentence, read_cluener, read_msra, read_peoples_daily
from kg.training.harmonise import harmonise

log = logging.getLogger(__name__)
CORPORA = {"cluener": read_cluener, "msra": read_msra, "peoples_daily": read_peoples_daily}
DEV_MODULUS = 10


def is_dev(text: str) -> bool:
    """Whether a sentence belongs to the dev split (stable across runs and corpora)."""
    return zlib.crc32(text.encode("utf-8")) % DEV_MODULUS == 0


def read_all() -> dict[str, list[Sentence]]:
    """All three corpora, harmonised."""
    corpora = {name: list(read()) for name, read in CORPORA.items()}
    harmonise(corpora)
    return corpora


def to_docs(nlp: Language, sentences: list[Sentence], stats: dict[str, int]) -> list:
    """Character Docs with gold entities and missing spans; counts misaligned spans."""
    docs = []
    for sentence in sentences:
        words = nlp.make_doc(sentence.text)
        doc = char_doc(nlp.vocab, words)
        ents = []
        for start, end, label in sentence.spans:
            stats["spans"] += 1
            if words.char_span(start, end) is None:
                stats["pkuseg_misaligned"] += 1
            span = doc.char_span(start, end, label=label)
            if span is None:
                stats["char_misaligned"] += 1
                continue
            ents.append(span)
        # CLUENER has a few overlapping spans: keep the longest, and leave
        # missing only the tokens no kept entity covers.
        ents = filter_spans(ents)
        covered = {i for span in ents for i in range(span.start, span.end)}
        missing = {
            i
            for s, e in sentence.missing
            for span in [doc.char_span(s, e, alignment_mode="expand")]
            if span
            for i in range(span.start, span.end)
        } - covered
        doc.set_ents(ents, missing=[doc[i : i + 1] for i in sorted(missing)], default="outside")
        docs.append(doc)
    return docs


def convert(nlp: Language, out_dir: Path) -> dict:
    """Write ``train.spacy``, ``dev.spacy`` and ``dev-<corpus>.spacy``; return the stats."""
    out_dir.mkdir(parents=True, exist_ok=True)
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    report = {}
    for name, sentences in read_all().items():
        stats = {"spans": 0, "pkuseg_misaligned": 0, "char_misaligned": 0}
        parts = {
            "train": [s for s in sentences if not is_dev(s.text)],
            "dev": [s for s in sentences if is_dev(s.text)],
        }
        corpus_dev = DocBin(store_user_data=False)
        for part, chosen in parts.items():
            for doc in to_docs(nlp, chosen, stats):
                (train if part == "train" else dev).add(doc)
                if part == "dev":
                    corpus_dev.add(doc)
        corpus_dev.to_disk(out_dir / f"dev-{name}.spacy")
        stats["train_sentences"] = len(parts["train"])
        stats["dev_sentences"] = len(parts["dev"])
        stats["pkuseg_misaligned_rate"] = round(stats["pkuseg_misaligned"] / stats["spans"], 4)
        report[name] = stats
        log.info("%s: %s", name, stats)
    train.to_disk(out_dir / "train.spacy")
    dev.to_disk(out_dir / "dev.spacy")
    (out_dir / "alignment.json").write_text(json.dumps(report, indent=2) + "\n")
    return report
