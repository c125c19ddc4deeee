"""Headless commands and the entry point of the app (`defensoria`)."""

from app.cli.main import main

__all__ = ["main"]
