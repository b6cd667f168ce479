"""Timing helpers: medians of wall and processor time, the machine's load, child processes.

Wall time is what the user waits; processor time of this process is steadier when other
programs share the machine, so figures report both where they can differ.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Children compile the project's modules once and reuse them, as an installed copy does
# (pip compiles on install; Python writes the cache on first import). This machine sets
# PYTHONDONTWRITEBYTECODE, so the cache goes to a folder of its own, out of the sources.
BYTECODE = {"PYTHONPYCACHEPREFIX": str(ROOT / "bench" / "data" / "pycache")}


def child_environment(extra: dict[str, str] | None = None, bytecode: bool = True) -> dict[str, str]:
    env = {**os.environ, **(extra or {})}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(BYTECODE)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@dataclass(frozen=True)
class Timing:
    wall_ms: float  # median
    cpu_ms: float  # median processor time of this process (every thread)
    worst_ms: float
    result: Any  # of the last run


def timed(work: Callable[[], Any], repeats: int, warm: bool = False) -> Timing:
    """Run `work` `repeats` times (once more first if `warm`: a user's second look)."""
    if warm:
        work()
    walls, cpus, result = [], [], None
    for _ in range(max(1, repeats)):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return Timing(statistics.median(walls), statistics.median(cpus), max(walls), result)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def load_average() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_child(module: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `python -m module args...` from the project folder; its stdout's last line is
    JSON. A failure shows the child's stderr."""
    child = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=child_environment(env),
    )
    if child.returncode != 0:
        raise RuntimeError(f"{module} failed ({child.returncode}):\n{child.stderr[-4000:]}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def rounded(value: float, places: int = 1) -> float:
    return round(value, places)
