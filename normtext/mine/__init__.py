"""``normtext mine``: learn a site's furniture from its own corpus.

Stamps, ad-slot labels, share rows and trailers repeat across the documents of one site at
characteristic positions; content does not. Mining streams the documents of each group (a
site), counts candidate strings once per document with a fixed memory budget, ranks those that
recur in a large share of the group, filters what looks like content (sentences, bylines,
attribution and agency lines) and writes the rest as a lexicon that ``normtext clean
--lexicon FILE`` removes: a two-pass workflow.

- :mod:`.extract`: candidates of one document (whole lines, line prefixes, paragraph-end
  suffixes, script-switched runs) at the top, the bottom and paragraph ends;
- :mod:`.budget`: the bounded counter (space-saving with batch eviction);
- :mod:`.view`: the text as the injected step of the cleaning pipeline sees it (what is mined);
- :mod:`.miner`: groups and examples;
- :mod:`.rank`: thresholds, nesting, content filters (:mod:`.filters`), proposed labels;
- :mod:`.lexicon_out`: the lexicon file (the format of ``normtext/injected/lexicon.toml``).

The two-pass workflow::

    normtext mine crawl.jsonl --site-field site --write-lexicon mined.toml   # review the report
    normtext clean crawl.jsonl --lexicon mined.toml -o clean.jsonl

>>> words = "rain budget roads water schools power exams trade farms buses health parks".split()
>>> docs = [("news.example", f"d{i}", f"NEWS.EXAMPLE\\n{w.title()} news of the day\\n\\n"
...          f"Body of the {w} story with enough words, officials said.Add Ad Here")
...         for i, w in enumerate(words)]
>>> report = mine(docs, min_docs=5)
>>> [(c.kind, c.text, c.docs, c.label) for c in report[0].candidates]
[('line', 'NEWS.EXAMPLE', 12, 'site_tag'), ('suffix', 'Add Ad Here', 12, 'ad_placeholder')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .budget import DEFAULT_CAPACITY, BudgetCounter
from .miner import Miner
from .rank import Candidate, GroupReport, select
from .view import injected_view

__all__ = ["mine", "Miner", "BudgetCounter", "Candidate", "GroupReport", "select", "injected_view"]


def mine(documents: Iterable[tuple[str, str, str]], *, min_docs: int = 5, min_share: float = 0.25,
         top: int = 50, capacity: int = DEFAULT_CAPACITY,
         view: Callable[[str], str] | None = None) -> list[GroupReport]:
    """Mine ``(group, doc_id, text)`` documents; one report per group, in first-seen order.

    ``view`` maps each text to what is counted: pass ``injected_view(pipeline)`` so mined
    strings match what ``clean`` with that pipeline sees (the CLI does by default).
    """
    miner = Miner(capacity, example_from=min_docs - 1)
    for group, doc_id, text in documents:
        miner.add(group, doc_id, view(text) if view else text)
    return select(miner, min_docs=min_docs, min_share=min_share, top=top)
