"""The Python package of bindings/python, installed with pip and used over the debug build's library."""

import concurrent.futures
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))
LIBRARY = pathlib.Path(CLQ).parent / "libClauseC.so"
VERSION = (ROOT / "VERSION").read_text().strip()
DEFINING = "which rights hold for Microsoft in 2031?"


def pip_install(target, source=ROOT / "bindings" / "python"):
    """Installs the package from a copy of `source` (so the build leaves nothing in the tree) into `target`."""
    copy = target.parent / (target.name + "-source")
    shutil.copytree(source, copy)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-build-isolation", "--no-deps",
                    "--no-index", "--target", str(target), str(copy)], check=True)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    return pip_install(tmp_path_factory.mktemp("python") / "site")


@pytest.fixture(scope="module")
def clq(installed):
    """The installed package, imported here, on the debug build's library."""
    previous = os.environ.get("CLQ_LIBRARY")
    os.environ["CLQ_LIBRARY"] = str(LIBRARY)
    sys.path.insert(0, str(installed))
    import clq as package
    assert pathlib.Path(package.__file__).parent == installed / "clq"
    yield package
    sys.path.remove(str(installed))
    if previous is None:
        del os.environ["CLQ_LIBRARY"]
    else:
        os.environ["CLQ_LIBRARY"] = previous


def run_python(code, path, env):
    """Runs `code` in a new interpreter with `path` first on sys.path and exactly the environment `env`."""
    return subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(path)!r})\n{code}"],
                          capture_output=True, text=True, env=env)


def rows(document):
    return [(row["id"], row["certainty"]) for row in document["results"]]


def test_pip_installs_the_package_at_the_version_of_the_version_file(installed):
    assert (installed / "clq" / "__init__.py").is_file()
    assert (installed / f"clq-{VERSION}.dist-info").is_dir()


def test_the_defining_question(clq):
    with clq.Session() as session:
        document = session.ask(DEFINING)
    assert document["query"] == DEFINING
    assert rows(document) == [("ModelAccess", "holds"), ("AzureMainHost", "may-hold")]
    assert document["diagnostics"] == []
    assert document["results"][1]["reason"] == "end not stated"


def test_a_failed_question_raises_with_its_diagnostics_and_document(clq):
    session = clq.Session()
    with pytest.raises(clq.QuestionError) as raised:
        session.ask("which rights hold for Microsfot in 2031?")
    error = raised.value
    assert error.status == 6
    assert [(d["id"], d["line"], d["column"]) for d in error.diagnostics] == [("unknown-party", 1, 23)]
    assert error.document["results"] == []
    assert error.document["diagnostics"] == error.diagnostics
    assert str(error) == ("<question>:1:23: error: unknown party 'Microsfot' [unknown-party]\n"
                          " 1 | which rights hold for Microsfot in 2031?\n"
                          "   |                       ^~~~~~~~~\n"
                          "   = did you mean 'Microsoft'?")
    assert isinstance(error, clq.ClqError)


def test_answers_carry_what_their_question_asks_for(clq):
    session = clq.Session()
    assert session.ask("does ModelAccess hold in 2033?")["answer"] == "does-not-hold"
    assert session.ask("how many rights hold for Microsoft in 2031?")["count"] == {"at_least": 1, "at_most": 2}
    total = session.ask("how much does OpenAI owe AWS in 2030?")["total"]["sums"]
    assert [(s["currency"], s["for_sure"], s["at_most"]) for s in total] == [("USD", 100e9, 138e9)]


def test_check_gives_the_diagnostics_of_clq_check(clq):
    session = clq.Session()
    assert session.check("rights of Microsoft in 2031?\n") == []
    diagnostics = session.check("party Acme \"Acme\".\nrights of Acmee?\n", name="notes.clq")
    assert [(d["id"], d["file"], d["line"], d["column"]) for d in diagnostics] == [("unknown-party", "notes.clq", 2, 11)]
    with pytest.raises(clq.QuestionError):
        session.ask("rights of Acme?")


def test_knowledge_from_text_and_files(clq, tmp_path):
    parties = tmp_path / "parties.clq"
    parties.write_text('party Acme "Acme Corp".\nasset Widgets "widgets" owned by Acme.\n')
    deal = tmp_path / "deal.clq"
    deal.write_text('agreement Deal "Deal" between Acme and Microsoft effective 2027 {\n'
                    '  clause Sell: obligation of Acme toward Microsoft to deliver Widgets until 2029.\n}\n')
    with clq.Session.from_files(parties, str(deal), with_builtin=True) as session:
        assert ("Sell", "holds") in rows(session.ask("which rights hold for Microsoft in 2028?"))
    alone = clq.Session.from_text(parties.read_text() + 'party Beta "Beta".\n', name="mine.clq")
    assert [row["id"] for row in alone.ask("list parties?")["results"]] == ["Acme", "Beta"]


