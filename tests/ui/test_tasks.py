"""The task runner does work off the GUI thread and delivers results on it."""

from __future__ import annotations

import threading

import pytest

from ui.tasks import ProgressBridge, TaskRunner


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def test_work_runs_on_the_worker_and_result_arrives_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    seen = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    with qtbot.waitSignal(runner._finished, timeout=5000):
        runner.run(work, lambda result: seen.update(result=result, callback=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert not runner.busy


def test_errors_reach_the_error_callback(qtbot, runner):
    errors = []

    def work() -> None:
        raise ValueError("hỏng")

    runner.run(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_progress_bridge_clamps_and_cancels(qtbot):
    bridge = ProgressBridge()
    with qtbot.waitSignal(bridge.progressed) as blocker:
        bridge.report(1.7, "xong")
    assert blocker.args == [1.0, "xong"]
    assert not bridge.cancelled()
    bridge.cancel()
    assert bridge.cancelled()
