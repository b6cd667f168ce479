"""Password hashing with scrypt from the standard library: salted, slow, parameters stored.

A stored hash reads `scrypt$N$r$p$salt$hash` (salt and hash in base64), so the cost can be
raised later without invalidating old passwords.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

COST = 2**14  # N: about 16 MB and some 50 ms per check on an office PC
BLOCK_SIZE = 8
PARALLELISM = 1
KEY_LENGTH = 32
SALT_BYTES = 16


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(password, salt, COST, BLOCK_SIZE, PARALLELISM)
    return "$".join(
        ("scrypt", str(COST), str(BLOCK_SIZE), str(PARALLELISM), _b64(salt), _b64(digest))
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * 1024 * 1024,
        dklen=KEY_LENGTH,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
