"""Writing a PDF or DOCX in a short-lived child process.

The app runs for a whole shift, one process per desk on the station server.
fpdf2 parsing its TrueType fonts and python-docx with lxml take some 80 MB
that a process never gives back; written by a child, that memory goes when
the child ends, so every desk's app stays small. The child gets the
document pickled on stdin (from this same program, never from outside) and
answers a failure as JSON on stdout, which becomes the same exception here.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from sambang_tui.services.documents.model import Document

TIMEOUT_S = 600


def write_in_child(doc: Document, fmt: str, path: Path) -> Path:
    """``documents.write(doc, fmt, path)``, run by a child process.

    The child is isolated (``python -I``: no current folder on the import
    path, no ``PYTHON*`` variables, no user site) and starts in the root
    folder: a ``sambang_tui/__init__.py`` planted in the folder a desk
    exports from is never imported, whoever exports."""
    proc = subprocess.run(
        [sys.executable, "-I", "-m", __name__],
        input=pickle.dumps((doc, fmt, str(Path(path).absolute()))),
        capture_output=True,
        timeout=TIMEOUT_S,
        check=False,
        cwd=os.path.abspath(os.sep),
    )
    if proc.returncode == 0:
        return path
    try:
        failure = json.loads(proc.stdout)
    except ValueError:
        lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"exit {proc.returncode}") from None
    if "errno" in failure:
        raise OSError(failure["errno"], failure["strerror"], failure["filename"])
    raise RuntimeError(failure["message"])


def main() -> int:
    from sambang_tui.services.documents import write

    doc, fmt, path = pickle.load(sys.stdin.buffer)
    try:
        write(doc, fmt, Path(path))
    except OSError as exc:
        failure: dict[str, object] = {
            "errno": exc.errno,
            "strerror": exc.strerror or str(exc),
            "filename": exc.filename,
        }
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the app as text
        failure = {"message": f"{type(exc).__name__}: {exc}"}
    else:
        return 0
    print(json.dumps(failure))
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
