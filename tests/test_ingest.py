"""Tests for auditor.ingest: formats, decoding, ids, and one InputError per bad input."""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.config import AuditConfig
from auditor.errors import (
    BadRecordError,
    BinaryInputError,
    DecodeInputError,
    EmptyInputError,
    InputFileError,
    MissingInputError,
    NotEnglishError,
    TooLargeInputError,
)
from auditor.ingest import article_from_text, read_file, read_inputs
from auditor.nlp import Annotator

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
CONFIG = AuditConfig()
ENGLISH = (
    "The regional train operator said on Friday that it would add two extra services on weekday mornings "
    "from March, after passengers complained about crowded carriages on the line to the city for most of "
    "the winter and the union had asked for more staff at the stations."
)
FRENCH = (
    "Le président ukrainien a affirmé dimanche que la Corée du Nord envoyait des citoyens pour aider les "
    "forces russes dans la guerre contre l'Ukraine. Selon lui, il ne s'agit plus seulement de transferts "
    "d'armes, mais de personnes. Le Kremlin a rejeté ces accusations, les qualifiant de fausses nouvelles. "
    "Les services de renseignement estiment que des officiers ont été tués près de Donetsk au début du mois."
)


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def test_reads_a_folder_recursively_in_sorted_order() -> None:
    articles, errors = read_inputs([str(FIXTURES)], CONFIG)
    assert [a.id for a in articles] == ["clinic", "council_budget", "harbour_wire", "rain-1", "records:3"]
    assert [a.input_format for a in articles] == ["html", "markdown", "text", "json", "json"]
    assert [(e.code, Path(e.file).name) for e in errors] == [("E106", "records.jsonl")]
    for art in articles:
        for seg in art.segments:
            assert art.text[seg.start : seg.end] == seg.text


def test_folder_skips_unsupported_files(tmp_path: Path) -> None:
    write(tmp_path, "sub/story.txt", ENGLISH)
    write(tmp_path, "sub/scan.pdf", b"%PDF-1.4\x00\x01")
    write(tmp_path, "notes.csv", "a,b\n1,2\n")
    articles, errors = read_inputs([str(tmp_path)], CONFIG)
    assert [a.id for a in articles] == ["story"] and errors == []


def test_text_file_metadata() -> None:
    (art,) = read_file(FIXTURES / "harbour_wire.txt")
    assert art.title is not None and art.title.text.startswith("Harbour Authority Delays")
    assert art.byline is not None and art.byline.text == "Maria Okafor and John Smith"
    assert art.published == "2026-06-12"
    assert {c.kind for c in art.credits} == {"byline", "wire", "reporting_by"}
    assert art.encoding == "utf-8" and art.path == str(FIXTURES / "harbour_wire.txt")


def test_html_uses_extracted_text_and_metadata() -> None:
    (art,) = read_file(FIXTURES / "clinic.html")
    assert art.input_format == "html"
    assert "<p>" not in art.text and "cookies" not in art.text
    assert art.title is not None and art.title.text == "Rural Clinic Reopens After Two-Year Closure"
    assert art.byline_text == "Priya Natarajan"
    assert art.published == "2025-03-04"
    assert art.outlet == "Valley Gazette"
    assert art.url == "https://valley-gazette.example/news/clinic-reopens"
    assert len(art.body) == 3


def test_json_records_ids_and_metadata(tmp_path: Path) -> None:
    records = [
        {"text": ENGLISH, "title": "Extra Trains", "outlet": "Rail Daily", "published": "Oct. 13, 2024"},
        {"id": 7, "text": ENGLISH, "byline": "Lena Fischer", "url": "https://x.example/7"},
    ]
    path = write(tmp_path, "batch.json", json.dumps(records))
    first, second = read_file(path)
    assert (first.id, second.id) == ("batch:1", "7")
    assert first.title_text == "Extra Trains" and first.outlet == "Rail Daily"
    assert first.published == "2024-10-13"
    assert second.byline_text == "Lena Fischer" and second.url == "https://x.example/7"
    (single,) = read_file(write(tmp_path, "one.json", json.dumps({"text": ENGLISH})))
    assert single.id == "one:1" and single.input_format == "json"


def test_jsonl_bad_records_do_not_stop_the_good_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": ENGLISH}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "text": ENGLISH}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    articles, errors = read_inputs([path], CONFIG)
    assert [a.id for a in articles] == ["a", "d"]
    assert [e.code for e in errors] == ["E106", "E106", "E106", "E101"]
    assert "line 2" in errors[0].message and "record 3 (id 'b')" in errors[1].message
    with pytest.raises(BadRecordError):
        read_file(path)


