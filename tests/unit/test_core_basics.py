"""Core errors and feedback: messages name the layer and feature; cancel raises."""

from __future__ import annotations

import pytest

from ev_planner_plugin.core.errors import Cancelled, InputDataError, SourceFormatError
from ev_planner_plugin.core.feedback import Feedback, ensure_feedback


def test_input_data_error_names_layer_and_feature():
    error = InputDataError("width is negative (-2.0); enter a width in metres", "kerbs", 17)
    assert (
        str(error) == "Layer 'kerbs', feature 17: width is negative (-2.0); enter a width in metres"
    )
    assert error.layer == "kerbs" and error.feature_id == 17
    assert str(InputDataError("empty", "roads")) == "Layer 'roads': empty"


def test_source_format_error_names_file_and_location():
    error = SourceFormatError("expected an object", "orders.json", "$.data[3]")
    assert str(error) == "orders.json at $.data[3]: expected an object"


def test_feedback_collects_warnings_and_cancel_raises():
    class Stopping(Feedback):
        def is_canceled(self) -> bool:
            return True

    feedback = ensure_feedback(None)
    feedback.warn("3 kerbs had no width")
    feedback.set_progress(40)
    assert feedback.warnings == ["3 kerbs had no width"] and feedback.progress == 40
    feedback.check_canceled()  # not cancelled: no error
    with pytest.raises(Cancelled, match="no output was written"):
        Stopping().check_canceled()


def test_progress_range_maps_a_step_onto_the_parent():
    from ev_planner_plugin.core.feedback import ProgressRange

    parent = Feedback()
    step = ProgressRange(parent, 10.0, 50.0)
    step.set_progress(50)
    step.warn("one")
    assert parent.progress == 30.0 and parent.warnings == ["one"]
    assert step.is_canceled() is False


def test_progress_range_holds_back_chosen_warnings_and_asks_the_parent_to_cancel():
    from ev_planner_plugin.core.feedback import ProgressRange

    class Parent(Feedback):
        def check_canceled(self) -> None:
            raise Cancelled("stopped by the parent")

    parent = Parent()
    step = ProgressRange(parent, 15.0, 45.0, hold=("without a carriageway width in",))
    step.warn("3 road(s) without a carriageway width in 'lines'")
    step.warn("2 kerbs dropped")
    step.set_progress(100)
    assert parent.warnings == ["2 kerbs dropped"] and parent.progress == 45.0
    assert step.held == ["3 road(s) without a carriageway width in 'lines'"]
    with pytest.raises(Cancelled, match="stopped by the parent"):
        step.check_canceled()
