"""Optional sign-in with roles: `thu_ky` may write, `xem` may only read."""
