"""Faults while clq writes files: `clq fmt` and `clq compile` write through links, keep a file's
identity, owner and mode, refuse what the user could not write with `>>`, and leave the old file
whole when the disk is full.

The tests that need another user run clq as `nobody` and are skipped unless run as root.
"""

import os
import pwd
import resource
import shutil
import signal
import stat
import subprocess
import tempfile

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("CLQ_BINARY", os.path.join(ROOT, ".build", "debug", "clq"))
MESSY = 'party  Ada "Ada".\n# a comment\nlist parties ?\n'
TIDY = 'party Ada "Ada".\n# a comment\nlist parties?\n'
IS_ROOT = os.geteuid() == 0
NOBODY = pwd.getpwnam("nobody").pw_uid if IS_ROOT else None
as_root = pytest.mark.skipif(not IS_ROOT, reason="needs root to run clq as another user")


def clq(*args, user=None, limit=None, cwd=None, input=""):
    """Runs clq; `user` runs it as that uid (and its group), `limit` caps the size of files it writes."""
    def prepare():
        if limit is not None:
            # Beyond the limit a write fails with EFBIG, as on a full disk, instead of raising SIGXFSZ.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    extra = {}
    if user is not None:
        extra = {"user": user, "group": pwd.getpwuid(user).pw_gid, "extra_groups": []}
    return subprocess.run([BINARY, *args], input=input, capture_output=True, text=True, preexec_fn=prepare, cwd=cwd,
                          env={**os.environ, "NO_COLOR": "1"}, **extra)


@pytest.fixture
def home():
    """A folder anyone may write in (clq runs as another user in some tests), removed afterwards."""
    path = tempfile.mkdtemp(prefix="clq-e2e-files-")
    os.chmod(path, 0o777)
    yield path
    os.chmod(path, 0o777)
    shutil.rmtree(path)


def write(path, text, mode=0o644, owner=None):
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    os.chmod(path, mode)
    if owner is not None:
        os.chown(path, *owner)


def read(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


def test_fmt_writes_through_a_symbolic_link_and_keeps_it(home):
    write(os.path.join(home, "real.clq"), MESSY)
    os.symlink("real.clq", os.path.join(home, "link.clq"))
    result = clq("fmt", "link.clq", cwd=home)
    assert (result.returncode, result.stderr) == (0, "")
    assert os.path.islink(os.path.join(home, "link.clq"))
    assert read(os.path.join(home, "real.clq")) == TIDY
    assert sorted(os.listdir(home)) == ["link.clq", "real.clq"]


def test_fmt_keeps_a_hard_linked_file_one_file(home):
    first, second = os.path.join(home, "one.clq"), os.path.join(home, "two.clq")
    write(first, MESSY)
    os.link(first, second)
    inode = os.stat(first).st_ino
    assert clq("fmt", first).returncode == 0
    assert os.stat(first).st_ino == inode and os.stat(first).st_nlink == 2
    assert read(second) == TIDY


def test_fmt_refuses_a_fifo_and_leaves_it(home):
    fifo = os.path.join(home, "pipe.clq")
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"printf '%s' '{MESSY}' > {fifo}"])
    result = clq("fmt", fifo)
    writer.wait()
    assert result.returncode == 66
    assert result.stderr == f"clq: cannot write '{fifo}': not a regular file\n"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(home) == ["pipe.clq"]


@as_root
def test_fmt_keeps_the_owner_and_mode(home):
    path = os.path.join(home, "theirs.clq")
    write(path, MESSY, mode=0o640, owner=(1234, 5678))
    assert clq("fmt", path).returncode == 0
    status = os.stat(path)
    assert (status.st_uid, status.st_gid, stat.S_IMODE(status.st_mode)) == (1234, 5678, 0o640)
    assert read(path) == TIDY


@as_root
def test_fmt_refuses_a_read_only_file(home):
    path = os.path.join(home, "locked.clq")
    write(path, MESSY, mode=0o444, owner=(NOBODY, 0))
    result = clq("fmt", path, user=NOBODY)
    assert result.returncode == 66
    assert result.stderr == f"clq: cannot write '{path}': Permission denied\n"
    assert read(path) == MESSY
    assert os.listdir(home) == ["locked.clq"]


