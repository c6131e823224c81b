"""script/version: the VERSION file is the one place the version is set; every copy and release tag follows it."""

import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
COPIES = ["Sources/ClauseSystem/Version.swift", "bindings/python/pyproject.toml", "bindings/python/clq/__init__.py"]


def copy_of_the_tree(tmp_path):
    """A git repository holding VERSION, script/version and the copies of the version."""
    for name in ["VERSION", "script/version", *COPIES]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, tmp_path / name)
    git = ["git", "-C", str(tmp_path), "-c", "user.name=test", "-c", "user.email=test@example.invalid"]
    subprocess.run(git[:3] + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "tree"], check=True)
    return tmp_path, git


def version(tree, *arguments):
    return subprocess.run([str(tree / "script" / "version"), *arguments], capture_output=True, text=True)


def test_the_copies_agree_with_the_version_file():
    checked = version(ROOT, "--check")
    assert (checked.returncode, checked.stderr) == (0, "")
    number = (ROOT / "VERSION").read_text().strip()
    assert version(ROOT).stdout == number + "\n"
    assert version(ROOT, "--tag").stdout == f"v{number}\n"


def test_set_changes_every_copy(tmp_path):
    tree, _ = copy_of_the_tree(tmp_path)
    assert version(tree, "--set", "2.3.4").returncode == 0
    assert (tree / "VERSION").read_text() == "2.3.4\n"
    assert 'public let clqVersion = "2.3.4"\n' in (tree / COPIES[0]).read_text()
    assert 'version = "2.3.4"\n' in (tree / COPIES[1]).read_text()
    assert '__version__ = "2.3.4"\n' in (tree / COPIES[2]).read_text()
    assert version(tree, "--check").returncode == 0
    assert version(tree, "--set", "2.3").returncode == 2


def test_check_names_a_copy_that_differs(tmp_path):
    tree, _ = copy_of_the_tree(tmp_path)
    (tree / "VERSION").write_text("9.9.9\n")
    checked = version(tree, "--check")
    assert checked.returncode == 1
    assert checked.stderr.splitlines() == [
        "Sources/ClauseSystem/Version.swift: no line 'public let clqVersion = \"9.9.9\"' (VERSION says 9.9.9)",
        "bindings/python/pyproject.toml: no line 'version = \"9.9.9\"' (VERSION says 9.9.9)",
        "bindings/python/clq/__init__.py: no line '__version__ = \"9.9.9\"' (VERSION says 9.9.9)",
    ]


def test_a_release_tag_must_name_the_version(tmp_path):
    tree, git = copy_of_the_tree(tmp_path)
    number = (ROOT / "VERSION").read_text().strip()
    subprocess.run(git + ["tag", f"v{number}"], check=True)
    assert version(tree, "--check").returncode == 0
    subprocess.run(git + ["tag", "v0.0.1"], check=True)
    checked = version(tree, "--check")
    assert checked.returncode == 1
    assert checked.stderr == (f"the current commit is tagged 'v0.0.1', but VERSION says {number} (tag v{number})\n")
