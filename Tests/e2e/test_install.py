"""script/install into a temporary prefix, once per test session, and what a user does with what it installed:
the programs run without the Swift toolchain's libraries, the manual pages render, bash completes, a C
program and the Python package answer the defining question, and --uninstall removes exactly what it put
there. The release build goes to .build-install, which later runs reuse."""

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))
VERSION = (ROOT / "VERSION").read_text().strip()
DEFINING = "which rights hold for Microsoft in 2031?"
PROGRAMS = ["clq", "clq-lsp", "clq-mcp"]
# Files that were in the prefix before the install, which it must leave alone.
FOREIGN = ["bin/other-tool", "share/man/man1/other.1", "lib/libother.so"]


def plain_environment(prefix, **extra):
    """An environment with no library path and no toolchain on PATH: only the prefix and the system."""
    return {"PATH": f"{prefix / 'bin'}:/usr/bin:/bin", "HOME": str(prefix), "LANG": "C.UTF-8", **extra}


def files_under(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if not path.is_dir())


def folders_under(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_dir())


@pytest.fixture(scope="session")
def prefix(tmp_path_factory):
    """A prefix holding a few files of other programs, then clq installed by script/install."""
    prefix = tmp_path_factory.mktemp("prefix")
    for name in FOREIGN:
        (prefix / name).parent.mkdir(parents=True, exist_ok=True)
        (prefix / name).write_text("not clq's\n")
    started = time.monotonic()
    subprocess.run([str(ROOT / "script" / "install"), "--prefix", str(prefix)], check=True)
    print(f"\nscript/install took {time.monotonic() - started:.0f} s", file=sys.stderr)
    return prefix


def test_the_installed_clq_answers_with_the_toolchain_out_of_reach(prefix):
    answered = subprocess.run([str(prefix / "bin" / "clq"), "-e", DEFINING], capture_output=True, text=True,
                              env=plain_environment(prefix))
    expected = subprocess.run([CLQ, "-e", DEFINING], capture_output=True, text=True)
    assert (answered.returncode, answered.stderr) == (0, "")
    assert answered.stdout == expected.stdout
    assert answered.stdout.endswith("2 results: 1 holds, 1 may hold (in 2031)\n")


@pytest.mark.parametrize("path", [f"bin/{program}" for program in PROGRAMS] + ["lib/libclq.so"])
def test_no_swift_library_is_linked(prefix, path):
    linked = subprocess.run(["ldd", str(prefix / path)], capture_output=True, text=True, check=True).stdout
    assert "swift" not in linked.lower()
    assert "not found" not in linked
    assert "libc.so" in linked


def test_the_servers_run_beside_clq(prefix):
    for program in PROGRAMS:
        shown = subprocess.run([str(prefix / "bin" / program), "--version"], capture_output=True, text=True,
                               env=plain_environment(prefix))
        assert (shown.returncode, shown.stdout) == (0, VERSION + "\n")
    through = subprocess.run([str(prefix / "bin" / "clq"), "mcp", "--version"], capture_output=True, text=True,
                             env=plain_environment(prefix))
    assert (through.returncode, through.stdout) == (0, VERSION + "\n")


@pytest.mark.parametrize("page", ["man1/clq.1", "man1/clq-lsp.1", "man1/clq-mcp.1", "man7/clq-language.7"])
def test_each_manual_page_renders_without_warnings(prefix, page):
    rendered = subprocess.run(["man", "--warnings", "-l", str(prefix / "share" / "man" / page)], capture_output=True,
                              text=True, env=plain_environment(prefix, MANWIDTH="80", MANPAGER="cat", PAGER="cat"))
    assert (rendered.returncode, rendered.stderr) == (0, "")
    headings = [line for line in rendered.stdout.splitlines() if re.fullmatch(r"[A-Z][A-Z ]*", line)]
    assert headings[:3] == (["NAME", "DESCRIPTION", "DECLARING KNOWLEDGE"] if page.startswith("man7")
                            else ["NAME", "SYNOPSIS", "DESCRIPTION"])


