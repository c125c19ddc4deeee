"""The central office server: FastAPI app, auth, scope, change feed, storage, admin CLI."""
