"""Logins under attack (issue 11 §2): simultaneous guesses are counted one by one, a
stranger slows only their own address down, an unknown name costs what a known one does.
The server's clock is fixed: the throttle's windows pass by advancing it, never by sleeping.
"""

import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from sync.server.auth import PasswordChecks
from sync.server.cli import main as server_main
from sync.server.schema import audit
from sync.server.throttle import ACCOUNT, source_key
from tests.helpers.attack import enroll, source

DEVICE = "0190bbbb-0000-7000-8000-0000000000{:02d}"


def checks(srv) -> PasswordChecks:
    return srv._server.config.app.state.password_checks


def url(srv) -> str:
    return srv.url.replace("localhost", "127.0.0.1")


def failures(srv) -> int:
    with srv.store.read() as conn:
        return conn.execute(select(func.count()).select_from(audit)
                            .where(audit.c.action == "login_failed")).scalar_one()


def test_simultaneous_wrong_passwords_are_counted_one_by_one(any_server) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    with ThreadPoolExecutor(max_workers=60) as pool:
        answers = list(pool.map(
            lambda i: enroll(url(any_server), "ana", DEVICE.format(i), password="wrong"),
            range(60)))
    codes = sorted(a.status_code for a in answers)
    assert codes.count(401) == ACCOUNT.burst and codes.count(429) == 60 - ACCOUNT.burst
    assert checks(any_server).checked == ACCOUNT.burst
    assert failures(any_server) == ACCOUNT.burst
    slowed = next(a for a in answers if a.status_code == 429)
    assert slowed.json()["code"] == "too_many_attempts"
    assert 1 <= int(slowed.headers["Retry-After"]) <= 60


def test_a_stranger_cannot_lock_the_real_user_out(any_server) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    stranger = source("127.0.0.2")
    guesses = [enroll(url(any_server), "ana", DEVICE.format(1), password=f"guess{i}",
                      session=stranger).status_code for i in range(20)]
    assert guesses == [401] * ACCOUNT.burst + [429] * (20 - ACCOUNT.burst)
    with any_server.store.read() as conn:
        row = conn.execute(select(audit.c.detail).where(audit.c.action == "login_failed")
                           ).first()
    assert '"source":"127.0.0.2"' in row.detail
    # Ana, from her own address, is let in at once.
    assert enroll(url(any_server), "ana", DEVICE.format(2)).status_code == 200
    # The stranger's address waits; a minute later it may try once more.
    assert enroll(url(any_server), "ana", DEVICE.format(1), session=stranger
                  ).status_code == 429
    any_server.store.clock.advance(timedelta(minutes=1))
    assert enroll(url(any_server), "ana", DEVICE.format(1), password="x",
                  session=stranger).status_code == 401
    assert enroll(url(any_server), "ana", DEVICE.format(1), password="x",
                  session=stranger).status_code == 429


def test_an_administrator_unlocks_a_user(any_server, capsys) -> None:
    any_server.add_user("ana", "promotor", "PIL")
    for _ in range(ACCOUNT.burst):
        assert enroll(url(any_server), "ana", DEVICE.format(1), password="x").status_code == 401
    assert enroll(url(any_server), "ana", DEVICE.format(1)).status_code == 429
    assert server_main(["--db", any_server.store.url, "user", "unlock", "Ana"]) == 0
    assert "ana" in capsys.readouterr().out
    assert enroll(url(any_server), "ana", DEVICE.format(1)).status_code == 200
    assert server_main(["--db", any_server.store.url, "user", "unlock", "nadie"]) == 1
    with any_server.store.read() as conn:
        assert conn.execute(select(func.count()).select_from(audit)
                            .where(audit.c.action == "unlock")).scalar_one() == 1


def test_an_unknown_user_costs_what_a_known_one_costs(any_server) -> None:
    any_server.add_user("ana", "promotor", "PIL")

    def timed(username: str) -> float:
        start = time.perf_counter()
        assert enroll(url(any_server), username, DEVICE.format(1), password="x"
                      ).status_code == 401
        return time.perf_counter() - start

    enroll(url(any_server), "warm-up", DEVICE.format(1), password="x")  # the dummy hash
    # Interleaved, so a burst of load on a shared machine weighs on both alike.
    pairs = [(timed("ana"), timed(f"nadie{i}")) for i in range(5)]
    known = statistics.median(k for k, _ in pairs)
    unknown = statistics.median(u for _, u in pairs)
    assert 0.5 < unknown / known < 2, (known, unknown)


def test_only_failures_count_an_office_behind_one_address_enrolls_freely(server) -> None:
    from sync.server.throttle import SOURCE

    for i in range(SOURCE.burst + 5):
        server.add_user(f"promotor{i}", "promotor", "PIL")
        assert enroll(url(server), f"promotor{i}", DEVICE.format(i)).status_code == 200


@pytest.mark.parametrize(("source", "key"), [
    ("203.0.113.7", "203.0.113.7"),
    ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
    ("2001:db8:1:2::1", "2001:db8:1:2::/64"),  # the same client, another address
    ("2001:db8:1:3::1", "2001:db8:1:3::/64"),
    ("::ffff:203.0.113.7", "203.0.113.7"),
    ("", ""), ("testclient", "testclient"),
])
def test_an_ipv6_source_is_throttled_by_its_64(source: str, key: str) -> None:
    assert source_key(source) == key
