"""Half-written backups left by a kill are swept once they are old, never while fresh."""

from __future__ import annotations

import os
import time

from tdkt.backups.files import PARTIAL_SUFFIX
from tdkt.backups.service import PARTIAL_MAX_AGE_S, sweep_partials


def test_old_partials_go_fresh_ones_stay(tmp_path):
    database = tmp_path / "tdkt.db"
    old = tmp_path / f"tdkt_2025-01-01_00-00-00_hang-ngay.db{PARTIAL_SUFFIX}"
    fresh = tmp_path / f"tdkt_2025-01-02_00-00-00_hang-ngay.db{PARTIAL_SUFFIX}"
    other = tmp_path / f"khac_2025-01-01_00-00-00_hang-ngay.db{PARTIAL_SUFFIX}"
    for path in (old, fresh, other):
        path.write_bytes(b"x")
    long_ago = time.time() - PARTIAL_MAX_AGE_S - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    sweep_partials(tmp_path, database)
    assert not old.exists()
    assert fresh.exists()
    assert other.exists()  # another database's backups are not ours to touch