def test_man_finds_the_pages_by_name(prefix):
    """man finds PREFIX/share/man from PREFIX/bin on PATH, with no MANPATH."""
    env = plain_environment(prefix, MANWIDTH="80", MANPAGER="cat", PAGER="cat")
    clq = subprocess.run(["man", "clq"], capture_output=True, text=True, env=env)
    assert clq.returncode == 0, clq.stderr
    lines = clq.stdout.splitlines()
    assert lines[0].split() == ["CLQ(1)", "BSD", "General", "Commands", "Manual", "CLQ(1)"]
    assert lines[3] == "     clq \u2014 Ask who holds which rights and owes which obligations, when, under"
    assert "     built-in knowledge base (the OpenAI, Microsoft and Amazon arrangements of" in lines
    for subcommand in ["run", "check", "compile", "fmt", "lsp", "mcp"]:
        assert any(line.startswith(f"     {subcommand}  ") or line == f"     {subcommand}" for line in lines), subcommand
    language = subprocess.run(["man", "clq-language"], capture_output=True, text=True, env=env)
    assert language.returncode == 0, language.stderr
    assert language.stdout.splitlines()[0].split() == ["CLQ-LANGUAGE(7)", "clq", "manual", "CLQ-LANGUAGE(7)"]
    for heading in ["DECLARING KNOWLEDGE", "ASKING", "TIMELINES", "EXPLAINING", "EXPECTATIONS", "ERRORS", "GRAMMAR"]:
        assert heading in language.stdout.splitlines()
    assert "script        = { statement } ;" in language.stdout


def test_bash_completes_a_subcommand(prefix):
    script = prefix / "share" / "bash-completion" / "completions" / "clq"
    completed = subprocess.run(["bash", "-c", f"""
        source {script}
        COMP_WORDS=(clq ru); COMP_CWORD=1; COMP_LINE="clq ru"; COMP_POINT=${{#COMP_LINE}}
        _clq clq ru clq
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """], capture_output=True, text=True, env=plain_environment(prefix))
    assert (completed.returncode, completed.stdout, completed.stderr) == (0, "run\n", "")


def test_zsh_and_fish_completions_are_where_those_shells_look(prefix):
    zsh = prefix / "share" / "zsh" / "site-functions" / "_clq"
    assert zsh.read_text().startswith("#compdef clq\n")
    fish = prefix / "share" / "fish" / "vendor_completions.d" / "clq.fish"
    assert "complete -c 'clq' -n '__clq_should_offer_completions_for_flags_or_options \"clq\"' -s 'e'" in fish.read_text()
    assert sorted(path.name for path in (prefix / "share" / "bash-completion" / "completions").iterdir()) == ["clq"]


def test_a_c_program_answers_the_defining_question(prefix, tmp_path):
    program = tmp_path / "ask"
    subprocess.run(["cc", "-std=c99", "-Wall", "-Wextra", "-Werror", str(ROOT / "Examples" / "C" / "ask.c"),
                    "-I", str(prefix / "include"), "-L", str(prefix / "lib"), "-lclq",
                    f"-Wl,-rpath,{prefix / 'lib'}", "-o", str(program)], check=True)
    linked = subprocess.run(["ldd", str(program)], capture_output=True, text=True, check=True).stdout
    assert f"libclq.so => {prefix / 'lib' / 'libclq.so'}" in linked
    answered = subprocess.run([str(program)], capture_output=True, text=True, env=plain_environment(prefix))
    assert (answered.returncode, answered.stderr) == (0, f"libclq {VERSION}\n")
    document = json.loads(answered.stdout)
    assert document["query"] == DEFINING
    assert [(row["id"], row["certainty"]) for row in document["results"]] == [
        ("ModelAccess", "holds"), ("AzureMainHost", "may-hold")]


def test_the_python_package_finds_the_installed_library(prefix, tmp_path):
    site = tmp_path / "site"
    source = tmp_path / "source"
    shutil.copytree(ROOT / "bindings" / "python", source)
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-build-isolation", "--no-deps",
                    "--no-index", "--target", str(site), str(source)], check=True)
    code = ("import clq\n"
            f"answer = clq.Session().ask({DEFINING!r})\n"
            "print([(row['id'], row['certainty']) for row in answer['results']])\n")
    answered = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=plain_environment(prefix, PYTHONPATH=str(site)))
    assert (answered.returncode, answered.stderr) == (0, "")
    assert answered.stdout == "[('ModelAccess', 'holds'), ('AzureMainHost', 'may-hold')]\n"


