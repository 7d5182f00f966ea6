""" "Score selection" in the background: a QgsTask around :func:`core.scoring.score_sites`.

Layers are snapshotted in the main thread (:class:`QgsVectorLayerFeatureSource`) and read in the
task's thread, so the panel and the map stay responsive; progress and cancel go through the core
feedback interface. Results are kept by the dock (the layer itself is never modified).
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from ..core.errors import Cancelled, EvPlannerError
from ..core.feedback import Feedback
from ..core.scoring import CRITERIA, ScoringPreset, score_sites
from ..processing.bridge import source_to_gdf
from ..toolbelt.i18n import translated_text

# QgsTask flag across QGIS versions (Qgis.TaskFlag from 3.36)
_TASK_FLAGS = getattr(Qgis, "TaskFlag", None)
_CAN_CANCEL = _TASK_FLAGS.CanCancel if hasattr(_TASK_FLAGS, "CanCancel") else QgsTask.CanCancel

#: Fields of the scoring result the dock keeps per feature.
RESULT_FIELDS = (
    ["score", "rank", "excluded", "exclusion_reason"]
    + [c.contribution_field for c in CRITERIA.values()]
    + [c.raw_field for c in CRITERIA.values()]
)


class LayerSnapshot:
    """The parts of a layer :func:`bridge.source_to_gdf` reads, safe to use from a task thread
    (optionally limited to some feature ids)."""

    def __init__(self, layer: QgsVectorLayer, fids=None) -> None:
        self.name = layer.name()
        self._source = QgsVectorLayerFeatureSource(layer)
        self._fields = layer.fields()
        self._crs = layer.crs()
        self._fids = None if fids is None else sorted(int(f) for f in fids)
        self._count = layer.featureCount() if fids is None else len(self._fids)

    def fields(self):
        return self._fields

    def sourceCrs(self):
        return self._crs

    def featureCount(self):
        return self._count

    def getFeatures(self, request=None):
        request = QgsFeatureRequest(request) if request is not None else QgsFeatureRequest()
        if self._fids is not None:
            request.setFilterFids(self._fids)
        return self._source.getFeatures(request)


class TaskFeedback(Feedback):
    """Core feedback reporting to a QgsTask (progress, cancel); warnings are collected."""

    def __init__(self, task: QgsTask) -> None:
        super().__init__()
        self.task = task

    def set_progress(self, percent: float) -> None:
        self.progress = percent
        self.task.setProgress(float(percent))

    def is_canceled(self) -> bool:
        return self.task.isCanceled()

    def warn(self, message: str) -> None:
        self.warnings.append(translated_text(message))  # shown as they are by the dock

    def info(self, message: str) -> None:
        pass


class ScoreSelectionTask(QgsTask):
    """Scores the selected features of ``layer`` with ``weights`` (+ preset thresholds and
    flood policy) against the input layers ``inputs`` ({role: layer}); ``on_finished(task)``
    runs in the main thread. Result: :attr:`result` (a DataFrame indexed by feature id, columns
    :data:`RESULT_FIELDS`), or :attr:`error` / :attr:`cancelled`."""

    def __init__(
        self,
        layer: QgsVectorLayer,
        fids,
        *,
        weights: dict,
        preset: ScoringPreset | None,
        flood_policy: str,
        inputs: dict,
        offstreet_field: str | None,
        crs: QgsCoordinateReferenceSystem,
        on_finished=None,
    ) -> None:
        super().__init__(f"EV Planner: score {len(fids)} selected site(s)", _CAN_CANCEL)
        self.layer_id = layer.id()
        self.fids = sorted(int(f) for f in fids)
        self.candidates = LayerSnapshot(layer, self.fids)
        self.inputs = {role: LayerSnapshot(lyr) for role, lyr in inputs.items() if lyr}
        self.weights = dict(weights)
        self.preset = preset
        self.flood_policy = flood_policy
        self.offstreet_field = offstreet_field
        self.crs = crs
        self.context = QgsProcessingContext()
        self.context.setTransformContext(QgsProject.instance().transformContext())
        self.on_finished = on_finished
        self.result = None
        self.error: str | None = None
        self.cancelled = False
        self.warnings: list[str] = []

    def run(self) -> bool:
        feedback = TaskFeedback(self)
        try:
            frames = {
                role: source_to_gdf(source, self.context, self.crs, layer_name=source.name)
                for role, source in self.inputs.items()
            }
            feedback.check_canceled()
            candidates = source_to_gdf(
                self.candidates, self.context, self.crs, layer_name=self.candidates.name
            )
            homes = frames.get("homes")
            offstreet = self.offstreet_field
            if homes is None or offstreet not in homes.columns:
                offstreet = None
            scored = score_sites(
                candidates,
                homes=homes,
                homes_offstreet_field=offstreet,
                areas=frames.get("areas"),
                chargepoints=frames.get("chargepoints"),
                roads=frames.get("roads"),
                survey=frames.get("survey"),
                substations=frames.get("substations"),
                flood_zones=frames.get("flood_zones"),
                council_land=frames.get("council_land"),
                preset=self.preset,
                weights=self.weights,
                flood_policy=self.flood_policy,
                feedback=feedback,
            )
            keep = [name for name in RESULT_FIELDS if name in scored.columns]
            self.result = scored[keep].copy()
            self.result.attrs = dict(scored.attrs)
            self.warnings = feedback.warnings
            return True
        except Cancelled:
            self.cancelled = True
            return False
        except EvPlannerError as error:
            self.error = translated_text(error.message)
            return False
        except Exception as error:  # noqa: BLE001 - reported to the officer, not lost in a thread
            self.error = f"{type(error).__name__}: {error}"
            return False

    def finished(self, result: bool) -> None:
        if self.isCanceled():
            self.cancelled = True
        if self.on_finished is not None:
            self.on_finished(self)
