"""tdkt.collector: no collector pass during bulk work, survivors frozen only on success,
nested blocks deferring to the outermost, big containers emptied entry by entry."""

from __future__ import annotations

import gc
import weakref

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


def test_without_keep_what_the_block_left_in_cycles_is_freed_not_frozen():
    class Node:
        pass

    made = []
    with collector_paused(keep=False):  # as documents are made
        for _ in range(100):
            node = Node()
            node.itself = node
            made.append(weakref.ref(node))
        del node
    assert gc.get_freeze_count() == 0
    assert all(ref() is None for ref in made)


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


@pytest.fixture
def records(services):  # type: ignore[no-untyped-def]
    from tdkt.nominations.types import BatchDraft, LineDraft
    from tests.factories import add_award, add_person, add_unit

    office = add_unit(services)
    for n in range(1, 4):
        add_person(services, office.id, f"CN0{n}", f"Nguyễn Văn {'ABC'[n - 1]}")
        services.ratings.set_rating("ca_nhan", n, 2025, "HTXSNV")
        add_award(services, f"CN0{n}", "LDTT", 2025, decision_no="1/QĐ-SCT")
    batch = services.nominations.create_batch(
        BatchDraft(name="CSTDCS-2025", title_code="CSTDCS", year=2025)
    )
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "CSTDCS", 2025))
    return services, batch.batch.id


@pytest.mark.parametrize(
    "work",
    ["awards", "people", "initiatives", "verdicts", "explanation", "line checks"],
)
def test_work_whose_results_are_frozen_leaves_nothing_in_cycles(records, work):
    # Frozen objects are never collected: what such work leaves in reference cycles would
    # stay for the life of the application (an alias built per call left 850 per list).
    services, batch_id = records
    method, args = {
        "awards": (services.awards.list_rows, ()),
        "people": (services.people.list_rows, ()),
        "initiatives": (services.initiatives.list_rows, ()),
        "verdicts": (services.eligibility.report, (2025, "CSTDCS")),
        "explanation": (services.eligibility.explain, ("ca_nhan", 1, "CSTDCS", 2025)),
        "line checks": (services.nominations.line_checks, (batch_id,)),
    }[work]
    unpaused = method.__wrapped__  # as the work itself leaves it, before anything is frozen
    unpaused(method.__self__, *args)  # caches, compiled statements: made once
    gc.collect()
    unpaused(method.__self__, *args)
    assert gc.collect() <= 50
