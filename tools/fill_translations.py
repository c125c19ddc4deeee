"""Merge a {source: translation} dict from a Python file into core_es.ts.

Usage: .venv/bin/python tools/fill_translations.py FILE.py  (FILE defines ES = {...})
"""

import runpy
import sys

from update_translations import TS_FILE, core_strings, existing, write

if __name__ == "__main__":
    extra = runpy.run_path(sys.argv[1])["ES"]
    left = write(TS_FILE, core_strings(), {**existing(TS_FILE), **extra})
    print(f"{left} unfinished")
