"""The HTTP API under /api/v1, one router per feature; `sync.server.app` mounts them."""
