"""Altered quotes: same speaker and context, other words; excerpts and other speakers are not alterations."""

from __future__ import annotations

from provenance_helpers import make_audit, mine_original, mine_rewrite

from auditor.provenance import build_provenance

STORY = """President Volodymyr {name} spoke in a video address on Friday evening after the summit in Brussels.
“{quote},” {name} said on Friday.
The summit ended without agreement on new air defence deliveries for the coming winter months.
European ministers will meet again in Luxembourg next month to discuss the ammunition plan.
Officials said the talks on the reconstruction fund were postponed until the spring."""


def _story(article_id, name, quote):
    return make_audit(article_id, STORY.format(name=name, quote=quote))


def test_reworded_quote_is_altered_with_word_diff():
    prov = build_provenance([mine_original(), mine_rewrite()])
    delgado = [q for q in prov.altered_quotes if q.speaker == "Delgado"]
    assert len(delgado) == 1
    variants = delgado[0].variants
    assert {v.article for v in variants} == {"mine_wire", "mine_blog"}
    assert "[-around the clock-]" in variants[1].diff and "{+day and night+}" in variants[1].diff


def test_variant_offsets_are_the_quoted_words():
    original = mine_original()
    prov = build_provenance([original, mine_rewrite()])
    variant = next(v for q in prov.altered_quotes for v in q.variants if v.article == "mine_wire")
    claim = next(c for c in original.claims if c.start <= variant.start < c.end)
    assert claim.sentence[variant.start - claim.start : variant.end - claim.start] == variant.text


def test_shorter_excerpt_is_not_altered():
    # The rewrite quotes only the first half of Pinto's words: an excerpt, not an alteration.
    prov = build_provenance([mine_original(), mine_rewrite()])
    assert not [q for q in prov.altered_quotes if q.speaker == "Pinto"]


def test_speaker_names_match_fuzzily():
    a = _story("a", "Zelensky", "We will not give up our land")
    b = _story("b", "Zelenskyy", "We will never give up our land")
    prov = build_provenance([a, b])
    assert len(prov.altered_quotes) == 1
    assert prov.altered_quotes[0].speaker in {"Zelensky", "Zelenskyy"}


def test_identical_quotes_are_not_altered():
    a = _story("a", "Zelensky", "We will not give up our land")
    b = _story("b", "Zelenskyy", "We will not give up our land")
    assert build_provenance([a, b]).altered_quotes == ()


def test_different_speakers_are_not_matched():
    a = _story("a", "Zelensky", "We will not give up our land")
    b = _story("b", "Peskov", "This is another provocation")
    prov = build_provenance([a, b])
    assert prov.links, "the stories are otherwise the same"
    assert prov.altered_quotes == ()


def test_quotes_in_unlinked_articles_are_not_compared():
    a = _story("a", "Zelensky", "We will not give up our land")
    b = make_audit("b", "“We will never give up our land,” Zelensky said at a rally in Lviv in 2019.")
    assert build_provenance([a, b]).altered_quotes == ()
