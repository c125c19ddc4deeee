"""The device side of sync: outbox, inbox, sync state, conflicts and needs-attention.

The wire (protocol, HTTP client, USB bundles) lives in the top-level `sync` package.
"""