def test_invalid_json_file_is_one_error(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '{"text": "unterminated')
    _, errors = read_inputs([path], CONFIG)
    assert [e.code for e in errors] == ["E106"]


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"  \n\t\r\n  ", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryInputError),
        (bytes(range(1, 32)) * 40 + b"some words", BinaryInputError),
        (FRENCH.encode("utf-8"), NotEnglishError),
    ],
)
def test_bad_file_raises_the_matching_error(tmp_path: Path, data: bytes, error: type[InputFileError]) -> None:
    path = write(tmp_path, "input.txt", data)
    with pytest.raises(error) as info:
        read_file(path)
    line = info.value.one_line()
    assert path in line and "\n" not in line


def test_every_bad_input_becomes_an_input_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    paths = [
        write(tmp_path, "a_empty.txt", b""),
        write(tmp_path, "b_binary.txt", b"\x00\x01\x02text"),
        write(tmp_path, "c_french.txt", FRENCH),
        write(tmp_path, "d_good.txt", ENGLISH),
        str(tmp_path / "e_missing.txt"),
        write(tmp_path, "f_scan.pdf", b"%PDF"),
    ]
    articles, errors = read_inputs(paths, CONFIG)
    assert [a.id for a in articles] == ["d_good"]
    assert [e.code for e in errors] == ["E101", "E102", "E105", "E107", "E100"]
    for err, path in zip(errors, [p for i, p in enumerate(paths) if i != 3], strict=True):
        assert err.file == path and err.message and "\n" not in err.message


def test_too_large_names_the_limit_and_how_to_raise_it(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", ENGLISH * 3)
    with pytest.raises(TooLargeInputError) as info:
        read_file(path, AuditConfig(max_bytes=100))
    assert "100" in info.value.message and "--max-bytes" in info.value.message
    assert read_file(path, AuditConfig(max_bytes=10_000))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError):
        read_file(tmp_path / "nope.txt")
    _, errors = read_inputs([str(tmp_path / "nope.txt")], CONFIG)
    assert errors[0].code == MissingInputError.code


def test_short_non_english_text_is_not_judged(tmp_path: Path) -> None:
    (art,) = read_file(write(tmp_path, "court.txt", "Le président a parlé."))
    assert art.text == "Le président a parlé."


def test_one_line_in_another_language_is_refused_by_name(tmp_path: Path) -> None:
    line = "Le président ukrainien a affirmé dimanche que la Corée du Nord envoyait des soldats."
    path = write(tmp_path, "ligne.txt", line)
    arts, errors = read_inputs([path, write(tmp_path, "good.txt", ENGLISH)], CONFIG)
    assert [a.path for a in arts] == [str(tmp_path / "good.txt")]
    assert errors[0].code == NotEnglishError.code
    assert "ligne.txt" in errors[0].file and "French function words" in errors[0].message


def test_cp1252_bytes_are_decoded_not_rejected(tmp_path: Path) -> None:
    (art,) = read_file(
        write(tmp_path, "cafe.txt", b"The owner of the caf\xe9 said prices \x93would rise\x94.")
    )
    assert art.encoding == "cp1252"
    assert art.text == "The owner of the café said prices “would rise”."


