"""The encrypted local store: key management, engine, migrations."""
