"""The wire between the desktop client and the central server."""
