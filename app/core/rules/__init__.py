"""Rules every entry point obeys: UI, CLI, import and sync go through the services."""
