"""evplanner:createsamplearea — write the built-in sample planning area to a GeoPackage."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsVectorLayer,
)

from ...core.sample_area import build_sample_area
from .. import bridge
from ..base import EvPlannerAlgorithm
from ..styles import style_output


class CreateSampleAreaAlgorithm(EvPlannerAlgorithm):
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    LAYERS = "LAYERS"
    FEATURE_COUNT = "FEATURE_COUNT"

    def name(self) -> str:
        return "createsamplearea"

    def displayName(self) -> str:
        return self.tr("Create sample planning area")

    def group(self) -> str:
        return self.tr("Sample data")

    def groupId(self) -> str:
        return "sampledata"

    def shortHelpString(self) -> str:
        return self.tr(
            "Writes a fictional but realistic planning area — a market town (Ashby Parva) and a "
            "village (Little Weldon) in British National Grid (EPSG:27700) — to one GeoPackage, "
            "to try every EV Planner algorithm on, or to train staff.\n\n"
            "Layers: roads (road_id, name, usrn, road_class, carriageway_width_m, lanes, "
            "settlement), kerbs (kerb_id, road_id, usrn, street, side, footway_width_m), "
            "footways, obstacles, restrictions (D-TRO regulation_type values), accessible_bays, "
            "car_club_bays, cycle_parking, dropped_kerbs, bus_stops, crossings, lamp_columns, "
            "chargepoints, survey_suggestions, areas (households, households_no_offstreet, "
            "imd_decile, ruc_code), substations (headroom_kva), addresses, and a table of "
            "a year of charging sessions at the chargepoints (sessions).\n\n"
            "SEED: the same seed always gives the same data.\n"
            "All places, streets and figures are invented."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_number(self.SEED, self.tr("Random seed"), 42, minimum=0, integer=True)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Sample area GeoPackage"), self.tr("GeoPackage (*.gpkg)")
            )
        )
        self.addOutput(QgsProcessingOutputString(self.LAYERS, self.tr("Layer names")))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURE_COUNT, self.tr("Features written")))

    def process(self, parameters, context: QgsProcessingContext, feedback) -> dict:
        seed = self.parameterAsInt(parameters, self.SEED, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.info(self.tr("Building the sample area (seed {seed})…").format(seed=seed))
        layers = build_sample_area(seed=seed)
        feedback.check_canceled()
        bridge.write_gpkg_layers(layers, path, context, feedback)
        for name in layers:
            uri = f"{path}|layername={name}"
            layer = QgsVectorLayer(uri, name, "ogr")
            if layer.isValid():
                context.temporaryLayerStore().addMapLayer(layer)
                context.addLayerToLoadOnCompletion(
                    layer.id(),
                    QgsProcessingContext.LayerDetails(name, context.project(), name),
                )
                style_output(context, layer.id(), f"sample_{name}")
        return {
            self.OUTPUT: path,
            self.LAYERS: ",".join(layers),
            self.FEATURE_COUNT: sum(len(gdf) for gdf in layers.values()),
        }
