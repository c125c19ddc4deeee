"""`defensoria-server`: set up, administer and run the central server.

Administrators read English here; failures print one line and exit non-zero.
"""

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from app.core.catalogs import Catalogs
from sync.server import admin, audit_cli, releases_cli
from sync.server.auth import ROLES, add_user
from sync.server.migrate import upgrade
from sync.server.schema import devices, users
from sync.server.store import ServerStore, default_db_url


class Fail(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="defensoria-server",
                                     description="Defensoría central office server")
    parser.add_argument("--db", default=os.environ.get("DEFENSORIA_SERVER_DB"),
                        help="SQLAlchemy URL (default: a SQLite file in the data folder)")
    cmds = parser.add_subparsers(dest="command", required=True)
    cmds.add_parser("init", help="create or upgrade the database")
    user = cmds.add_parser("user", help="manage users").add_subparsers(dest="action",
                                                                        required=True)
    add = user.add_parser("add")
    add.add_argument("--username", required=True)
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--parish", default="")
    user.add_parser("list")
    disable = user.add_parser("disable")
    disable.add_argument("username")
    device = cmds.add_parser("device", help="manage devices").add_subparsers(dest="action",
                                                                            required=True)
    device.add_parser("list")
    revoke = device.add_parser("revoke")
    revoke.add_argument("device_id")
    serve = cmds.add_parser("serve", help="run the HTTP(S) server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--tls-cert", type=Path)
    serve.add_argument("--tls-key", type=Path)
    export = cmds.add_parser("export", help="export every record")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--out", type=Path, required=True)
    bundle = cmds.add_parser("import-bundle", help="apply a device's USB bundle")
    bundle.add_argument("file", type=Path)
    bundle.add_argument("--out", type=Path, required=True)
    releases_cli.add_parser(cmds)
    audit_cli.add_parser(cmds)
    return parser


def password() -> str:
    value = os.environ.get("DEFENSORIA_PASSWORD")
    if value:
        return value
    if not sys.stdin.isatty():
        raise Fail("set DEFENSORIA_PASSWORD or run the command in a terminal")
    return getpass.getpass("Password: ")


def run(args: argparse.Namespace, store: ServerStore) -> int:
    if args.command == "init":
        upgrade(store)
        admin.ensure_keys(store)
        from sync.server.releases import ensure_signing_key, release_key_path

        ensure_signing_key(store)
        print(f"database ready; release signing key in {release_key_path(store)}")
        return 0
    if args.command == "serve":
        from sync.server.serve import serve

        if bool(args.tls_cert) != bool(args.tls_key):
            raise Fail("give both --tls-cert and --tls-key")
        serve(store, Catalogs.load(), args.host, args.port, args.tls_cert, args.tls_key)
        return 0
    if args.command == "user" and args.action == "add":
        if args.role == "promotor" and not args.parish:
            raise Fail("a promotor needs --parish")
        if args.parish and args.parish.upper() not in Catalogs.load().territory.parishes:
            raise Fail(f"unknown parish code {args.parish}")
        secret = password()
        if len(secret) < 8:
            raise Fail("the password must have at least 8 characters")
        try:
            add_user(store, args.username, secret, args.role, args.parish.upper())
        except IntegrityError:
            raise Fail(f"user {args.username} already exists") from None
        print(f"user {args.username.strip().lower()} added")
        return 0
    if args.command == "user" and args.action == "list":
        with store.read() as conn:
            for row in conn.execute(select(users).order_by(users.c.username)):
                state = "disabled" if row.disabled else "active"
                print(f"{row.username}\t{row.role}\t{row.parish}\t{state}")
        return 0
    if args.command == "user" and args.action == "disable":
        with store.write() as conn:
            done = conn.execute(update(users).where(
                users.c.username == args.username.strip().lower()).values(disabled=True))
        if done.rowcount == 0:
            raise Fail(f"no user {args.username}")
        print(f"user {args.username} disabled")
        return 0
    if args.command == "device" and args.action == "list":
        with store.read() as conn:
            for row in conn.execute(select(devices).order_by(devices.c.enrolled_at)):
                state = "revoked" if row.revoked else "active"
                print(f"{row.id}\t{row.username}\t{row.name}\t{state}")
        return 0
    if args.command == "device" and args.action == "revoke":
        with store.write() as conn:
            done = conn.execute(update(devices).where(devices.c.id == args.device_id)
                                .values(revoked=True))
        if done.rowcount == 0:
            raise Fail(f"no device {args.device_id}")
        print(f"device {args.device_id} revoked")
        return 0
    if args.command == "export":
        count = admin.export_jsonl(store, args.out)
        print(f"exported {count} records to {args.out}")
        return 0
    if args.command == "import-bundle":
        summary = admin.import_bundle(store, Catalogs.load(), args.file, args.out)
        print(json.dumps(summary))
        return 0
    if args.command == "release":
        return releases_cli.run(args, store)
    if args.command == "audit":
        return audit_cli.run(args, store)
    raise Fail("unknown command")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    store = ServerStore(args.db or default_db_url())
    try:
        return run(args, store)
    except Fail as exc:
        message = str(exc)
    except admin.AdminError as exc:
        message = str(exc)
    except OperationalError as exc:
        message = f"database error: {exc.orig}"
    except OSError as exc:
        message = f"cannot use {exc.filename or ''}: {exc.strerror or exc}"
    finally:
        store.dispose()
    print(f"defensoria-server: {message}", file=sys.stderr)
    return 1
