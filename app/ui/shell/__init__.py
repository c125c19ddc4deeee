"""The frame around the work: main window, unlock and first run, menus, status bar,
sections, the session and the context every view is built from."""