def test_knowledge_that_does_not_load_raises_with_its_diagnostics(clq, tmp_path):
    with pytest.raises(clq.LoadError) as raised:
        clq.Session.from_text('party A "A".\nparty A "Again".\n', name="twice.clq")
    assert raised.value.status == 5
    assert [(d["id"], d["file"], d["line"]) for d in raised.value.diagnostics] == [("duplicate-id", "twice.clq", 2)]
    assert str(raised.value).startswith("twice.clq:2:7: error: duplicate identifier 'A'")
    with pytest.raises(clq.UnreadableFileError) as unreadable:
        clq.Session.from_files(tmp_path / "missing.clq")
    assert str(unreadable.value) == f"cannot read '{tmp_path / 'missing.clq'}': No such file or directory"
    assert unreadable.value.diagnostics == []


def test_unknown_ends_continue_once_assumed(clq):
    session = clq.Session()
    assert session.assume_unknown_ends_continue is False
    session.assume_unknown_ends_continue = True
    document = session.ask(DEFINING)
    assert rows(document) == [("ModelAccess", "holds"), ("AzureMainHost", "holds")]
    assert document["assumption"] == "unknown ends continue"
    session.assume_unknown_ends_continue = False
    assert "assumption" not in session.ask(DEFINING)


def test_bad_arguments_are_refused_before_the_library(clq):
    session = clq.Session()
    with pytest.raises(ValueError, match="question holds a NUL character"):
        session.ask("rights of\0 Microsoft?")
    with pytest.raises(TypeError, match="question must be a str, not bytes"):
        session.ask(b"rights of Microsoft?")
    with pytest.raises(UnicodeEncodeError):
        session.ask("rights of \udc80?")
    session.close()
    session.close()
    with pytest.raises(ValueError, match="the session is closed"):
        session.ask(DEFINING)


def test_threads_share_a_session(clq):
    session = clq.Session()
    questions = [DEFINING, "rights of Amazon in 2027?", "which obligations does OpenAI have in 2028?"] * 8
    expected = [rows(session.ask(question)) for question in questions]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        answered = list(pool.map(lambda question: rows(session.ask(question)), questions))
    assert answered == expected


def test_the_versions_agree(clq):
    assert clq.version() == VERSION
    assert clq.__version__ == VERSION


def test_the_library_is_found_beside_the_package(tmp_path):
    target = pip_install(tmp_path / "site")
    shutil.copy(LIBRARY, target / "clq" / "libclq.so")
    env = {"PATH": "/usr/bin:/bin"}
    found = run_python("import clq; print(clq.version(), clq.Session().ask('list parties?')['results'][0]['type'])",
                       target, env)
    assert (found.returncode, found.stdout, found.stderr) == (0, f"{VERSION} party\n", "")


def test_the_library_is_found_in_the_prefix_of_clq_on_the_path(installed, tmp_path):
    (tmp_path / "bin").mkdir()
    (tmp_path / "lib").mkdir()
    (tmp_path / "bin" / "clq").write_text("#!/bin/sh\n")
    (tmp_path / "bin" / "clq").chmod(0o755)
    shutil.copy(LIBRARY, tmp_path / "lib" / "libclq.so")
    found = run_python("import clq; print(clq.version())", installed, {"PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin"})
    assert (found.returncode, found.stdout, found.stderr) == (0, f"{VERSION}\n", "")


def test_a_missing_or_wrong_library_is_named(installed, tmp_path):
    missing = run_python("import clq\ntry:\n    clq.Session()\nexcept clq.LibraryNotFoundError as e:\n    print(e)",
                         installed, {"PATH": "/usr/bin:/bin", "CLQ_LIBRARY": str(tmp_path / "libclq.so")})
    assert missing.stdout == (f"libclq not found (looked at {tmp_path / 'libclq.so'}); install clq with "
                              "script/install, or set CLQ_LIBRARY to the library's path\n")
    wrong = tmp_path / "libother.so"
    (tmp_path / "other.c").write_text("int other(void) { return 1; }\n")
    subprocess.run(["cc", "-shared", "-fPIC", "-o", str(wrong), str(tmp_path / "other.c")], check=True)
    other = run_python("import clq\ntry:\n    clq.version()\nexcept ImportError as e:\n    print(e)",
                       installed, {"PATH": "/usr/bin:/bin", "CLQ_LIBRARY": str(wrong)})
    assert other.stdout == f"{wrong} is not libclq: it has no clq_version\n"


def test_the_readme_example_runs(installed):
    readme = (ROOT / "README.md").read_text()
    example = readme.split("### From Python\n", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    ran = run_python(example, installed, {"PATH": "/usr/bin:/bin", "CLQ_LIBRARY": str(LIBRARY)})
    assert (ran.returncode, ran.stderr) == (0, "")
    assert ran.stdout == "ModelAccess holds 2032\nAzureMainHost may-hold unknown\nunknown-party\n"