@as_root
def test_fmt_refuses_a_file_in_a_folder_where_no_temporary_file_can_be_made(home):
    os.chmod(home, 0o755)
    path = os.path.join(home, "a.clq")
    write(path, MESSY, mode=0o644, owner=(NOBODY, 0))
    result = clq("fmt", path, user=NOBODY)
    assert result.returncode == 66
    assert result.stderr == f"clq: cannot write '{path}': cannot create a temporary file in '{home}': Permission denied\n"
    assert read(path) == MESSY


@as_root
def test_fmt_writes_a_file_of_another_user_in_place_keeping_its_owner(home):
    path = os.path.join(home, "shared.clq")
    write(path, MESSY, mode=0o666, owner=(0, 0))
    inode = os.stat(path).st_ino
    result = clq("fmt", path, user=NOBODY)
    assert (result.returncode, result.stderr) == (0, "")
    status = os.stat(path)
    assert (status.st_ino, status.st_uid, stat.S_IMODE(status.st_mode)) == (inode, 0, 0o666)
    assert read(path) == TIDY


def test_a_full_disk_leaves_the_file_whole(home):
    path = os.path.join(home, "big.clq")
    original = MESSY + "# " + "x" * 5000 + "\n"
    write(path, original)
    result = clq("fmt", path, limit=1000)
    assert result.returncode == 66
    assert result.stderr == f"clq: cannot write '{path}': File too large\n"
    assert read(path) == original
    assert os.listdir(home) == ["big.clq"]


def test_a_full_disk_leaves_a_growing_hard_linked_file_whole(home):
    path = os.path.join(home, "grows.clq")
    original = 'party A "A".\nasset Z "Z".\nagreement G "g" between A and A { clause C: right of A against A to use Z. }\n'
    write(path, original)
    os.link(path, os.path.join(home, "other.clq"))
    result = clq("fmt", path, limit=len(original))
    assert result.returncode == 66
    assert result.stderr == f"clq: cannot write '{path}': File too large\n"
    assert read(path) == original


def test_a_vanished_folder_is_an_error(home):
    write(os.path.join(home, "kb.clq"), 'party Ada "Ada".\n')
    gone = os.path.join(home, "gone")
    result = clq("compile", os.path.join(home, "kb.clq"), "-o", os.path.join(gone, "kb.clqx"))
    assert result.returncode == 73
    assert result.stderr == f"clq: cannot write '{gone}/kb.clqx': No such file or directory\n"
    assert os.listdir(home) == ["kb.clq"]


def test_compile_writes_through_a_symbolic_link(home):
    write(os.path.join(home, "kb.clq"), 'party Ada "Ada".\n')
    os.symlink("real.clqx", os.path.join(home, "kb.clqx"))
    result = clq("compile", "kb.clq", cwd=home)
    assert (result.returncode, result.stderr) == (0, "")
    assert os.path.islink(os.path.join(home, "kb.clqx"))
    assert clq("run", "--kb", "real.clqx", "-", cwd=home, input="list parties?").stdout.startswith("certainty")
    assert sorted(os.listdir(home)) == ["kb.clq", "kb.clqx", "real.clqx"]


@as_root
def test_a_history_file_that_cannot_be_read_is_left_alone(home):
    import pexpect

    history = os.path.join(home, "history")
    write(history, "kept entry\n", mode=0o200, owner=(NOBODY, 0))

    def become_nobody():
        os.setgroups([])
        os.setgid(pwd.getpwuid(NOBODY).pw_gid)
        os.setuid(NOBODY)

    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "CLQ_HISTORY": history,
                   "NO_COLOR": "1", "TERM": "xterm", "CLQ_PAGER": ""}
    child = pexpect.spawn(BINARY, [], env=environment, encoding="utf-8", timeout=15, dimensions=(40, 200),
                          preexec_fn=become_nobody)
    try:
        child.expect_exact(f"warning: history not loaded: cannot read '{history}': Permission denied")
        child.expect_exact("clq> ")
        child.send("list prospects?\r")
        child.expect_exact("3 results")
        child.expect_exact("clq> ")
        child.sendeof()
        child.expect_exact(f"warning: history not saved: cannot read '{history}': Permission denied; "
                           "the file is left as it is")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert read(history) == "kept entry\n"
    assert stat.S_IMODE(os.stat(history).st_mode) == 0o200