def test_the_manifest_lists_what_was_installed(prefix):
    manifest = (prefix / "share" / "clq" / "install-manifest").read_text().splitlines()
    assert manifest[0] == f"# clq {VERSION} installed under {prefix}; script/install --uninstall removes these"
    listed = sorted(line.split(" ", 1)[1] for line in manifest if line.startswith("file "))
    assert listed == sorted(set(files_under(prefix)) - set(FOREIGN))
    assert "bin/clq" in listed and "lib/libclq.so" in listed and "include/clq.h" in listed


def test_installing_again_then_uninstalling_removes_exactly_what_was_installed(prefix, tmp_path):
    """On a copy of the prefix, so that the other tests keep theirs: installing again replaces the install
    (reusing the release build), and --uninstall then leaves only what was there before it."""
    copy = tmp_path / "prefix"
    shutil.copytree(prefix, copy, symlinks=True)
    subprocess.run([str(ROOT / "script" / "install"), "--prefix", str(copy)], check=True)
    manifest = (copy / "share" / "clq" / "install-manifest").read_text()
    assert manifest == (prefix / "share" / "clq" / "install-manifest").read_text().replace(str(prefix), str(copy))
    removed = subprocess.run([str(ROOT / "script" / "install"), "--uninstall", "--prefix", str(copy)],
                             capture_output=True, text=True)
    assert (removed.returncode, removed.stderr) == (0, f"install: removed clq from {copy}\n")
    assert files_under(copy) == sorted(FOREIGN)
    assert folders_under(copy) == ["bin", "lib", "share", "share/man", "share/man/man1"]
    again = subprocess.run([str(ROOT / "script" / "install"), "--uninstall", "--prefix", str(copy)],
                           capture_output=True, text=True)
    assert (again.returncode, again.stderr) == (1, f"install: nothing to uninstall: no {copy}/share/clq/install-manifest\n")


def swift_runtime_folder():
    """The folder of the toolchain's Swift runtime, where the debug build loads libswiftCore.so from."""
    linked = subprocess.run(["ldd", CLQ], capture_output=True, text=True, check=True).stdout
    for line in linked.splitlines():
        if "libswiftCore.so =>" in line:
            return line.split("=>")[1].split("(")[0].strip().rsplit("/", 1)[0]
    pytest.fail("the debug build does not load libswiftCore.so")


def test_the_installed_programs_run_with_the_runtime_folder_hidden(prefix):
    """Hides the toolchain's runtime folder under an empty tmpfs, in a mount namespace of its own (which needs
    root): the debug build can no longer start there, the installed clq, servers and C library still work."""
    folder = swift_runtime_folder()
    hidden = ["unshare", "--mount", "sh", "-c", f'mount -t tmpfs none "{folder}" && exec "$@"', "hidden"]
    probe = subprocess.run(hidden + ["true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a mount namespace here: {probe.stderr.strip()}")
    debug = subprocess.run(hidden + [CLQ, "--version"], capture_output=True, text=True)
    assert debug.returncode != 0 and "libswift" in debug.stderr
    answered = subprocess.run(hidden + [str(prefix / "bin" / "clq"), "-e", DEFINING], capture_output=True,
                              text=True, env=plain_environment(prefix))
    assert (answered.returncode, answered.stderr) == (0, "")
    assert answered.stdout.endswith("2 results: 1 holds, 1 may hold (in 2031)\n")
    for program in ["clq-lsp", "clq-mcp"]:
        shown = subprocess.run(hidden + [str(prefix / "bin" / program), "--version"], capture_output=True, text=True)
        assert (shown.returncode, shown.stdout) == (0, VERSION + "\n")
    code = f"import ctypes; print(ctypes.CDLL({str(prefix / 'lib' / 'libclq.so')!r}).clq_version)"
    loaded = subprocess.run(hidden + [sys.executable, "-c", code], capture_output=True, text=True)
    assert (loaded.returncode, loaded.stderr) == (0, "")
