"""Where this laptop's data lives by default. Light: the command line reads it before the
unlock window shows, when nothing of the store may load yet."""

from pathlib import Path

import platformdirs


def default_data_dir() -> Path:
    return platformdirs.user_data_path("defensoria", "CCPD-Ambato")
