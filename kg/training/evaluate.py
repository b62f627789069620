"""Per-corpus, per-label dev scores of the NER as the build runs it.

Scores are computed on what the build takes from the NER: the exact character
spans it proposes as candidates on the pkuseg Doc (pkuseg pipeline +
kg.nlp.statistical_ner), which is also the usual span F1 of Chinese NER
papers. Each corpus is scored only on the labels it annotates (MSRA and
People's Daily have no Title; CLUENER no Place), and predictions touching
unannotated (missing) text are ignored.

``unseen_r`` is the recall on the gold entities whose text is no entity of
the training split: the build mostly reads names the corpora never had
(local officials), and a model that memorised the corpora's names can score
well on dev and still miss those.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.scorer import PRFScore
from spacy.tokens import DocBin

from kg.nlp.candidates import NER_SOURCE, candidates

CORPUS_LABELS = {
    "cluener": ("Person", "Organization", "Title"),
    "msra": ("Person", "Organization", "Place"),
    "peoples_daily": ("Person", "Organization", "Place"),
}


def _scores(score: PRFScore, unseen: PRFScore) -> dict[str, float]:
    return {
        "p": round(score.precision, 4),
        "r": round(score.recall, 4),
        "f": round(score.fscore, 4),
        "gold": score.tp + score.fn,
        "unseen_r": round(unseen.recall, 4),
        "unseen_gold": unseen.tp + unseen.fn,
    }


def score_corpus(
    nlp: Language, path: Path, labels: tuple[str, ...], seen: frozenset[str] = frozenset()
) -> dict[str, dict]:
    """P/R/F per label and over all ``labels`` of ``nlp`` on the gold DocBin at ``path``,
    and the recall on gold entities whose text is not in ``seen``."""
    golds = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    # per label: the score on every gold entity, and the one on the unseen ones (for recall)
    scores = {label: (PRFScore(), PRFScore()) for label in labels}
    for gold, predicted in zip(golds, nlp.pipe(g.text for g in golds), strict=False):
        missing = {t.idx for t in gold if t.ent_iob == 0}
        truth = {(e.start_char, e.end_char, e.label_) for e in gold.ents if e.label_ in labels}
        guess = {
            (c.start, c.end, c.label)
            for c in candidates(predicted)
            if c.source == NER_SOURCE
            and c.label in labels
            and not missing.intersection(range(c.start, c.end))
        }
        for label, (score, unseen) in scores.items():
            t = {s for s in truth if s[2] == label}
            g = {s for s in guess if s[2] == label}
            score.score_set(g, t)
            unseen.score_set(g, {s for s in t if gold.text[s[0] : s[1]] not in seen})
    scores["all"] = tuple(sum(column, PRFScore()) for column in zip(*scores.values()))
    return {label: _scores(*pair) for label, pair in scores.items()}


def entity_texts(path: Path, nlp: Language) -> frozenset[str]:
    """The text of every gold entity in the DocBin at ``path``."""
    return frozenset(
        e.text for doc in DocBin().from_disk(path).get_docs(nlp.vocab) for e in doc.ents
    )


def score_all(nlp: Language, corpus_dir: Path) -> dict[str, dict]:
    """Scores on every ``dev-<corpus>.spacy`` written by kg.training.convert."""
    seen = entity_texts(corpus_dir / "train.spacy", nlp)
    return {
        name: score_corpus(nlp, corpus_dir / f"dev-{name}.spacy", labels, seen)
        for name, labels in CORPUS_LABELS.items()
    }
