"""Who may use the server: loopback by default, a password (hashed) for any other address.

Sessions live in memory (a random token in an HttpOnly cookie); each session has its own CSRF
token that every POST must carry (form field ``csrf`` or header ``X-CSRF-Token``). Failed logins
from one client are answered more and more slowly (a pause that doubles, capped), so a password
cannot be guessed at speed.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from dataclasses import dataclass, field

SESSION_COOKIE = "drafter_session"
SESSION_SECONDS = 12 * 3600
PAUSE_FIRST, PAUSE_MAX = 1.0, 30.0  # seconds after a failed login, doubling per failure
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def is_loopback(host: str) -> bool:
    """True for 127.0.0.1, ::1, localhost: only this machine can connect."""
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``scrypt$<salt hex>$<hash hex>``: what is kept in memory, never the password itself."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_password(password: str, hashed: str) -> bool:
    try:
        scheme, salt, digest = hashed.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), dklen=32, **_SCRYPT)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


@dataclass
class Session:
    csrf: str
    expires: float
    user: bool = False  # logged in (always True when no password is needed)


@dataclass
class Guard:
    """Sessions, CSRF tokens and the login pause of one running server."""

    password_hash: str | None = None  # None: no login (loopback only)
    sessions: dict[str, Session] = field(default_factory=dict)
    failures: dict[str, tuple[int, float]] = field(default_factory=dict)  # client → (count, until)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def needs_login(self) -> bool:
        return self.password_hash is not None

    def session(self, token: str | None) -> Session | None:
        with self.lock:
            found = self.sessions.get(token or "")
            if found is None:
                return None
            if found.expires < time.time():
                del self.sessions[token]
                return None
            return found

    def new_session(self, logged_in: bool) -> tuple[str, Session]:
        token = secrets.token_urlsafe(32)
        session = Session(csrf=secrets.token_urlsafe(24), expires=time.time() + SESSION_SECONDS,
                          user=logged_in or not self.needs_login)
        with self.lock:
            now = time.time()
            for key in [k for k, s in self.sessions.items() if s.expires < now]:
                del self.sessions[key]
            self.sessions[token] = session
        return token, session

    def end_session(self, token: str | None) -> None:
        with self.lock:
            self.sessions.pop(token or "", None)

    def pause_left(self, client: str) -> float:
        """Seconds this client must still wait before trying a password again."""
        with self.lock:
            count, until = self.failures.get(client, (0, 0.0))
        return max(0.0, until - time.time())

    def login(self, client: str, password: str) -> bool:
        """Check ``password``; a failure makes the client wait longer before the next try."""
        if self.pause_left(client) > 0:
            return False
        ok = self.password_hash is not None and verify_password(password, self.password_hash)
        with self.lock:
            if ok:
                self.failures.pop(client, None)
            else:
                count = self.failures.get(client, (0, 0.0))[0] + 1
                self.failures[client] = (count, time.time() + min(PAUSE_MAX, PAUSE_FIRST * 2 ** (count - 1)))
        return ok

    @staticmethod
    def csrf_ok(session: Session | None, sent: str | None) -> bool:
        return session is not None and bool(sent) and hmac.compare_digest(session.csrf, sent or "")
