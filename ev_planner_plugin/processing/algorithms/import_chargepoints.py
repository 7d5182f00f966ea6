"""evplanner:importchargepoints — existing chargepoints (OCPI, OCM, NCR, CSV) to one layer."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterMultipleLayers,
)

from ...core.errors import ParameterError, SourceFormatError
from ...core.feedback import ProgressRange
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...sources.chargepoints import (
    CHARGEPOINT_FIELDS,
    DEFAULT_DEDUP_DISTANCE_M,
    SOURCE_CSV,
    SOURCE_NCR,
    SOURCE_OCM,
    SOURCE_OCPI,
    concat_chargepoints,
    deduplicate_chargepoints,
    detect_chargepoint_format,
    fetch_ocpi_locations,
    read_chargepoint_file,
)
from ...toolbelt import compat
from ..base import EvPlannerAlgorithm
from ._shared import column_mapping

FORMAT_AUTO = "auto"
#: FORMAT enum index -> core format id.
FORMAT_CHOICES = (FORMAT_AUTO, SOURCE_OCPI, SOURCE_OCM, SOURCE_NCR, SOURCE_CSV)
FORMAT_NAMES = {
    SOURCE_OCPI: "OCPI 2.2.1 Locations JSON",
    SOURCE_OCM: "Open Charge Map JSON",
    SOURCE_NCR: "National Chargepoint Registry CSV",
    SOURCE_CSV: "CSV with latitude/longitude",
}
STYLE = "chargepoints"


def ocpi_token(auth_id: str) -> str:
    """The OCPI token held in the QGIS authentication configuration ``auth_id``.

    A Basic configuration gives its password (else its user name); an API-header
    configuration gives its ``Authorization`` header (without a leading ``Token``), else its
    ``token`` header, else its only header. The token is never put in a message.
    """
    if not auth_id:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "OCPI_URL is given but OCPI_AUTH is not: choose the QGIS authentication "
                    "configuration holding the OCPI token (Settings > Options > Authentication).",
                )
            )
        )
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(auth_id, config, True)
    if isinstance(loaded, tuple):  # PyQGIS 3.x returns (ok, config); later versions a bool
        loaded, config = loaded
    if not loaded or not config.isValid():
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The QGIS authentication configuration '{configuration}' could not be read: "
                    "it does not exist, or the master password was not given. Check OCPI_AUTH.",
                ),
                configuration=auth_id,
            )
        )
    values = {str(k): str(v) for k, v in config.configMap().items()}
    method = config.method()
    token = ""
    if method == "Basic":
        token = values.get("password", "").strip() or values.get("username", "").strip()
    else:
        by_key = {k.lower(): v.strip() for k, v in values.items()}
        token = by_key.get("authorization") or by_key.get("token") or ""
        if not token and len(values) == 1:
            token = next(iter(values.values())).strip()
        if token.lower().startswith("token "):
            token = token[len("token ") :].strip()
    if not token:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The QGIS authentication configuration '{configuration}' ({method}) holds no "
                    "OCPI token: use a Basic configuration with the token as password, or an API "
                    "header configuration with an Authorization header.",
                ),
                configuration=config.name() or auth_id,
                method=method,
            )
        )
    return token


class ImportChargepointsAlgorithm(EvPlannerAlgorithm):
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    LATITUDE_FIELD = "LATITUDE_FIELD"
    LONGITUDE_FIELD = "LONGITUDE_FIELD"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    OPERATOR_FIELD = "OPERATOR_FIELD"
    POWER_FIELD = "POWER_FIELD"
    OCPI_URL = "OCPI_URL"
    OCPI_AUTH = "OCPI_AUTH"
    OCPI_BASE64_TOKEN = "OCPI_BASE64_TOKEN"
    DEDUPLICATE = "DEDUPLICATE"
    DEDUP_DISTANCE = "DEDUP_DISTANCE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    READ_COUNT = "READ_COUNT"
    SKIPPED_COUNT = "SKIPPED_COUNT"
    MERGED_COUNT = "MERGED_COUNT"

    #: CSV column parameters -> canonical field of the core's column mapping.
    CSV_MAPPING = (
        (LATITUDE_FIELD, "latitude"),
        (LONGITUDE_FIELD, "longitude"),
        (ID_FIELD, "source_id"),
        (NAME_FIELD, "name"),
        (OPERATOR_FIELD, "operator"),
        (POWER_FIELD, "max_power_kw"),
    )

    def name(self) -> str:
        return "importchargepoints"

    def displayName(self) -> str:
        return self.tr("Import existing chargepoints")

    def group(self) -> str:
        return self.tr("Data import")

    def groupId(self) -> str:
        return "dataimport"

    def shortHelpString(self) -> str:
        return self.tr(
            "Reads existing public chargepoints into one point layer: OCPI 2.2.1 Locations "
            "(files, or a live Locations endpoint), Open Charge Map API JSON, the legacy "
            "National Chargepoint Registry (NCR) CSV (old and full column sets, mixed "
            "encodings) and any CSV with WGS84 latitude/longitude columns.\n\n"
            "INPUT: one or more files (optional when OCPI_URL is given). FORMAT: auto-detect "
            "from the content of each file (default), or force one format for all files.\n\n"
            "CSV column mapping (advanced, for 'CSV with latitude/longitude'): LATITUDE_FIELD, "
            "LONGITUDE_FIELD, ID_FIELD, NAME_FIELD, OPERATOR_FIELD, POWER_FIELD (kW) name the "
            "CSV columns; left empty, latitude/longitude are found by name (lat, latitude, y / "
            "lon, lng, longitude, x) and the other fields from columns named like them.\n\n"
            "OCPI_URL: the Locations module URL of a live OCPI 2.2.1 endpoint (https only). "
            "OCPI_AUTH: the QGIS authentication configuration holding the token (a Basic "
            "configuration with the token as password, or an API header configuration with "
            "an Authorization header); the token is sent as 'Authorization: Token …' and is "
            "never written to the log. OCPI_BASE64_TOKEN (advanced, default off): Base64-encode "
            "the token first, as OCPI 2.2.1 asks (some servers take it as issued). Pages are "
            "followed by Link headers or offset/limit; time-outs (30 s), 3 retries with "
            "back-off, a 200 MB size limit and verified TLS certificates apply. Cancel stops "
            "between requests.\n\n"
            "DEDUPLICATE (default on): records within DEDUP_DISTANCE metres (advanced, default "
            "25 m: registries place the same post a few metres to ~20 m apart) with the same "
            "operator or the same source id are one chargepoint; the richest record is kept "
            "and the cp_id of the others listed in merged_sources.\n\n"
            "OUTPUT fields: cp_id (<source>:<source id>), source (ocpi, ocm, ncr, csv), "
            "source_id, operator, name, address, postcode, max_power_kw (from the connector, "
            "else voltage x amperage x phases), speed_class (slow < 8 kW, fast 8-49, rapid "
            "50-149, ultra >= 150; DfT/OZEV statistics classes; null when the power is "
            "unknown), connectors, sockets (vehicles that can charge at once), parking_type "
            "(OCPI vocabulary: ON_STREET, PARKING_LOT…), on_street, access_24h, status "
            "(operational, not_operational, planned, removed, unknown), last_updated, "
            "merged_sources.\n\n"
            "Records without usable coordinates (and NCR points outside the UK) are skipped "
            "with a warning listing the first ids and the count; NCR latitude/longitude swaps "
            "are corrected with a warning. READ_COUNT: chargepoints read; SKIPPED_COUNT: "
            "records skipped; MERGED_COUNT: records merged by deduplication (OUTPUT has "
            "READ_COUNT - MERGED_COUNT features)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT,
                self.tr("Chargepoint file(s)"),
                layerType=compat.SOURCE_FILE,
                optional=True,
            )
        )
        self.add_enum(
            self.FORMAT,
            self.tr("Format"),
            [
                self.tr("Auto-detect from the content"),
                self.tr("OCPI 2.2.1 Locations JSON"),
                self.tr("Open Charge Map JSON"),
                self.tr("National Chargepoint Registry CSV"),
                self.tr("CSV with latitude/longitude"),
            ],
        )
        for name, label in (
            (self.LATITUDE_FIELD, self.tr("CSV: latitude column (WGS84)")),
            (self.LONGITUDE_FIELD, self.tr("CSV: longitude column (WGS84)")),
            (self.ID_FIELD, self.tr("CSV: id column")),
            (self.NAME_FIELD, self.tr("CSV: name column")),
            (self.OPERATOR_FIELD, self.tr("CSV: operator column")),
            (self.POWER_FIELD, self.tr("CSV: power (kW) column")),
        ):
            self.add_string(name, label, optional=True, advanced=True)
        self.add_string(
            self.OCPI_URL, self.tr("Live OCPI 2.2.1 Locations URL (https)"), optional=True
        )
        self.addParameter(
            QgsProcessingParameterAuthConfig(
                self.OCPI_AUTH,
                self.tr("Authentication configuration holding the OCPI token"),
                optional=True,
            )
        )
        self.add_boolean(
            self.OCPI_BASE64_TOKEN,
            self.tr("Base64-encode the OCPI token"),
            False,
            advanced=True,
        )
        self.add_boolean(self.DEDUPLICATE, self.tr("Merge duplicate chargepoints"), True)
        self.add_number(
            self.DEDUP_DISTANCE,
            self.tr("Duplicates within (metres)"),
            DEFAULT_DEDUP_DISTANCE_M,
            minimum=0.0,
            advanced=True,
        )
        self.add_target_crs_parameter(self.TARGET_CRS)
        self.add_sink(self.OUTPUT, self.tr("Existing chargepoints"), compat.SOURCE_POINT)
        for name, label in (
            (self.READ_COUNT, self.tr("Chargepoints read")),
            (self.SKIPPED_COUNT, self.tr("Records skipped")),
            (self.MERGED_COUNT, self.tr("Records merged as duplicates")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def process(self, parameters, context, feedback) -> dict:
        # QGIS 3.22 gives [''] for an empty optional file list
        paths = [p for p in self.parameterAsFileList(parameters, self.INPUT, context) if p]
        url = (self.parameterAsString(parameters, self.OCPI_URL, context) or "").strip()
        if not paths and not url:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Nothing to read: give one or more chargepoint files in INPUT, or a live "
                        "OCPI Locations URL in OCPI_URL.",
                    )
                )
            )
        crs = self.parameter_target_crs(parameters, context, self.TARGET_CRS)
        target = crs.authid() or crs.toWkt()
        fmt = FORMAT_CHOICES[self.parameterAsEnum(parameters, self.FORMAT, context)]
        mapping = column_mapping(self, parameters, context, self.CSV_MAPPING)
        auth_id = self.parameterAsString(parameters, self.OCPI_AUTH, context) or ""
        if auth_id and not url:
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "OCPI_AUTH is ignored: no OCPI_URL was given.")
                )
            )

        files_end = 60.0 if url else 85.0
        frames = []
        for index, path in enumerate(paths):
            feedback.check_canceled()
            path_fmt = self.file_format(path, fmt, mapping, feedback)
            if mapping and path_fmt != SOURCE_CSV:
                feedback.warn(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{path}: the CSV column mapping is ignored (read as {format}).",
                        ),
                        path=path,
                        format=FORMAT_NAMES[path_fmt],
                    )
                )
            frames.append(
                read_chargepoint_file(
                    path,
                    path_fmt,
                    mapping=mapping if path_fmt == SOURCE_CSV else None,
                    target_crs=target,
                    feedback=feedback,
                )
            )
            feedback.set_progress(files_end * (index + 1) / len(paths))
        if url:
            token = ocpi_token(auth_id)
            frames.append(
                fetch_ocpi_locations(
                    url,
                    token,
                    base64_token=self.parameterAsBoolean(
                        parameters, self.OCPI_BASE64_TOKEN, context
                    ),
                    target_crs=target,
                    feedback=ProgressRange(feedback, files_end, 85.0),
                )
            )
        chargepoints = concat_chargepoints(frames, target)
        read_count = len(chargepoints)
        skipped = int(chargepoints.attrs.get("skipped_records", 0))
        feedback.check_canceled()
        if self.parameterAsBoolean(parameters, self.DEDUPLICATE, context):
            distance = self.parameterAsDouble(parameters, self.DEDUP_DISTANCE, context)
            chargepoints = deduplicate_chargepoints(
                chargepoints, distance_m=distance, feedback=feedback
            )
        merged = int(chargepoints.attrs.get("merged_records", 0))
        feedback.set_progress(90.0)
        feedback.info(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} chargepoint(s) read, {skipped} record(s) skipped, {merged} merged "
                    "as duplicates: {written} written.",
                ),
                count=read_count,
                skipped=skipped,
                merged=merged,
                written=len(chargepoints),
            )
        )
        gdf = chargepoints[[*CHARGEPOINT_FIELDS, "geometry"]]
        output = self.write_output(
            parameters, self.OUTPUT, context, gdf, compat.WKB_POINT, crs, feedback, style=STYLE
        )
        return {
            self.OUTPUT: output,
            self.READ_COUNT: read_count,
            self.SKIPPED_COUNT: skipped,
            self.MERGED_COUNT: merged,
        }

    @staticmethod
    def file_format(path: str, fmt: str, mapping: dict, feedback) -> str:
        """The format to read ``path`` as: ``fmt``, or detected from the content."""
        if fmt != FORMAT_AUTO:
            return fmt
        template = QT_TRANSLATE_NOOP(
            "Messages", "{path}: read as {format} (detected from the content)."
        )
        try:
            detected = detect_chargepoint_format(path)
        except SourceFormatError as error:
            # A CSV whose coordinate columns have unusual names: the mapping names them.
            if error.location == "line 1" and "latitude" in mapping and "longitude" in mapping:
                detected = SOURCE_CSV
                template = QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path}: read as {format} (latitude/longitude columns from the mapping).",
                )
            else:
                raise
        feedback.info(Message(template, path=path, format=FORMAT_NAMES[detected]))
        return detected
