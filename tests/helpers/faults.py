"""A fault-injecting HTTP proxy between the client and the real server.

Each request takes the next planned action for its path (default: pass through):
drop_request — close the connection without forwarding; drop_response — forward, let the
server commit, then close without answering; error500 — answer 500 without forwarding;
twice — forward the same request twice concurrently, answer with one of them;
drop_last_result — forward, then remove the last change result from a push answer;
retry_last_result — forward, then turn the last change result into "retry";
kill — forward in the background and call `on_kill` (e.g. kill the server) at once;
slow — forward, then hold the answer until `release` is set (the client times out first);
old_server — forward, then take the scope's digest out of a pull answer (as a server
older than verified sync answers); forge — answer `forged` (a 401 body) without
forwarding (someone on a clear-http link).
`delivered` keeps every exchange whose answer reached the client: (path, request body,
the server's answer, the answer as delivered) — what the client saw, for the invariants
of tests/sync/test_stateful.py.
"""

import contextlib
import http.client
import json
import threading
from collections import defaultdict, deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class FaultProxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = urlsplit(upstream)
        self.plan: dict[str, deque[str]] = defaultdict(deque)
        self.on_kill: Callable[[], None] = lambda: None
        self.forwarded: list[str] = []
        self.delivered: list[tuple[str, bytes, bytes, bytes]] = []
        self.release = threading.Event()
        self.forged = b'{"code":"revoked","detail":""}'
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:
                proxy.handle(self, "GET")

            def do_POST(self) -> None:
                proxy.handle(self, "POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def add(self, path: str, *actions: str) -> None:
        self.plan[path].extend(actions)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def forward(self, method: str, path: str, headers: dict[str, str], body: bytes
                ) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection(self.upstream.hostname, self.upstream.port,
                                          timeout=60)
        try:
            conn.request(method, path, body=body or None, headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.getheaders(), resp.read()
        finally:
            conn.close()

    def handle(self, req: BaseHTTPRequestHandler, method: str) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length) if length else b""
        path = urlsplit(req.path).path
        action = self.plan[path].popleft() if self.plan[path] else "pass"
        headers = {k: v for k, v in req.headers.items() if k.lower() not in
                   ("host", "connection", "accept-encoding")}
        if action == "drop_request":
            req.close_connection = True
            return
        if action == "forge":
            self.reply(req, 401, [("Content-Type", "application/json")], self.forged)
            return
        if action == "error500":
            self.reply(req, 500, [("Content-Type", "text/plain")], b"boom")
            return
        if action == "kill":
            worker = threading.Thread(target=self._forward_quietly,
                                      args=(method, req.path, headers, body))
            worker.start()
            self.on_kill()
            worker.join(timeout=30)
            req.close_connection = True
            return
        if action == "twice":
            answers: list[tuple[int, list[tuple[str, str]], bytes]] = []
            workers = [threading.Thread(target=lambda: answers.append(
                self.forward(method, req.path, headers, body))) for _ in range(2)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            status, resp_headers, data = answers[0]
        else:
            status, resp_headers, data = self.forward(method, req.path, headers, body)
        self.forwarded.append(path)
        original = data
        if action == "slow":
            self.release.wait(timeout=60)
            req.close_connection = True
            return
        if action == "drop_response":
            req.close_connection = True
            return
        if action in ("drop_last_result", "retry_last_result"):
            doc = json.loads(data)
            if action == "drop_last_result":
                doc["results"] = doc["results"][:-1]
            else:
                doc["results"][-1].update(status="retry", version=None)
            data = json.dumps(doc).encode()
        if action == "old_server":
            doc = json.loads(data)
            doc.pop("digest", None)
            data = json.dumps(doc).encode()
        self.delivered.append((path, body, original, data))  # before the client reads it
        self.reply(req, status, resp_headers, data)

    def _forward_quietly(self, method: str, path: str, headers: dict[str, str],
                         body: bytes) -> None:
        with contextlib.suppress(OSError):
            self.forward(method, path, headers, body)

    @staticmethod
    def reply(req: BaseHTTPRequestHandler, status: int, headers: list[tuple[str, str]],
              data: bytes) -> None:
        req.send_response(status)
        for name, value in headers:
            if name.lower() not in ("content-length", "transfer-encoding", "connection",
                                    "date", "server", "content-encoding"):
                req.send_header(name, value)
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)
