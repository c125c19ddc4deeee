"""What tests share: constants, fixtures (loaded as pytest plugins by tests/conftest.py)
and helper functions. Test modules import from here only, never from one another."""
