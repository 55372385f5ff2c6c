"""Running the command line in a test as a user would, and reading its answer."""

from __future__ import annotations

from tracker.cli import main


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of `tracker ARGS` (argparse's usage errors
    included, which leave by SystemExit)."""
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> str:
    """The one line of an error, which must be a sentence of tracker's, never an internal error."""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tracker: error: ") and "internal error" not in err, err
    return lines[0]
