"""tdkt.collector: no collector pass during bulk work, survivors frozen only on success,
nested blocks deferring to the outermost, big containers emptied entry by entry."""

from __future__ import annotations

import gc

import pytest

from tdkt.collector import collector_paused, drop_gradually, paused


@pytest.fixture(autouse=True)
def fresh_collector():  # type: ignore[no-untyped-def]
    gc.unfreeze()
    gc.enable()
    yield
    gc.unfreeze()
    gc.enable()


def test_the_collector_is_off_during_the_block_and_back_after():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_survives_a_successful_block_is_frozen():
    with collector_paused():
        kept = [[n] for n in range(1000)]
    assert gc.get_freeze_count() >= len(kept)


def test_a_failed_block_freezes_nothing_and_still_resumes():
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("hỏng")
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_a_nested_block_leaves_the_collector_to_the_outermost():
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_a_method_runs_paused():
    class Work:
        @paused
        def run(self) -> bool:
            return gc.isenabled()

    assert Work().run() is False
    assert gc.isenabled()


def test_dropping_gradually_empties_every_container():
    table, items = {n: str(n) for n in range(100)}, list(range(100))
    drop_gradually(table, items)
    assert table == {} and items == []


def test_a_collector_already_off_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
