"""Organisation names found by their heads (…委, …局, …中心, …公司, …党支部, 乌兰牧骑).

A token ending with a head is the end of a name; the name starts where the
left walk over the tokens stops (see kg.nlp.candidates). Nested names are all
proposed (市公共事业发展中心 inside 市公共事业发展中心滨河路灯亮化所), which is
what PART_OF is later read from. 该公司 / 该厂 are proposed as anaphors for the
resolver to point at the last body of that kind.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.candidates import HAN, cuts_quote, is_boundary, propose, quote_spans, walk_left
from kg.nlp.doc_index import doc_index, tokens_ending_in
from kg.nlp.lexicon import last_characters, longest_suffix, word_list
from kg.schema import Label

ANAPHOR = re.compile(r"(?:该|本)(公司|厂|企业|集团|中心|局|单位|医院|学校|协会|所|站|委|院)")
MIN_NAME_CHARS = 3


@Language.factory("kg_organizations", default_config={"max_chars": 24})
def make_organizations(nlp: Language, name: str, max_chars: int):
    return OrganizationFinder(max_chars)


class OrganizationFinder:
    def __init__(self, max_chars: int):
        self.max_chars = max_chars

    @staticmethod
    def connectors(doc: Doc, i: int, heads: frozenset[str]) -> set[str]:
        """和 joins the fields of one body (市住房和城乡建设局), unless it joins two bodies
        (市委和市政府)."""
        for j in range(i - 1, max(i - 8, 0), -1):
            if doc[j].text == "和":
                before = doc[j - 1].text if j > 0 else ""
                joins_fields = (
                    len(before) >= 2
                    and not longest_suffix(before, heads)
                    and not is_boundary(before)
                )
                return {"和"} if joins_fields else set()  # 住房和城乡建设局, not 党和政府
        return set()

    @staticmethod
    def head_of(doc: Doc, i: int, heads: frozenset[str]) -> str | None:
        """The head a name ending at token ``i`` has; heads may span tokens (乌兰 | 牧骑)."""
        joined = ""
        best = None
        for j in range(i, max(i - 3, -1), -1):
            joined = doc[j].text + joined
            head = longest_suffix(joined, heads)
            if (
                head
                and len(head) > len(joined) - len(doc[j].text)
                and (best is None or len(head) > len(best))
            ):
                best = head
        return best

    def __call__(self, doc: Doc) -> Doc:
        heads = word_list("org_heads.txt")
        generic = word_list("generic_orgs.txt")
        titles = word_list("titles.txt")
        text_all = doc_index(doc).text
        quotes = quote_spans(text_all)
        for tok in tokens_ending_in(doc, last_characters("org_heads.txt")):
            head = self.head_of(doc, tok.i, heads)
            if (
                not head
                or tok.text in titles
                or (len(head) == 1 and len(tok.text) == 2 and tok.text not in heads)
            ):
                continue  # 全部, 补办, 布局: a word that merely ends like a head
            start = walk_left(doc, tok.i, self.max_chars, allow=self.connectors(doc, tok.i, heads))
            end = tok.idx + len(tok.text)
            text = text_all[start:end]
            if (
                text in generic
                or not HAN.match(text)
                or (len(text) < MIN_NAME_CHARS and text not in heads)
                or cuts_quote(start, end, quotes)
                or (start, end) in quotes
            ):
                continue  # a name cut by a quote, or a figure of speech in quotes (“宣讲队”)
            propose(doc, start, end, Label.ORGANIZATION, "org_head")
        for m in ANAPHOR.finditer(text_all):
            propose(doc, m.start(), m.end(), Label.ORGANIZATION, "anaphor", anaphor=m.group(1))
        return doc
