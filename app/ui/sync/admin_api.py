"""What the users page needs of the server's administration: `sync.admin_client.
AdminClient` (the page itself imports no sync code, so the window starts without it)."""

from typing import Any, Protocol


class AdminApi(Protocol):
    """What the page needs of `sync.admin_client.AdminClient`."""

    def users(self) -> list[Any]:
        ...

    def add_user(self, username: str, role: str, parish: str, password: str) -> Any:
        ...

    def disable(self, username: str) -> None:
        ...

    def reset_password(self, username: str, password: str) -> None:
        ...

    def devices(self) -> list[Any]:
        ...

    def revoke(self, device_id: str) -> None:
        ...

    def reassign(self, source: str, target: str) -> dict[str, int]:
        ...