def test_latin1_fallback(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so only latin-1 can decode this.
    (art,) = read_file(write(tmp_path, "odd.txt", b"Na\xefve text \x81 here."))
    assert art.encoding == "latin-1" and art.text == "Naïve text \x81 here."


def test_utf8_bom_is_dropped_and_offsets_follow(tmp_path: Path) -> None:
    (art,) = read_file(
        write(tmp_path, "bom.txt", "\ufeffBudget Talks Collapse\n\nThe talks collapsed.".encode())
    )
    assert art.encoding == "utf-8" and not art.text.startswith("\ufeff")
    assert art.title is not None and (art.title.start, art.title.text) == (0, "Budget Talks Collapse")


def test_crlf_is_kept_exactly(tmp_path: Path) -> None:
    raw = "Budget Talks Collapse\r\n\r\nThe talks collapsed on Friday.\r\n"
    (art,) = read_file(write(tmp_path, "crlf.txt", raw.encode()))
    assert art.text == raw
    body = art.body[0]
    assert raw[body.start : body.end] == "The talks collapsed on Friday."


def test_unbalanced_quotes_are_not_an_error(tmp_path: Path) -> None:
    (art,) = read_file(write(tmp_path, "quote.txt", 'He said: "We will never give up.\n\nThe end.'))
    assert len(art.body) == 2


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode())))
    articles, errors = read_inputs(["-"], CONFIG)
    assert errors == [] and [(a.id, a.path, a.input_format) for a in articles] == [("stdin", "-", "stdin")]


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join(json.dumps({"id": i, "text": ENGLISH}) for i in ("x", "y"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    articles, _ = read_inputs(["-"], CONFIG)
    assert [a.id for a in articles] == ["x", "y"]


def test_repeated_ids_are_made_unique(tmp_path: Path) -> None:
    write(tmp_path, "one/story.txt", ENGLISH)
    write(tmp_path, "two/story.txt", ENGLISH)
    articles, _ = read_inputs([str(tmp_path / "one"), str(tmp_path / "two")], CONFIG)
    assert [a.id for a in articles] == ["story", "story~2"]


def test_explicit_file_and_folder_mix(tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(FIXTURES, folder)
    articles, errors = read_inputs([str(folder / "harbour_wire.txt"), str(folder)], CONFIG)
    assert len(articles) == 6 and len(errors) == 1


def test_article_from_text_needs_no_file() -> None:
    art = article_from_text(
        f"Budget Talks Collapse\n\n{ENGLISH}",
        id="t1",
        meta={"title": "Budget talks collapse in Brussels", "byline": "Ana Lopez", "published": "2024-10-14"},
    )
    assert art.path is None and art.input_format == "text"
    assert art.title is not None and art.title_text == "Budget talks collapse in Brussels"
    assert art.byline is None and art.byline_text == "Ana Lopez"
    assert art.published == "2024-10-14"
    assert art.published_span is None


def test_record_with_a_lone_surrogate_is_a_decode_error(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "bad", "text": "Broken \ud800 text"}),
        json.dumps({"id": "ok", "text": ENGLISH}),
    ]
    path = write(tmp_path, "s.jsonl", "\n".join(lines))
    articles, errors = read_inputs([path], CONFIG)
    assert [a.id for a in articles] == ["ok"]
    assert [e.code for e in errors] == [DecodeInputError.code]


@pytest.mark.parametrize("name", ["empty.html", "empty.htm"])
def test_html_without_text_is_empty(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, "<html><head><title>x</title></head><body><nav></nav></body></html>")
    with pytest.raises(EmptyInputError):
        read_file(path)


def test_html_is_read_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    html = (FIXTURES / "clinic.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    (art,) = read_file("-")
    assert art.input_format == "html" and art.outlet == "Valley Gazette"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(st.sampled_from([ENGLISH, FRENCH, "", "{", '{"text": 1}', '{"text": "x"}']), max_size=4).map(
            lambda parts: "\n".join(parts).encode()
        ),
    ),
    suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]),
)
def test_any_bytes_give_articles_or_input_errors(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        articles, errors = read_inputs([str(path)], CONFIG)
    for err in errors:
        assert err.code.startswith("E1") and "\n" not in err.message
    for art in articles:
        for seg in art.segments:
            assert art.text[seg.start : seg.end] == seg.text


def test_folder_without_supported_files_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "notes.csv", "a,b\n")
    articles, errors = read_inputs([str(tmp_path)], CONFIG)
    assert articles == [] and [e.code for e in errors] == [MissingInputError.code]
    assert "folder" in errors[0].message


def test_stdin_text_starting_with_a_bracket_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"[Updated] {ENGLISH}".encode())))
    (art,) = read_file("-")
    assert art.input_format == "stdin" and art.text.startswith("[Updated]")


BROKEN = (
    "Troops Sent to the Front, Minister Says\n\n"
    "The army is reportedly sending troops to help Ukraine“>Russia\n\n"
    "in the ongoing war, according to Defence Minister Jan Novak. He gave no figures.\n"
)


def test_sentence_split_by_markup_residue_is_one_body_segment() -> None:
    article = article_from_text(BROKEN, id="broken")
    body = [s for s in article.segments if s.kind == "body"]
    assert len(body) == 1
    assert body[0].text == BROKEN[body[0].start : body[0].end]
    assert body[0].text.startswith("The army") and "Russia\n\nin the ongoing war" in body[0].text


def test_joined_segment_is_parsed_as_one_paragraph(annotator: Annotator) -> None:
    """The blank line inside the joined segment does not split the sentence (nlp.py parses it as spaces)."""
    (parsed,) = annotator.parse([article_from_text(BROKEN, id="broken")])
    segments = parsed.article.segments
    body = [s for s in parsed.sentences if segments[s.paragraph].kind == "body"]
    first = body[0]
    assert BROKEN[first.start : first.end].startswith("The army")
    assert BROKEN[first.start : first.end].endswith("Jan Novak.")
    assert {s.paragraph for s in body} == {first.paragraph}
    # the headline is parsed too, as its own segment
    assert [segments[s.paragraph].kind for s in parsed.sentences if s not in body] == ["title"]
    for s in parsed.sentences:
        for w in s.words:
            assert BROKEN[w.start : w.end] == w.text
