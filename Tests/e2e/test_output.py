"""Standard output as a file, a full disk and a pipe: what clq writes there arrives byte for byte,
and output that cannot be written is an error, never a success."""

import os
import signal
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("CLQ_BINARY", os.path.join(ROOT, ".build", "debug", "clq"))
FULL = "clq: cannot write to standard output: No space left on device\n"


def run(*args, input=b"", stdout=subprocess.PIPE, restore_signals=True):
    return subprocess.run([BINARY, *args], input=input, stdout=stdout, stderr=subprocess.PIPE,
                          restore_signals=restore_signals, env={**os.environ, "NO_COLOR": "1"})


def test_fmt_of_standard_input_keeps_bytes_that_are_not_utf8():
    text = b'\xef\xbb\xbfparty  A "x".  # caf\xe9\nlist parties ?\n'
    result = run("fmt", "-", input=text)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == b'\xef\xbb\xbfparty A "x". # caf\xe9\nlist parties?\n'


def test_a_full_disk_is_an_error_for_fmt():
    with open("/dev/full", "wb") as full:
        result = run("fmt", "-", input=b'party  A "x".\n', stdout=full)
    assert result.returncode == 74
    assert result.stderr.decode() == FULL


def test_a_full_disk_is_an_error_for_answers_help_and_checks():
    with open("/dev/full", "wb") as full:
        for args in (["-e", "list parties?"], ["--version"], ["--help"], ["run", "-"],
                     ["check", os.path.join(ROOT, "Samples", "licence.clq")]):
            result = run(*args, input=b"which rights hold for Microsoft in 2031?\n", stdout=full)
            assert (result.returncode, result.stderr.decode()) == (74, FULL), args


def test_a_full_disk_is_an_error_for_several_scripts():
    with tempfile.TemporaryDirectory(prefix="clq-e2e-output-") as folder:
        script = os.path.join(folder, "many.clq")
        with open(script, "w", encoding="utf-8") as file:
            file.write("which rights hold for Microsoft in 2031?\n" * 200)
        with open("/dev/full", "wb") as full:
            result = run("run", script, script, stdout=full)
    assert (result.returncode, result.stderr.decode()) == (74, FULL)


def reader_goes_away(restore_signals):
    """Starts clq on a long script, reads a little of its answers and closes the pipe."""
    with tempfile.TemporaryDirectory(prefix="clq-e2e-output-") as folder:
        script = os.path.join(folder, "many.clq")
        with open(script, "w", encoding="utf-8") as file:
            file.write("which rights hold for Microsoft in 2031?\n" * 2000)
        process = subprocess.Popen([BINARY, "run", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   restore_signals=restore_signals)
        process.stdout.read(100)
        process.stdout.close()
        status = process.wait(timeout=60)
        return status, process.stderr.read()


def test_a_reader_that_goes_away_ends_clq_by_sigpipe_quietly():
    assert reader_goes_away(restore_signals=True) == (-signal.SIGPIPE, b"")


def test_with_sigpipe_ignored_a_reader_that_goes_away_is_a_quiet_failure():
    # Python ignores SIGPIPE; without restore_signals the child inherits that and sees EPIPE.
    assert reader_goes_away(restore_signals=False) == (74, b"")
