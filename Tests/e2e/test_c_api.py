"""The C interface as a C program uses it: clq.h compiles as C and C++, and Examples/C/ask.c, built
against the header and the library of the debug build, answers as `clq --format json` does."""

import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))
LIBRARY_DIRECTORY = pathlib.Path(CLQ).parent
HEADER_DIRECTORY = ROOT / "Sources" / "CClq" / "include"
STRICT = ["-Wall", "-Wextra", "-Werror", "-pedantic"]


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    """Examples/C/ask.c compiled against the source header and the debug build's libClauseC."""
    program = tmp_path_factory.mktemp("c") / "ask"
    subprocess.run(["cc", "-std=c99", *STRICT, "-I", str(HEADER_DIRECTORY), str(ROOT / "Examples" / "C" / "ask.c"),
                    "-L", str(LIBRARY_DIRECTORY), "-lClauseC", f"-Wl,-rpath,{LIBRARY_DIRECTORY}", "-o", str(program)],
                   check=True)
    return program


def test_the_header_compiles_as_strict_c_and_cxx():
    header = str(HEADER_DIRECTORY / "clq.h")
    subprocess.run(["cc", "-std=c99", *STRICT, "-fsyntax-only", "-x", "c", header], check=True)
    subprocess.run(["c++", "-std=c++11", *STRICT, "-fsyntax-only", "-x", "c++", header], check=True)


@pytest.mark.parametrize("question", [
    "which rights hold for Microsoft in 2031?",
    "is Microsoft's access to OpenAIModels exclusive in 2027?",
    "how much does OpenAI owe AWS in 2030?",
    "what changed between 2025 and 2026?",
    "how many rights hold for Microsoft in 2031?",
])
def test_the_answer_is_the_json_document_of_the_command_line(ask, question):
    answered = subprocess.run([str(ask), question], capture_output=True, text=True)
    assert answered.returncode == 0, answered.stderr
    printed = subprocess.run([CLQ, "--format", "json", "-e", question], capture_output=True, text=True, check=True)
    assert answered.stdout == printed.stdout
    assert answered.stderr == "libclq " + (ROOT / "VERSION").read_text()


def test_the_defining_question(ask):
    answered = subprocess.run([str(ask)], capture_output=True, text=True, check=True)
    document = json.loads(answered.stdout)
    assert document["query"] == "which rights hold for Microsoft in 2031?"
    assert [(row["id"], row["certainty"]) for row in document["results"]] == [
        ("ModelAccess", "holds"), ("AzureMainHost", "may-hold")]
    assert document["diagnostics"] == []


def test_a_failed_question_gives_its_document_and_its_diagnostics(ask):
    answered = subprocess.run([str(ask), "rights of Microsfot?"], capture_output=True, text=True)
    assert answered.returncode == 1
    document = json.loads(answered.stdout)
    assert document["results"] == []
    assert [(d["id"], d["line"], d["column"]) for d in document["diagnostics"]] == [("unknown-party", 1, 11)]
    assert answered.stderr == (
        "<question>:1:11: error: unknown party 'Microsfot' [unknown-party]\n"
        " 1 | rights of Microsfot?\n"
        "   |           ^~~~~~~~~\n"
        "   = did you mean 'Microsoft'?\n"
        "libclq " + (ROOT / "VERSION").read_text())


def test_the_readme_shows_the_example_unchanged():
    program = (ROOT / "Examples" / "C" / "ask.c").read_text()
    assert "```c\n" + program + "```" in (ROOT / "README.md").read_text()
