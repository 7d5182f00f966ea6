"""Regenerate the Graphical Modeler models used by the tests (run with the project venv):

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/data/make_models.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
)
from qgis.PyQt.QtCore import QPointF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def kerbside_chain() -> QgsProcessingModelAlgorithm:
    """Road centrelines -> kerbs -> kerbside eligibility, as an officer would chain them."""
    from ev_planner_plugin.toolbelt import compat

    model = QgsProcessingModelAlgorithm("Kerbside chain", "EV Planner tests", "evplanner_tests")
    for index, (name, label, kind) in enumerate(
        (
            ("roads", "Road centrelines", compat.SOURCE_LINE),
            ("restrictions", "Restrictions", compat.SOURCE_ANY_GEOMETRY),
        )
    ):
        component = QgsProcessingModelParameter(name)
        component.setPosition(QPointF(100, 100 + 120 * index))
        model.addModelParameter(QgsProcessingParameterFeatureSource(name, label, [kind]), component)

    kerbs = QgsProcessingModelChildAlgorithm("evplanner:kerbsfromroads")
    kerbs.setChildId("kerbs")
    kerbs.setDescription("Kerbs from road centrelines")
    kerbs.setPosition(QPointF(350, 100))
    kerbs.addParameterSources(
        "ROADS", [QgsProcessingModelChildParameterSource.fromModelParameter("roads")]
    )
    model.addChildAlgorithm(kerbs)

    eligibility = QgsProcessingModelChildAlgorithm("evplanner:kerbsideeligibility")
    eligibility.setChildId("eligibility")
    eligibility.setDescription("Kerbside eligibility")
    eligibility.setPosition(QPointF(600, 200))
    eligibility.addParameterSources(
        "KERBS", [QgsProcessingModelChildParameterSource.fromChildOutput("kerbs", "OUTPUT")]
    )
    eligibility.addParameterSources(
        "RESTRICTIONS",
        [QgsProcessingModelChildParameterSource.fromModelParameter("restrictions")],
    )
    eligibility.addParameterSources(
        "ROADS", [QgsProcessingModelChildParameterSource.fromModelParameter("roads")]
    )
    eligibility.addParameterSources(
        "UNKNOWN_FOOTWAY_POLICY", [QgsProcessingModelChildParameterSource.fromStaticValue(1)]
    )
    output = QgsProcessingModelOutput("runs", "Kerbside runs")
    output.setChildId("eligibility")
    output.setChildOutputName("OUTPUT")
    output.setPosition(QPointF(850, 200))
    eligibility.setModelOutputs({"runs": output})
    model.addChildAlgorithm(eligibility)
    return model


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from ev_planner_plugin.processing.provider import EvPlannerProvider

    provider = EvPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    target = HERE / "kerbside_chain.model3"
    if not kerbside_chain().toFile(str(target)):
        raise SystemExit(f"could not write {target}")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
