"""The suite's shared fixtures live in tests/helpers/, loaded here as plugins.

tests.helpers.fixtures: catalogs → data folder → workspace (a real SQLCipher store), with
the clock fixed at NOW; tests.helpers.server: the real server on loopback and enrolled
devices. Helper modules get pytest's assertion rewriting like test modules do.
"""

import pytest

pytest.register_assert_rewrite("tests.helpers")

pytest_plugins = ("tests.helpers.fixtures", "tests.helpers.server")
