"""The peers' venvs for the parity scripts (scripts/ref_cbpe.py: NannyML, scripts/ref_mmd.py: alibi-detect).

A peer that is not in Debian is installed from PyPI, at a pinned version, into a venv beside the scripts
(git-ignored); `run_in(venv, pins)` creates it on first use and re-executes the calling script there.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run_in(name: str, pins: list, script: str) -> None:
    """Returns when already running in scripts/<name>; otherwise creates it if needed and execs `script` there."""
    venv = os.path.join(HERE, name)
    if os.path.realpath(sys.prefix) == os.path.realpath(venv):
        return
    python = os.path.join(venv, 'bin', 'python')
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, '-m', 'venv', venv])
        subprocess.check_call([python, '-m', 'pip', 'install', '-q', *pins])
    os.execv(python, [python, os.path.abspath(script), *sys.argv[1:]])
