"""The language server driven by a real client (pytest-lsp), and by raw bytes for malformed input."""

import json
import os
import pathlib
import subprocess

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))

pytestmark = pytest.mark.asyncio(loop_scope="function")

KB = """party Société "Société Lumière — Lyon 🎉" aka SL.
party Bureaux "Bureaux du Rhône".
asset Office "the office" owned by Bureaux.
source lease "lease.pdf".
agreement Lease "Office lease" between Société and Bureaux effective 2024 cites lease line 1 {
  clause Occupy: right of SL against Bureaux to use Office from 2024 until 2030 cites lease line 4.
}
"""

QUERIES = "is Société's use of Office exclusive in 2027?\n"


def utf16(text: str) -> int:
    """The length of `text` in UTF-16 code units, as LSP positions count."""
    return len(text.encode("utf-16-le")) // 2


def position(text: str, needle: str, occurrence: int = 1, offset: int = 0) -> types.Position:
    """The LSP position of the `occurrence`-th `needle` in `text`, moved `offset` characters in."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    index += offset
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    return types.Position(line=line, character=utf16(text[start:index]))


@pytest.fixture
def workspace(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / "kb.clq").write_text(KB, encoding="utf-8")
    (tmp_path / "queries.clq").write_text(QUERIES, encoding="utf-8")
    return tmp_path


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[CLQ, "lsp"]))
async def client(lsp_client: LanguageClient, workspace: pathlib.Path):
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=workspace.as_uri()))
    lsp_client.initialize_result = result
    yield
    await lsp_client.shutdown_session()


async def open_document(client: LanguageClient, path: pathlib.Path, text: str) -> list[types.Diagnostic]:
    """Opens `text` as the document at `path` and returns the diagnostics published for it."""
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="clq", version=1, text=text)))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[uri]


def doc(path: pathlib.Path) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=path.as_uri())


async def test_initialize_announces_capabilities(client: LanguageClient):
    capabilities = client.initialize_result.capabilities
    assert capabilities.position_encoding == "utf-16"
    assert capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert capabilities.hover_provider and capabilities.definition_provider and capabilities.references_provider
    assert capabilities.document_symbol_provider and capabilities.document_formatting_provider
    assert capabilities.completion_provider is not None


async def test_diagnostics_of_a_broken_file_match_clq_check(client: LanguageClient, workspace: pathlib.Path):
    text = "which rights hold for Microsfot in 2031?\nwhich obligations does Nobody have?\n"
    path = workspace / "broken.clq"
    path.write_text(text, encoding="utf-8")
    diagnostics = await open_document(client, path, text)
    assert [(d.code, d.range.start.line, d.range.start.character, d.range.end.character) for d in diagnostics] == [
        ("unknown-party", 0, 22, 31), ("unknown-party", 1, 23, 29)]
    assert diagnostics[0].message == "unknown party 'Microsfot'\ndid you mean 'Microsoft'?"
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error and diagnostics[0].source == "clq"
    check = subprocess.run([CLQ, "check", str(path)], capture_output=True, text=True)
    reported = [line for line in check.stderr.splitlines() if line.startswith(str(path))]
    expected = [f"{path}:{d.range.start.line + 1}:{d.range.start.character + 1}: error: "
                f"{d.message.splitlines()[0]} [{d.code}]" for d in diagnostics]
    assert reported == expected


async def test_incremental_and_full_changes(client: LanguageClient, workspace: pathlib.Path):
    text = "which rights hold for Microsfot in 2031?\n"
    path = workspace / "edit.clq"
    await open_document(client, path, text)
    start = position(text, "Microsfot")
    end = position(text, "Microsfot", offset=len("Microsfot"))
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end), text="Microsoft")]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[path.as_uri()]) == []
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="list partys?\n")]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [d.code for d in client.diagnostics[path.as_uri()]] == ["expected-token"]


async def test_completion_offers_names_and_keywords(client: LanguageClient, workspace: pathlib.Path):
    text = "which rights hold for Mi"
    path = workspace / "complete.clq"
    await open_document(client, path, text)
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=doc(path), position=position(text, "Mi", offset=2)))
    labels = [item.label for item in result.items]
    assert "Microsoft" in labels
    item = next(item for item in result.items if item.label == "Microsoft")
    assert item.text_edit.range == types.Range(start=position(text, "Mi"), end=position(text, "Mi", offset=2))
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=doc(path), position=position(text, "hold", offset=1)))
    assert {"hold", "holds"} <= {item.label for item in result.items}


async def test_hover_shows_a_clause_and_a_party(client: LanguageClient, workspace: pathlib.Path):
    text = "does ModelAccess hold in 2031?\nrights of Amazon in 2027?\n"
    path = workspace / "hover.clq"
    await open_document(client, path, text)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=doc(path), position=position(text, "ModelAccess", offset=3)))
    value = hover.contents.value
    assert value.startswith("**clause ModelAccess** — right of Microsoft against OpenAI to access OpenAI models")
    assert "- starts: some day in 2026" in value and "- ends: some day in 2032" in value
    assert "MSOpenAI2026" in value and "partnership-article.txt line 12" in value
    assert hover.range == types.Range(start=position(text, "ModelAccess"), end=position(text, "ModelAccess", offset=11))
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=doc(path), position=position(text, "Amazon")))
    assert hover.contents.value.startswith('**party Amazon** "Amazon"') and "- parts: AWS" in hover.contents.value
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=doc(path), position=position(text, "2031")))
    assert nothing is None


async def test_definition_in_the_builtin_knowledge_base_and_the_workspace(client: LanguageClient,
                                                                            workspace: pathlib.Path):
    text = "which rights hold for Microsoft in 2031?\n"
    path = workspace / "definition.clq"
    await open_document(client, path, text)
    locations = await client.text_document_definition_async(types.DefinitionParams(
        text_document=doc(path), position=position(text, "Microsoft", offset=4)))
    assert len(locations) == 1 and locations[0].uri.endswith("/builtin/partnership.clq")
    builtin = pathlib.Path(locations[0].uri.removeprefix("file://")).read_text(encoding="utf-8").splitlines()
    line = builtin[locations[0].range.start.line]
    assert line.startswith("party Microsoft ")
    assert line[locations[0].range.start.character:locations[0].range.end.character] == "Microsoft"
    queries = workspace / "queries.clq"
    await open_document(client, queries, QUERIES)
    locations = await client.text_document_definition_async(types.DefinitionParams(
        text_document=doc(queries), position=position(QUERIES, "Office")))
    assert [(loc.uri, loc.range.start.line) for loc in locations] == [((workspace / "kb.clq").as_uri(), 2)]


async def test_references_across_files(client: LanguageClient, workspace: pathlib.Path):
    kb = workspace / "kb.clq"
    await open_document(client, kb, KB)
    locations = await client.text_document_references_async(types.ReferenceParams(
        text_document=doc(kb), position=position(KB, "Société"),
        context=types.ReferenceContext(include_declaration=True)))
    found = sorted((pathlib.Path(loc.uri.removeprefix("file://")).name, loc.range.start.line,
                    loc.range.start.character) for loc in locations)
    assert found == [("kb.clq", 0, 6), ("kb.clq", 4, 39), ("kb.clq", 5, 26), ("queries.clq", 0, 3)]


async def test_document_symbols_nest_clauses_in_agreements(client: LanguageClient, workspace: pathlib.Path):
    kb = workspace / "kb.clq"
    await open_document(client, kb, KB)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(kb)))
    assert [(s.name, s.kind) for s in symbols] == [
        ("Société", types.SymbolKind.Class), ("Bureaux", types.SymbolKind.Class), ("Office", types.SymbolKind.Struct),
        ("lease", types.SymbolKind.File), ("Lease", types.SymbolKind.Namespace)]
    lease = symbols[-1]
    assert [(c.name, c.kind) for c in lease.children] == [("Occupy", types.SymbolKind.Method)]
    assert lease.range.start.line == 4 and lease.range.end.line == 6
    assert symbols[0].detail == "Société Lumière — Lyon 🎉"


async def test_formatting_matches_clq_fmt(client: LanguageClient, workspace: pathlib.Path):
    text = "party  A \"Ä — 🎉\".   # note\nwhich rights hold for A   in 2031 ?\n\n\n\nlist parties"
    path = workspace / "messy.clq"
    await open_document(client, path, text)
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=doc(path), options=types.FormattingOptions(tab_size=4, insert_spaces=True)))
    expected = subprocess.run([CLQ, "fmt", "-"], input=text, capture_output=True, text=True).stdout
    assert expected == "party A \"Ä — 🎉\". # note\nwhich rights hold for A in 2031?\n\nlist parties\n"
    assert len(edits) == 1 and edits[0].new_text == expected
    assert edits[0].range == types.Range(start=types.Position(line=0, character=0), end=position(text, "parties", offset=7))


async def test_positions_count_utf16_in_non_ascii_documents(client: LanguageClient, workspace: pathlib.Path):
    text = "party É \"É — 🎉🎉\" aka Ünï. asset Ω \"🎉 Ω\" owned by É. asset Z owned by Nobødy.\n"
    path = workspace / "unicode.clq"
    diagnostics = await open_document(client, path, text)
    assert [(d.code, d.range.start.character, d.range.end.character) for d in diagnostics] == [
        ("unknown-party", utf16(text[:text.index("Nobødy")]), utf16(text[:text.index("Nobødy") + 6]))]
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=doc(path), position=position(text, "Ω", offset=1)))
    assert hover is not None and hover.range.start == position(text, "Ω")
    definition = await client.text_document_definition_async(types.DefinitionParams(
        text_document=doc(path), position=position(text, "É", occurrence=3, offset=1)))
    assert [(loc.range.start, loc.range.end) for loc in definition] == [
        (position(text, "É"), position(text, "É", offset=1))]
