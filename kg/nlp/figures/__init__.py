"""Figures: every reported quantity of a Chinese news text (4461户, 近2000万元, 45%).

Government news reports its work in numbers with a unit, so a lexicon of units
(kg/nlp/data/units.tsv) and a number grammar find them with a precision no
statistical model trained on general NER corpora would reach: those corpora
tag dates and ordinals the same way as counts. What a figure counts (its
``metric``) is read from the words around it with the genre's two shapes:
a classifier count names its noun after it (13个单位党组织书记), an amount names
its noun before it (补发资金61.74万元).

Numbers written with Chinese numerals are also idioms (一个突破, 十条举措,
两个覆盖, 七人制) or articles (一名党员), so they count as figures only from
ten up (十余家, 三十万元, 两千人); digit strings (一九九八) are dates.
Text in short quotes and in 《》 is a name (“8+1”体系, 《十条措施》), not a report.

Offsets are those of the input text; full-width digits (１２月, ５００万元) are
read as ASCII ones, character for character, so no offset moves.
"""

from kg.nlp.figures.component import COMPONENT, FigureTagger
from kg.nlp.figures.find import chinese_value, find_figures
from kg.nlp.figures.numbers import FigureMatch

__all__ = ["COMPONENT", "FigureMatch", "FigureTagger", "chinese_value", "find_figures"]
