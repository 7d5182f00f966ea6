<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../ev_planner_plugin/plugin.py" line="49"/>
        <source>EV Site Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="258"/>
        <source>Select streets or kerb runs on a vector layer to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="275"/>
        <source>{layer}: {count} selected feature(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plugin.py" line="51"/>
        <source>Open the EV Site Planner panel: score and annotate selected streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plugin.py" line="56"/>
        <source>EV Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="50"/>
        <source>delivery_plan.gpkg, or postgresql://user@host/database?schema=ev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="53"/>
        <source>The delivery plan: a GeoPackage file (created on first use) or a PostGIS database shared by several officers. Put passwords in a QGIS authentication configuration (authcfg=...), not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="65"/>
        <source>Choose or create a GeoPackage for the delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="67"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="73"/>
        <source>(keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="104"/>
        <source>The officer responsible; also recorded in the history as who saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="109"/>
        <source>Engagement notes (empty: keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="291"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="233"/>
        <source>Charger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="290"/>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="292"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="166"/>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="166"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="166"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="121"/>
        <source>Add to delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="123"/>
        <source>Add the selected sites to the delivery plan (sites already in it get these values). Nothing is written until you save the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="130"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="132"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="134"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="189"/>
        <source>Delivery plan GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="189"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="49"/>
        <source>Zoom to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="51"/>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="72"/>
        <source>Select a row to see why the site is or is not suitable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="94"/>
        <source>(no street name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="98"/>
        <source>{layer}, feature {fid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="105"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="110"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="112"/>
        <source>Bays that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="114"/>
        <source>Footway left beside the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="124"/>
        <source>straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="124"/>
        <source>from scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="125"/>
        <source>Nearest public chargepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="130"/>
        <source>Homes without off-street parking served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="286"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="289"/>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="166"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="196"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="198"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="200"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="120"/>
        <source>Filter by street, status or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="152"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="153"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="48"/>
        <source>Delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="279"/>
        <source>(the first {shown} are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="281"/>
        <source>select streets or kerb runs on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="330"/>
        <source>Select the sites to score first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="349"/>
        <source>Scoring {n} site(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="375"/>
        <source>Scored {n} site(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="383"/>
        <source>Scoring cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="387"/>
        <source>Scoring failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="406"/>
        <source>Save or discard the changes to the current plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="419"/>
        <source>The database password is not saved in the project; use a QGIS authentication configuration (authcfg) to avoid typing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="489"/>
        <source>Choose where the delivery plan is kept first (Delivery plan tab: a GeoPackage file or a PostGIS connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="506"/>
        <source>Select the sites to add first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="521"/>
        <source>{n} plan site(s) changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="531"/>
        <source>{added} site(s) added, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="537"/>
        <source>Save the plan to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="582"/>
        <source>Delivery plan saved: {added} added, {updated} changed, {rows} history row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="609"/>
        <source>Unsaved changes to the delivery plan ({n} step(s) to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="615"/>
        <source>Delivery plan: {n} site(s), all saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="17"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="18"/>
        <source>Eligible with a TRO change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="19"/>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="26"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="27"/>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="28"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="29"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="30"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="31"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="38"/>
        <source>LEVI capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="39"/>
        <source>LEVI capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="40"/>
        <source>ORCS (On-street Residential Chargepoint Scheme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="41"/>
        <source>Operator-funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="42"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="49"/>
        <source>Lamp-column charger (3-5 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="50"/>
        <source>Standard post (7 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="51"/>
        <source>Fast post (22 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="52"/>
        <source>Rapid charger (50 kW and more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="61"/>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="62"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="63"/>
        <source>Gap in provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="64"/>
        <source>Residents&apos; requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="65"/>
        <source>Forecast shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="66"/>
        <source>Grid headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="67"/>
        <source>Connection cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="68"/>
        <source>Deprivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="69"/>
        <source>Rurality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="70"/>
        <source>Flood risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="42"/>
        <source>Council land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="78"/>
        <source>households without off-street parking within the catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="79"/>
        <source>people living within the catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="80"/>
        <source>walking distance to the nearest public chargepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="81"/>
        <source>residents&apos; survey suggestions nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="82"/>
        <source>forecast public chargepoint shortfall of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="83"/>
        <source>grid headroom at the nearest substation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="84"/>
        <source>distance to the nearest substation (connection cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="85"/>
        <source>deprivation of the area (IMD decile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="86"/>
        <source>rurality of the area (ONS Rural-Urban Classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="87"/>
        <source>outside flood zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="88"/>
        <source>on council land or adopted highway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="287"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="41"/>
        <source>Length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="43"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="294"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="45"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="46"/>
        <source>Nearest chargepoint (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="47"/>
        <source>Homes served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="54"/>
        <source>Street name (and side of the road)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="55"/>
        <source>Length of the kerb run or feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="56"/>
        <source>Kerbside eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="57"/>
        <source>Why a run is not (or only with a TRO change) eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="58"/>
        <source>Site score 0-100 (Score candidate sites, or Score selection here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="59"/>
        <source>Points each criterion contributes to the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="60"/>
        <source>Distance to the nearest public chargepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="61"/>
        <source>Homes without off-street parking within the catchment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="62"/>
        <source>Status of the site in the delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="180"/>
        <source>Not scored yet: use Score selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="187"/>
        <source>Score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="42"/>
        <source>Public chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="42"/>
        <source>Homes (address points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="42"/>
        <source>Areas (census, IMD, rurality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="42"/>
        <source>Residents&apos; suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="42"/>
        <source>Substations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="42"/>
        <source>Roads (walking distances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="106"/>
        <source>Flood zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="80"/>
        <source>Custom weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="82"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="100"/>
        <source>Penalise sites in flood zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="101"/>
        <source>Exclude sites in flood zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="109"/>
        <source>Input layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="127"/>
        <source>Homes with off-street parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="131"/>
        <source>Score selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="133"/>
        <source>Score the selected features with these weights and input layers (in the background; the layer itself is not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="140"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="197"/>
        <source>Delivery plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="204"/>
        <source>Summary of proposed on-street chargepoint sites · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="216"/>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="216"/>
        <source>sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="216"/>
        <source>estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="216"/>
        <source>sites approved or installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="508"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="231"/>
        <source>Bays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="293"/>
        <source>Cost (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="233"/>
        <source>By ward / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="288"/>
        <source>Ward / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="233"/>
        <source>By charger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="233"/>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="233"/>
        <source>By funding stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="233"/>
        <source>Funding stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="313"/>
        <source>{title} · page {page} of {pages} · made with EV Planner for QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="503"/>
        <source>This site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="501"/>
        <source>Site layout maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="510"/>
        <source>Proposed EV charging bay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="512"/>
        <source>Proposed chargepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="514"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="421"/>
        <source>Add {n} site(s) to the delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="462"/>
        <source>Annotate {n} delivery-plan site(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageGapsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="73"/>
        <source>Coverage gaps in public charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="76"/>
        <source>Demand and scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="82"/>
        <source>Which homes are not within a short walk of a public chargepoint, and the coverage of each area and district today and with the sites of the delivery plan.

HOMES: address points (one home each, or HOUSEHOLDS_FIELD households each) or area polygons with a household count in HOUSEHOLDS_FIELD (when it is empty and the polygons have a field &apos;households&apos;, that is used); each area&apos;s households are spread evenly over a {spacing} m lattice of points inside it (AREA_POINT_SPACING), so an area can be partly covered. OFFSTREET_FIELD (optional): homes whose value is true / 1 / yes (off-street parking) are left out, so coverage is of the homes that rely on on-street charging.
CHARGEPOINTS: existing public chargepoints. SPEED_CLASSES: count only these classes (slow &lt; 8 kW, fast 8-49, rapid 50-149, ultra &gt;= 150, read from SPEED_CLASS_FIELD, default speed_class); none chosen counts all. CHARGEPOINT_ID_FIELD (default cp_id) names the nearest chargepoint in the output.
ROADS (optional): road centrelines; distances are walked along them (access legs to the nearest road in a straight line). Without roads the straight-line distance is used. NODE_TOLERANCE: line ends closer than this join (default {tolerance} m).
WALK_DISTANCE: a home is covered when its nearest counted chargepoint is at most this far (default {walk} m: a {minutes} minute walk at {speed} m/s, the DfT Journey Time Statistics walking speed, and CIHT&apos;s desirable walking distance).
PLAN_SITES (optional, any geometry): the sites of the delivery plan, for the &apos;with plan&apos; figures. WALK_SPEED (advanced, default {speed} m/s) turns metres into minutes.
AREAS (optional): polygons with AREA_ID_FIELD (default area_code) and optionally DISTRICT_FIELD, for the per-area and per-district tables. When HOMES are polygons and AREAS is empty, the homes are the areas.
TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in (default EPSG:27700); inputs are reprojected to it.

OUTPUT (points): ALL homes (or lattice points), each with households, the area code and district, nearest_cp_m, nearest_cp_min, nearest_cp_id, covered, nearest_site_m (chargepoints or plan sites), covered_with_plan, nearest_&lt;class&gt;_m per speed class present and distance_method (network / straight_line). Filter covered = false for the gaps; the style shows covered, covered only with the plan, and not covered.
AREAS_OUTPUT (polygons) and DISTRICTS_OUTPUT (table): homes_total, homes_covered, homes_uncovered, coverage_pct, homes_covered_plan, coverage_plan_pct, coverage_gain_pct (percentage points) and coverage_&lt;class&gt;_pct; percentages of households, empty for an area without homes.
COVERAGE_PCT, COVERAGE_PLAN_PCT, HOMES_TOTAL, HOMES_COVERED, HOMES_COVERED_PLAN: the totals over all homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="132"/>
        <source>Homes (address points, or areas with a household count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="139"/>
        <source>Households per home feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="148"/>
        <source>Field marking homes with off-street parking (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="156"/>
        <source>Public chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="161"/>
        <source>Chargepoint id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="170"/>
        <source>Speed class field (slow/fast/rapid/ultra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="180"/>
        <source>Count only these speed classes (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="189"/>
        <source>Areas (LSOA, ward...) for coverage per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="197"/>
        <source>Area code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="206"/>
        <source>District field of the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="214"/>
        <source>Road network for walking distances (none: straight line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="222"/>
        <source>Walking distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="231"/>
        <source>Delivery plan sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="239"/>
        <source>Lattice spacing for households in areas (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="239"/>
        <source>Join road ends closer than (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="239"/>
        <source>Walking speed (m/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="260"/>
        <source>Homes and their coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="265"/>
        <source>Coverage per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="274"/>
        <source>Coverage per district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="283"/>
        <source>Households covered today (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="283"/>
        <source>Households covered with the plan (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="283"/>
        <source>Households counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="283"/>
        <source>Households covered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="283"/>
        <source>Households covered with the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateSampleAreaAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="31"/>
        <source>Create sample planning area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="34"/>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="56"/>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="65"/>
        <source>Sample area GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="65"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="70"/>
        <source>Layer names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="71"/>
        <source>Features written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="76"/>
        <source>Building the sample area (seed {seed})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="40"/>
        <source>Writes a fictional but realistic planning area — a market town (Ashby Parva) and a village (Little Weldon) in British National Grid (EPSG:27700) — to one GeoPackage, to try every EV Planner algorithm on, or to train staff.

Layers: roads (road_id, name, usrn, road_class, carriageway_width_m, lanes, settlement), kerbs (kerb_id, road_id, usrn, street, side, footway_width_m), footways, obstacles, restrictions (D-TRO regulation_type values), accessible_bays, car_club_bays, cycle_parking, dropped_kerbs, bus_stops, crossings, lamp_columns, chargepoints, survey_suggestions, areas (households, households_no_offstreet, imd_decile, ruc_code), substations (headroom_kva), addresses, and a table of a year of charging sessions at the chargepoints (sessions).

SEED: the same seed always gives the same data.
All places, streets and figures are invented.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvPlannerAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/base.py" line="141"/>
        <source>Target CRS (projected, metres)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvPlannerProvider</name>
    <message>
        <location filename="../ev_planner_plugin/processing/provider.py" line="42"/>
        <source>EV Chargepoint Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/provider.py" line="45"/>
        <source>EV Chargepoint Planner {version}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDeliveryPlanAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="84"/>
        <source>Export delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="87"/>
        <source>Delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="96"/>
        <source>Publishes the delivery plan: the sites of INPUT (the shortlist of Select sites, kerb runs, or the delivery plan itself) as delivery-plan sites, written to any of OUTPUT_GPKG (GeoPackage, layer delivery_plan, in TARGET_CRS, default EPSG:27700), OUTPUT_GEOJSON (GeoJSON for the council&apos;s web map: RFC 7946, WGS84 longitude/latitude, {precision} decimals), OUTPUT_CSV (one row per site, UTF-8, with the longitude and latitude of the middle of the site) and OUTPUT_PDF (a summary: sites, sockets and estimated cost by ward/district, charger type, status and funding stream, and a table of the sites; TITLE on its first page). At least one output is needed. Every file is written under a temporary name and replaces an existing file only when all the outputs are complete; a cancelled run writes nothing and leaves existing files as they were.

Fields (the delivery-plan contract): site_ref (e.g. AP-001: kept when present, else REF_PREFIX or the initials of the district, numbered by selection_order, rank, then score), street, usrn (text), district (district or ward field, else the DISTRICT_AREAS_FIELD of the DISTRICT_AREAS polygon the site lies in), charger_type ({chargers}; kept when present, else CHARGER_TYPE, default {charger}), sockets (kept, else UNITS_PER_SITE x sockets per unit: 2 for posts, 1 for lamp columns), bays (kept, else the bays the units serve that fit the kerb run), status ({statuses}; kept when one of them, else STATUS, default {status}), funding ({funding}; default {default_funding}), cost_gbp (kept, else site_cost of Select sites, else units x the indicative cost per unit: {costs}), score, notes, officer (kept, else OFFICER), updated (ISO date; kept, else today), kerb_id, side, clear_width_m (from the kerb run).

SITE_COUNT, SOCKET_COUNT and TOTAL_COST repeat the totals; SUMMARY (JSON) holds the summary tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="134"/>
        <source>Sites (shortlist or delivery plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="141"/>
        <source>Charger type (for sites without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="149"/>
        <source>Funding stream (for sites without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="158"/>
        <source>Chargepoints per site (for sites without sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="165"/>
        <source>Status (for sites without a delivery-plan status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="171"/>
        <source>Site reference prefix (empty: initials of the district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="176"/>
        <source>Officer (for sites without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="179"/>
        <source>Ward / district areas (for sites without a district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="185"/>
        <source>Ward / district name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="197"/>
        <source>Title of the summary PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="218"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="219"/>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="220"/>
        <source>Estimated cost (GBP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="221"/>
        <source>Summary (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootwayWidthAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="39"/>
        <source>Footway width along kerbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="42"/>
        <source>Kerbside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="48"/>
        <source>Measures the footway beside each kerb on transects perpendicular to the kerb every SPACING metres (default {spacing:g} m), from footway polygons. Footways split across several polygons are joined; where a footway ends the width is 0; the side of the kerb with footway is found by itself. OBSTACLES (trees, poles, cabinets, as points with a footprint diameter in OBSTACLE_SIZE_FIELD — default {obstacle:g} m — or as polygons) narrow the clear width where they stand.

Output: the kerbs cut into pieces (whole kerbs, or PIECE_LENGTH metres) with kerb_id, from_m, to_m, length_m, width_min_m, width_mean_m (footway width), clear_width_min_m, clear_width_mean_m (longest unobstructed width: what a pedestrian can use) and no_footway_m (metres without footway). Widths are capped at MAX_WIDTH ({max_width:g} m).

Inclusive Mobility (DfT, 2021) asks for 2.0 m clear footway, 1.5 m at the absolute minimum; Kerbside eligibility uses these widths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="69"/>
        <source>Kerbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="72"/>
        <source>Kerb id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="77"/>
        <source>Footway polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="82"/>
        <source>Obstacles on the footway (points or polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="90"/>
        <source>Obstacle footprint diameter field (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="100"/>
        <source>Transect spacing (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="109"/>
        <source>Piece length (m; empty = whole kerbs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="119"/>
        <source>Maximum width measured (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="119"/>
        <source>Default obstacle footprint (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="133"/>
        <source>Footway width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastDemandAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="71"/>
        <source>Forecast EV demand and public chargepoints needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="74"/>
        <source>Demand and scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="80"/>
        <source>Per area and target year: the plug-in EV stock, the EVs that need public charging, the public chargepoints required, those existing and the shortfall.

AREAS: polygons (LSOAs, wards...) with AREA_ID_FIELD (default area_code).
TARGET_YEARS: &apos;2025,2030,2035&apos;, a range &apos;2025-2040&apos; (every year) or &apos;2025-2040/5&apos; (default {years}).

EV stock, one of two ways:
- COUNTY_TOTALS given (&apos;year:total&apos; pairs, e.g. &apos;2024:13000,2030:128300&apos; from the strategy): totals are interpolated linearly between the given years (target years outside them are refused) and apportioned to areas in proportion to APPORTION_FIELD (default households; cars or current EVs also work). CURRENT_EVS_FIELD is then not used.
- otherwise CURRENT_EVS_FIELD (default plugin_evs: licensed plug-in vehicles in BASE_YEAR, default {base_year}, e.g. DfT VEH0142) grown along a logistic uptake curve of the plug-in share of the car fleet, s / (1 + exp(-r (year - m))): SATURATION s (default {saturation}), MIDPOINT_YEAR m (default {midpoint}), GROWTH_RATE r (default {growth}) - illustrative defaults calibrated to ~3.6 % plug-in cars in 2024 (DfT VEH0142) and half the fleet by 2035 (ZEV mandate, end of new petrol and diesel car sales 2030, ~14-year car life); calibrate to your strategy. CARS_FIELD (optional) caps an area&apos;s EVs at cars x saturation.

Share of EVs needing public charging, first of: SHARE_FIELD (0-1 per area), NO_OFFSTREET_FIELD / HOUSEHOLDS_FIELD (households without off-street parking, e.g. from census TS044 via Join area data), or SHARE_NEEDING_PUBLIC (default {share}: the fleet-wide ratio below already allows for home charging; when you give the no-off-street share, lower the ratio to &apos;EVs relying on public charging per chargepoint&apos;).
EVS_PER_PUBLIC_CHARGEPOINT: default {ratio}, the ratio behind county strategy figures (128,300 plug-in EVs by 2030 needing 3,200+ public chargepoints); for scale, DfT&apos;s &apos;Taking charge&apos; (2022) expects ~300,000 public chargepoints nationally by 2030. Use your strategy&apos;s ratio.
Existing public chargepoints per area: EXISTING_FIELD on the areas, else the CHARGEPOINTS points counted per area (CHARGEPOINT_COUNT_FIELD to count sockets), else 0.
ROUNDING: &apos;Largest remainder&apos; (default) makes the county total ceil(sum of exact requirements) and shares it so area figures add up to it exactly (128,300 EVs at 40 = 3,208); &apos;Round up per area&apos; rounds each area up (the sum can exceed the county figure).
TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in (default EPSG:27700); inputs are reprojected to it.

OUTPUT: the area polygons once per target year (long format) with the area fields and year, evs, share_needing_public, evs_needing_public, required_exact, required_chargepoints, existing_chargepoints, shortfall (max(required - existing, 0)) and method (logistic / county_total). TABLE: the same without geometry. TOTALS: one row per year: year, evs, evs_needing_public, required_exact, required_chargepoints, existing_chargepoints, shortfall (sum over areas), shortfall_net (max(total required - total existing, 0)), method. An input &apos;fid&apos; field is not copied (it would repeat once per year).
LAST_YEAR, EVS_TOTAL, REQUIRED_TOTAL, EXISTING_TOTAL, SHORTFALL_TOTAL (sum of area shortfalls) and SHORTFALL_NET: the totals of the last target year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="141"/>
        <source>Areas (LSOA, ward...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="146"/>
        <source>Area code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="155"/>
        <source>Target years (e.g. 2025,2030,2035 or 2025-2040)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="162"/>
        <source>Year of the current EV registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="172"/>
        <source>Current plug-in EVs per area (uptake curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="182"/>
        <source>Or county EV totals by year (e.g. 2024:13000,2030:128300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="189"/>
        <source>Apportion county totals by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="199"/>
        <source>Share of EVs needing public charging (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="209"/>
        <source>Or households without off-street parking (share = this / households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="218"/>
        <source>Households field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="228"/>
        <source>EVs per public chargepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="237"/>
        <source>Existing public chargepoints (counted per area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="245"/>
        <source>Rounding of required chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="245"/>
        <source>Largest remainder (areas add up to the county total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="245"/>
        <source>Round up per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="257"/>
        <source>Cars per area (caps the uptake curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="264"/>
        <source>Share needing public charging per area (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="271"/>
        <source>Existing public chargepoints per area (field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="278"/>
        <source>Count this field of the chargepoints (e.g. sockets) instead of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="285"/>
        <source>Uptake curve: saturation share (0-1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="293"/>
        <source>Uptake curve: year of half the saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="299"/>
        <source>Uptake curve: growth rate per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="311"/>
        <source>Forecast per area and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="316"/>
        <source>Forecast per area and year (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="316"/>
        <source>Forecast totals per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="325"/>
        <source>Last target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="325"/>
        <source>Plug-in EVs in the last target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="325"/>
        <source>Public chargepoints required in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="325"/>
        <source>Existing public chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="325"/>
        <source>Shortfall in the last year (sum over areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="325"/>
        <source>Net shortfall in the last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChargepointsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="145"/>
        <source>Import existing chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="148"/>
        <source>Data import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="154"/>
        <source>Reads existing public chargepoints into one point layer: OCPI 2.2.1 Locations (files, or a live Locations endpoint), Open Charge Map API JSON, the legacy National Chargepoint Registry (NCR) CSV (old and full column sets, mixed encodings) and any CSV with WGS84 latitude/longitude columns.

INPUT: one or more files (optional when OCPI_URL is given). FORMAT: auto-detect from the content of each file (default), or force one format for all files.

CSV column mapping (advanced, for 'CSV with latitude/longitude'): LATITUDE_FIELD, LONGITUDE_FIELD, ID_FIELD, NAME_FIELD, OPERATOR_FIELD, POWER_FIELD (kW) name the CSV columns; left empty, latitude/longitude are found by name (lat, latitude, y / lon, lng, longitude, x) and the other fields from columns named like them.

OCPI_URL: the Locations module URL of a live OCPI 2.2.1 endpoint (https only). OCPI_AUTH: the QGIS authentication configuration holding the token (a Basic configuration with the token as password, or an API header configuration with an Authorization header); the token is sent as 'Authorization: Token …' and is never written to the log. OCPI_BASE64_TOKEN (advanced, default off): Base64-encode the token first, as OCPI 2.2.1 asks (some servers take it as issued). Pages are followed by Link headers or offset/limit; time-outs (30 s), 3 retries with back-off, a 200 MB size limit and verified TLS certificates apply. Cancel stops between requests.

DEDUPLICATE (default on): records within DEDUP_DISTANCE metres (advanced, default 25 m: registries place the same post a few metres to ~20 m apart) with the same operator or the same source id are one chargepoint; the richest record is kept and the cp_id of the others listed in merged_sources.

OUTPUT fields: cp_id (&lt;source&gt;:&lt;source id&gt;), source (ocpi, ocm, ncr, csv), source_id, operator, name, address, postcode, max_power_kw (from the connector, else voltage x amperage x phases), speed_class (slow &lt; 8 kW, fast 8-49, rapid 50-149, ultra &gt;= 150; DfT/OZEV statistics classes; null when the power is unknown), connectors, sockets (vehicles that can charge at once), parking_type (OCPI vocabulary: ON_STREET, PARKING_LOT…), on_street, access_24h, status (operational, not_operational, planned, removed, unknown), last_updated, merged_sources.

Records without usable coordinates (and NCR points outside the UK) are skipped with a warning listing the first ids and the count; NCR latitude/longitude swaps are corrected with a warning. READ_COUNT: chargepoints read; SKIPPED_COUNT: records skipped; MERGED_COUNT: records merged by deduplication (OUTPUT has READ_COUNT - MERGED_COUNT features).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="194"/>
        <source>Chargepoint file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="202"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="202"/>
        <source>Auto-detect from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="202"/>
        <source>OCPI 2.2.1 Locations JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="202"/>
        <source>Open Charge Map JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="202"/>
        <source>National Chargepoint Registry CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="202"/>
        <source>CSV with latitude/longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="216"/>
        <source>CSV: latitude column (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="216"/>
        <source>CSV: longitude column (WGS84)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="216"/>
        <source>CSV: id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="216"/>
        <source>CSV: name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="216"/>
        <source>CSV: operator column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="216"/>
        <source>CSV: power (kW) column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="227"/>
        <source>Live OCPI 2.2.1 Locations URL (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="232"/>
        <source>Authentication configuration holding the OCPI token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="239"/>
        <source>Base64-encode the OCPI token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="244"/>
        <source>Merge duplicate chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="249"/>
        <source>Duplicates within (metres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="259"/>
        <source>Existing chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="264"/>
        <source>Chargepoints read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="264"/>
        <source>Records skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="264"/>
        <source>Records merged as duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDtroAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="44"/>
        <source>Import D-TRO traffic regulation orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="47"/>
        <source>Data import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="81"/>
        <source>D-TRO JSON file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="98"/>
        <source>Validate against the D-TRO JSON schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="103"/>
        <source>Revoked provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="111"/>
        <source>Drop (and report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="103"/>
        <source>Keep, flagged revoked = true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="111"/>
        <source>Proposals under consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="111"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="120"/>
        <source>D-TRO linear places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="125"/>
        <source>D-TRO point places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="134"/>
        <source>D-TRO polygon places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="143"/>
        <source>D-TRO problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="152"/>
        <source>Records read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="152"/>
        <source>Regulated places written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="152"/>
        <source>Problems reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="53"/>
        <source>Reads DfT Digital Traffic Regulation Orders (D-TRO) JSON — a single record, a list of records or a consumer-API response page; schema versions 3.4.x and 4.0.0 — into one feature per regulated place.

OUTPUT: linear places (kerbside lines, directed lines); OUTPUT_POINTS: point places; OUTPUT_POLYGONS: polygon places (multi forms kept). Geometries come from the SRID=27700;WKT strings of the records; other SRIDs are transformed to TARGET_CRS.

Fields: tro_ref, provision_ref, regulation_type (D-TRO regulationType, what Kerbside eligibility maps by default), kerbside_category (no_waiting, no_stopping, loading, disabled, limited_waiting, permit, pay_and_display, parking, ev_charging, taxi, bus_stop, crossing, zig_zag, clearway, cycle_parking, other…), description, lateral_position, usrn, time_validity (readable, e.g. 'Mon-Sat 08:00-18:00') and time_validity_json, conditions (vehicle characteristics, permits, EV charging), action_type, made_date, in_force_date, revoked, source_file.

FORMAT: records are read as their schemaVersion says (or, without one, as their structure shows); choose 3.4.x or 4.0.x to force a version (a record declaring another is reported).

VALIDATE checks each record against the official DfT JSON schema of its version (shipped with the plugin): every violation is reported with its JSON path and the valid provisions are still read. REVOKED: fully revoked provisions are dropped (and reported) or kept with revoked = true. CONSULTATIONS: proposals are dropped (and reported) or kept with action_type 'consultation:…'.

Nothing is dropped silently: every record or part the reader does not understand is listed in PROBLEMS (source_file, json_path, message) and in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="86"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="86"/>
        <source>Recognise from the content (each record&apos;s schemaVersion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="86"/>
        <source>D-TRO 3.4.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="86"/>
        <source>D-TRO 4.0.x</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOsmKerbsideAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="82"/>
        <source>Import OpenStreetMap kerbside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="85"/>
        <source>Data import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="91"/>
        <source>Reads an OpenStreetMap extract (.osm or .osm.pbf, e.g. from Geofabrik) into kerb lines with street-parking and pavement values, kerbside restrictions, bus stops, crossings and kerbside points. GB OpenStreetMap data rarely carries parking or pavement tags: every derived value says where it came from (tagged / inferred / default), and the log and SUMMARY count them, so you know what to check on site.

INPUT: the OSM file (read through GDAL's OSM driver: its lines, points and multipolygons layers). TARGET_CRS: projected CRS in metres (default EPSG:27700). INCLUDE_SERVICE (default on): make kerbs for highway=service ways too (car park aisles, driveways and drive-throughs are always left out).

OUTPUT (kerb lines, one per side of each carriageway way): kerb_id, road_id, osm_id, usrn (null: OSM has none), street, highway, oneway, side (left/right of the way's direction), carriageway_width_m, width_source, carriageway_width_provenance (tagged: width tags; inferred: lanes x lane width; default: highway class default), parking_position (lane, street_side, on_kerb, half_on_kerb, shoulder, separate, yes, no), parking_orientation (parallel, diagonal, perpendicular), parking_restriction (no_parking, no_stopping, no_standing, loading_only, charging_only…), parking_condition (free, ticket, disc, residents, disabled…), parking_source_key, sidewalk (yes, no, separate, unknown), footway_width_m (0 where there is no sidewalk), each with a &lt;field&gt;_provenance of tagged / inferred / default. Read from parking:{left,right,both}:* (current scheme), parking:lane:* and parking:condition:* (deprecated), sidewalk* and footway=sidewalk ways along the kerb.

RESTRICTIONS (lines: the kerbs a parking restriction applies to), BUS_STOPS and CROSSINGS (points): restriction_id, kind (kerb_restriction, bus_stop, crossing), kerb_id, side, osm_type, osm_id, regulation_type (the D-TRO regulationType where OSM has a clear equivalent, e.g. kerbsideNoWaiting), kerbside_category, osm_key, osm_value, conditions, crossing_kind (zebra, pelican… else the crossing value), name, provenance.

POINTS: point_id, kind (charging_station, disabled_parking, bicycle_parking, street_lamp), osm_type, osm_id, name, ref, operator, access, fee, osm_value, capacity, sockets, connectors, max_power_kw, speed_class (as Import existing chargepoints). Ways and areas become a point on them.

SUMMARY: JSON with the counts (roads, kerbs, lengths, provenance of each field, restrictions and points by kind). Malformed tags and values not understood are reported in the log with counts and the first ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="131"/>
        <source>OpenStreetMap file (.osm or .osm.pbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="131"/>
        <source>OpenStreetMap files (*.osm *.pbf);;All files (*.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="140"/>
        <source>Include service roads (highway=service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="145"/>
        <source>OSM kerbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="148"/>
        <source>OSM kerb restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="148"/>
        <source>OSM bus stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="148"/>
        <source>OSM crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="148"/>
        <source>OSM kerbside points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="159"/>
        <source>Summary (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSessionsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="82"/>
        <source>Import charging sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="85"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="91"/>
        <source>Adds charging sessions from operators' data to a sessions table in a GeoPackage, for Summarise chargepoint usage and the KPI report. Run it every quarter with the new files: a session already in the table is never added twice and none is lost (each has a stable id made from the source's own ids, and all of a run is written in one transaction).

INPUT: one or more files. FORMAT: auto-detect (default), OCPI 2.2.1 CDRs and/or Sessions JSON (one object, a list, or an OCPI response with data), or CSV.

CSV column mapping (advanced): CP_FIELD (chargepoint id), START_FIELD, END_FIELD, KWH_FIELD, SESSION_ID_FIELD, EVSE_FIELD, CONNECTOR_FIELD, COST_FIELD name the columns (any case); left empty, columns with the usual names are used (cp_id, chargepoint_id, location_id…; start_time, start, start_date_time…; end_time, end…; kwh, energy_kwh, total_energy…; session_id, transaction_id, id…; evse_uid; connector_id, connector, socket…; cost, price…). Times with an offset or Z are kept; times without are local times in TIME_ZONE (advanced, default Europe/London), ISO (2025-03-30 00:30) or UK day-first (30/03/2025 00:30).

CHARGEPOINTS: the chargepoint layer the sessions belong to. A session's chargepoint reference (OCPI: country_code*party_id*location id; CSV: the chargepoint id column) is looked up in CP_ID_FIELD (default cp_id), then in SOURCE_ID_FIELD (default source_id), then in cp_id without its 'source:' prefix (layers from Import existing chargepoints match OCPI sessions directly).

SESSIONS_GPKG: the GeoPackage to add to (created when it does not exist); table sessions with session_id, source (ocpi_cdr, ocpi_session, csv), source_id, cp_id, cp_ref, evse_uid, connector_id, start_time, end_time (ISO 8601 UTC), duration_h, kwh, cost, currency, last_updated, source_file, imported_at. A session already there is updated only when the new record is its CDR (final) or is at least as recent (last_updated).

Outputs: IMPORTED (new sessions), DUPLICATES (already in the table or given twice), UPDATED, UNMATCHED (chargepoint not in CHARGEPOINTS: not imported), UNPARSED (not read), TOTAL (sessions in the table now), SESSIONS (the table, to chain into Summarise chargepoint usage) and UNMATCHED_TABLE: every record not imported with source_file, record (line or JSON path), source_id, cp_ref, start_time, end_time, kwh, reason and message. Reasons: NO_CHARGEPOINT (unmatched); NO_CHARGEPOINT_REF, MISSING_ID, BAD_START_TIME, BAD_END_TIME, END_BEFORE_START, BAD_KWH, SESSION_NOT_FINISHED (OCPI ACTIVE/PENDING: import it again once completed), NOT_CHARGING (OCPI INVALID/RESERVATION), CREDIT_CDR (billing correction; the session counts once), NOT_A_SESSION, MALFORMED_LINE (unparsed). Cancelling leaves the GeoPackage as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="132"/>
        <source>Session file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="137"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="137"/>
        <source>Auto-detect from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="137"/>
        <source>OCPI 2.2.1 CDRs / Sessions JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="137"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="149"/>
        <source>CSV: chargepoint id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="149"/>
        <source>CSV: start time column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="149"/>
        <source>CSV: end time column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="149"/>
        <source>CSV: energy (kWh) column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="149"/>
        <source>CSV: session id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="149"/>
        <source>CSV: EVSE column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="149"/>
        <source>CSV: connector / socket column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="149"/>
        <source>CSV: cost column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="162"/>
        <source>Local time zone of times without offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="170"/>
        <source>Chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="175"/>
        <source>Chargepoint id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="184"/>
        <source>Chargepoint source id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="193"/>
        <source>Sessions GeoPackage (new, or existing to add to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="193"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="200"/>
        <source>Sessions not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="209"/>
        <source>Sessions table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="210"/>
        <source>New sessions imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="210"/>
        <source>Sessions already in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="210"/>
        <source>Sessions updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="210"/>
        <source>Sessions at unknown chargepoints (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="210"/>
        <source>Records not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="210"/>
        <source>Sessions in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSubstationsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="42"/>
        <source>Import substations (CSV with Easting/Northing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="45"/>
        <source>Data import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="51"/>
        <source>Reads a substation list published by a distribution network operator (e.g. National Grid Electricity Distribution) as points in British National Grid (EPSG:27700), for grid headroom in site scoring.

INPUT: CSV (UTF-8 or Windows-1252) with Easting and Northing columns in metres. Column names are found automatically (Easting/X, Northing/Y, &apos;Substation Number&apos; or &apos;... id&apos;, &apos;... name&apos;, &apos;... type&apos;, any column with &apos;headroom&apos; in its name); EASTING_FIELD, NORTHING_FIELD, ID_FIELD, NAME_FIELD, TYPE_FIELD and HEADROOM_FIELD name them when the detection is wrong. Headroom given in MVA or MW (by column name) is converted to kVA (MW taken as MVA, power factor 1).

OUTPUT fields: substation_id, name, substation_type, headroom_kva (empty when the file has no headroom column), source_line (line of the CSV) and the file&apos;s own columns. Rows whose Easting/Northing is missing or outside the British National Grid are not on the map: they are listed in REJECTED (source_line, message) and in the log. SUBSTATION_COUNT, REJECTED_COUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="69"/>
        <source>Substations CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="77"/>
        <source>Easting column (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="77"/>
        <source>Northing column (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="77"/>
        <source>Substation id column (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="77"/>
        <source>Name column (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="77"/>
        <source>Type column (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="77"/>
        <source>Headroom column (empty: detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="100"/>
        <source>Substations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="91"/>
        <source>Substation rows not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="101"/>
        <source>Rows not placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinAreaDataAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="80"/>
        <source>Join area data (IMD, rural-urban, census)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="83"/>
        <source>Data import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="89"/>
        <source>Attaches the tables officers download to an area layer by area code, and reports every area code that found no row (nothing is dropped silently).

AREAS: polygons (LSOA boundaries) with AREA_ID_FIELD (default area_code). Give any combination of:
- IMD_FILE: English Indices of Deprivation 2019, File 1 (CSV, LSOA 2011 codes) -&gt; imd_rank (1 = most deprived of 32,844), imd_decile (1 = most deprived 10 %).
- RUC_FILE: ONS Rural-Urban Classification 2011 by LSOA (CSV) -&gt; ruc_code, ruc_class, is_rural (codes D1-E2).
- CENSUS_TS044_FILE: Census 2021 TS044 accommodation type, long format (CSV) -&gt; households, detached, semi_detached, terraced, flat_purpose_built, flat_converted_house, flat_converted_other, flat_commercial, caravan, terraced_flats_share and households_no_offstreet (estimate: terraced houses and flats have no off-street parking, others do; NO_OFFSTREET_SHARES, advanced, changes the share per type, default {shares}).
- CENSUS_TS045_FILE: Census 2021 TS045 car or van availability, long format (CSV) -&gt; households_ts045, households_no_car, households_1_car, households_2_cars, households_3plus_cars, cars (&apos;3 or more&apos; counted as 3) and no_car_share.
Existing fields of the same name are replaced (warned).

LSOA 2011 vs 2021: IMD 2019 and RUC 2011 use 2011 codes, so LSOAs changed in 2021 find no row. CODE_LOOKUP_FILE (optional CSV, e.g. the ONS LSOA 2011 -&gt; 2021 lookup) maps each area code in LOOKUP_FROM_FIELD (default {lookup_from}) to the table code in LOOKUP_TO_FIELD (default {lookup_to}) for the IMD and RUC joins; census 2021 tables use 2021 codes and are joined directly.
TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in (default EPSG:27700); inputs are reprojected to it.

OUTPUT: the areas with the joined fields (every area kept; fields empty where no row matched). UNMATCHED (table): one row per area code and table without a match: area_code, looked_up_as (the code searched for after the lookup), source_table. UNMATCHED_COUNT and REPORT (one line per table: matched of total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="127"/>
        <source>Areas (LSOA boundaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="132"/>
        <source>Area code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="141"/>
        <source>IMD 2019 File 1 (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="141"/>
        <source>Rural-Urban Classification 2011 by LSOA (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="141"/>
        <source>Census 2021 TS044 accommodation type (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="141"/>
        <source>Census 2021 TS045 car or van availability (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="156"/>
        <source>Share without off-street parking by accommodation type (type:share,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="163"/>
        <source>Area code lookup for IMD/RUC (CSV, e.g. LSOA 2021 -&gt; 2011)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="172"/>
        <source>Lookup column of your area codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="172"/>
        <source>Lookup column of the table codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="178"/>
        <source>Areas with joined data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="183"/>
        <source>Unmatched area codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="192"/>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="193"/>
        <source>Join report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KerbsFromRoadsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="39"/>
        <source>Kerbs from road centrelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="42"/>
        <source>Kerbside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="49"/>
        <source>Derives a kerb line on each side of every road centreline (OS Open Roads, OS MasterMap Highways, OpenStreetMap…), half the carriageway width from the centreline, for councils that hold centrelines only.

The carriageway width comes, in order, from WIDTH_FIELD; else LANES_FIELD × LANE_WIDTH (default {lane:g} m, DMRB CD 127 standard lane); else the default for the road class in CLASS_FIELD; else DEFAULT_WIDTH ({default:g} m, Manual for Streets fig. 7.1: two cars passing). Null, zero, negative or unreadable widths fall back to the next source with a warning naming the roads.
Class defaults: {classes}.

Output fields: kerb_id ('&lt;road_id&gt;-L' / '&lt;road_id&gt;-R', numbered when a road gives several lines on one side), road_id, street, usrn, side ('left' / 'right' of the road's digitised direction; both kerbs keep the road's direction), carriageway_width_m, width_source ('field', 'lanes', 'class_default', 'default').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="66"/>
        <source>Road centrelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="71"/>
        <source>Road id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="71"/>
        <source>Street name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="71"/>
        <source>USRN field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="71"/>
        <source>Carriageway width field (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="71"/>
        <source>Number of lanes field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="71"/>
        <source>Road class field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="87"/>
        <source>Lane width (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="87"/>
        <source>Default carriageway width (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="101"/>
        <source>Kerbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="141"/>
        <source>{count} kerb lines from {roads} roads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KerbsideEligibilityAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="413"/>
        <source>Kerbside eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="200"/>
        <source>Kerbside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="217"/>
        <source>Splits every kerb into runs that can or cannot take an on-street chargepoint and its parking bay, and gives the reason for every metre ruled out, so each site can be defended at consultation. Input layers are never modified.

KERBS: one line per kerb side (Kerbs from road centrelines makes them). Footway width comes from FOOTWAY_WIDTH_FIELD (null or negative = unknown, see UNKNOWN_FOOTWAY_POLICY) or is measured on FOOTWAYS polygons every TRANSECT_SPACING metres, narrowed by OBSTACLES. The chargepoint unit and its set-back are taken off the footway: what remains must be at least MIN_CLEAR_WIDTH (default {min_clear:g} m, the absolute minimum of Inclusive Mobility 2021; {preferred:g} m is preferred).

RESTRICTIONS (points, lines or polygons) are classed by RESTRICTION_TYPE_FIELD: D-TRO regulationType values (e.g. kerbsideNoWaiting) and common OpenStreetMap / free-text values are mapped by default to excluded, allowed, or allowed only with a traffic order change (tro_change: limited waiting, permit and pay-and-display bays). Edit the mapping in RESTRICTION_MAPPING (rows: type, policy, optional reason code) or RESTRICTION_MAPPING_FILE (JSON {{&quot;type&quot;: &quot;policy&quot; or [&quot;policy&quot;, &quot;CODE&quot;]}}). Types not in the mapping are listed in a warning and treated per UNMAPPED_POLICY.

Never taken: disabled badge holders' bays, cycle parking, car club bays, dropped kerbs, bus stops, crossings (each with a buffer), kerb within JUNCTION_SETBACK of a junction found on ROADS (nodes where three or more road ends meet). Lamp-column chargers need a column in LAMP_COLUMNS within LAMP_COLUMN_MAX_OFFSET of the kerb edge. Runs shorter than MIN_RUN_LENGTH (default: bay length × bays per unit) are RUN_TOO_SHORT.

CHARGER_TYPE presets (override with UNIT_FOOTPRINT, UNIT_SETBACK, BAY_LENGTH, BAYS_PER_UNIT; bay 6.6 m as in council EV bay design guides, footprints are typical manufacturer sizes):
{chargers}

Distances (advanced parameters):
{distances}

OUTPUT fields: kerb_id, usrn, street, side, from_m, to_m (chainage along the kerb), length_m, status ('eligible', 'eligible_with_tro_change', 'ineligible'), eligible (true unless ineligible), reasons (codes, comma separated), reasons_text (the reasons in plain language), clear_width_m (narrowest footway width left for pedestrians beside the unit), max_bays (whole bays that fit, 0 when ineligible). The runs of a kerb partition it exactly.

Numeric outputs: KERB_LENGTH, ELIGIBLE_LENGTH, TRO_CHANGE_LENGTH, EXCLUDED_LENGTH (each metre once), MAX_BAYS, LENGTH_M_&lt;CODE&gt; for every reason (a metre with two reasons counts under both), SUMMARY (JSON).

Reason codes:
{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="282"/>
        <source>Kerbs (one line per kerb side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="288"/>
        <source>Kerb id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="289"/>
        <source>USRN field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="290"/>
        <source>Street name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="291"/>
        <source>Side field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="292"/>
        <source>Footway width field (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="299"/>
        <source>Footway polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="300"/>
        <source>Obstacles on the footway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="305"/>
        <source>Obstacle footprint field (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="313"/>
        <source>Restrictions (TROs, markings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="314"/>
        <source>Restriction type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="320"/>
        <source>Restriction mapping (added to / overriding the defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="320"/>
        <source>Restriction type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="320"/>
        <source>Policy (excluded / allowed / tro_change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="320"/>
        <source>Reason code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="333"/>
        <source>Restriction mapping file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="342"/>
        <source>Restriction types not in the mapping are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="342"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="397"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="342"/>
        <source>Allowed with a TRO change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="352"/>
        <source>Pedestrian crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="353"/>
        <source>Crossing kind field (zebra, signalised, uncontrolled…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="360"/>
        <source>Road centrelines (for junctions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="361"/>
        <source>Lamp columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="362"/>
        <source>Charger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="370"/>
        <source>Unit footprint across the footway (m; empty = preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="370"/>
        <source>Unit set-back from the kerb edge (m; empty = preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="370"/>
        <source>Bay length (m; empty = preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="370"/>
        <source>Bays per unit (empty = preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="370"/>
        <source>Minimum run length (m; empty = bay length × bays per unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="388"/>
        <source>Minimum clear footway width (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="397"/>
        <source>Kerbs whose footway width is unknown are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="397"/>
        <source>Excluded (FOOTWAY_WIDTH_UNKNOWN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="418"/>
        <source>Kerb length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="418"/>
        <source>Eligible length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="418"/>
        <source>Eligible with a TRO change (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="418"/>
        <source>Excluded length (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="418"/>
        <source>Bays that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="427"/>
        <source>Length with reason {code} (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="432"/>
        <source>Summary (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="568"/>
        <source>{kerb:.0f} m of kerb: {eligible:.0f} m eligible, {tro:.0f} m eligible with a TRO change, {excluded:.0f} m excluded; {bays} bay(s) fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReportAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="85"/>
        <source>Chargepoint usage KPI report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="88"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="98"/>
        <source>Prints a PDF report of how the public chargepoints are used, for monitoring and for the consortium: built as a QGIS print layout (A4 landscape) and exported to PDF, with no window needed (qgis_process).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="98"/>
        <source>

TITLE: the report title (default 'Public chargepoint usage'). OUTPUT: the PDF file (written complete or not at all).

Pages: 1 headline KPIs of the latest period — sessions, energy (kWh), utilisation, sessions per chargepoint per day, chargepoints and sockets, idle chargepoints — with the change on the previous period and totals; 2 time series by period (sessions, energy, utilisation) with its table; 3 utilisation by area (bars) with its table; 4 distribution of chargepoint utilisation with its table, the idle and the busiest chargepoints; 5 a map of utilisation by area with legend, scale bar and table. Without AREAS pages 3 and 5 are left out. Long tables continue on extra pages. Charts are drawn with matplotlib.

Outputs: OUTPUT, PAGE_COUNT, LATEST_PERIOD, SESSIONS_LATEST, KWH_LATEST, UTILISATION_PCT (network, latest period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="123"/>
        <source>Report title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="128"/>
        <source>KPI report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="128"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="133"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="134"/>
        <source>Latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="135"/>
        <source>Sessions, latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="138"/>
        <source>kWh, latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="139"/>
        <source>Utilisation, latest period (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonCodes</name>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="226"/>
        <source>There is no footway at this kerb, so nowhere to put a chargepoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="234"/>
        <source>The footway width is not known here; measure it before siting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="237"/>
        <source>Waiting is prohibited here (yellow lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="240"/>
        <source>Stopping is prohibited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="241"/>
        <source>Red route: stopping is controlled by red lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="244"/>
        <source>Clearway: stopping is prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="245"/>
        <source>Loading bay or loading place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="246"/>
        <source>Loading is prohibited here (kerb markings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="249"/>
        <source>Taxi rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="250"/>
        <source>Zig-zag markings (school or other keep-clear): stopping is prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="253"/>
        <source>Bus lane, bus gate or bus-only street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="254"/>
        <source>Cycle lane: a parked car would block cyclists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="257"/>
        <source>Motorcycle parking bay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="258"/>
        <source>Pedestrian zone or street closed to motor vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="270"/>
        <source>Disabled badge holders&apos; bay: never replaced by a chargepoint bay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="273"/>
        <source>Cycle parking, or the space needed to reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="276"/>
        <source>Car club bay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="277"/>
        <source>Bus stop or bus stop clearway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="278"/>
        <source>Pedestrian crossing or its zig-zag controlled area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="286"/>
        <source>Too close to a junction (Highway Code rule 243: not within 10 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="289"/>
        <source>No lamp column at the kerb edge close enough for a lamp-column charger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="292"/>
        <source>The usable length of kerb here is too short for the chargepoint&apos;s bays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="295"/>
        <source>Limited waiting bay: usable after a traffic order change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="298"/>
        <source>Permit (residents&apos;) parking: usable after a traffic order change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="301"/>
        <source>Paid parking bay: usable after a traffic order change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="304"/>
        <source>Designated parking place: usable after a traffic order change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="307"/>
        <source>Usable after a traffic order change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="229"/>
        <source>The footway is too narrow: with the chargepoint on it, less than the minimum clear width would be left for pedestrians (Inclusive Mobility 2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="261"/>
        <source>Another traffic order or marking that does not allow a chargepoint bay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="265"/>
        <source>A restriction of a type that is not in the restriction mapping; treated as excluded (edit the mapping to decide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="281"/>
        <source>Dropped kerb (driveway or crossing point) that must be kept clear (Highway Code rule 243).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="308"/>
        <source>A restriction of a type that is not in the restriction mapping; treated as needing a traffic order change (edit the mapping to decide).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSitesAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="119"/>
        <source>Score candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="122"/>
        <source>Demand and scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="128"/>
        <source>Scores every candidate site 0-100 on weighted criteria, keeping each raw value and each criterion&apos;s contribution so the choice can be explained.

CANDIDATES: eligible kerb runs or any point, line or polygon layer; distances are measured from a representative point (the middle of a line).
Criteria (raw field -&gt; 0-1):
- demand (raw_demand_homes): households without off-street parking within the catchment (catchment_radius_m, default {catchment} m): HOMES points (each HOMES_WEIGHT_FIELD households, homes with a true HOMES_OFFSTREET_FIELD, default has_offstreet_parking, left out), else the areas&apos; NO_OFFSTREET_FIELD (default households_no_offstreet) of the AREAS polygons spread over each area; full marks at demand_full ({demand_full}).
- population (raw_population): the areas&apos; POPULATION_FIELD within the catchment.
- gap (raw_nearest_cp_m): walking distance to the nearest of CHARGEPOINTS, along ROADS when given; full marks at gap_full_m ({gap} m) or when none is reachable.
- survey (raw_survey_count): SURVEY suggestions within survey_radius_m ({survey_radius} m); full marks at survey_full ({survey_full}).
- forecast (raw_forecast_shortfall): the area&apos;s FORECAST_FIELD (e.g. shortfall from Forecast EV demand).
- headroom (raw_headroom_kva) and connection (raw_substation_m): HEADROOM_FIELD (default headroom_kva) at the nearest of SUBSTATIONS and the distance to it.
- deprivation (raw_imd_decile): IMD_FIELD (default imd_decile), decile 1 = 1.
- rurality (raw_ruc_code): RUC_CODE_FIELD (default ruc_code) or RUC_CLASS_FIELD (default ruc_class), urban 0 ... village 1.
- flood (raw_flood_zone): touching FLOOD_ZONES; FLOOD_POLICY exclude (site excluded) or penalise (1 - raw), default the preset&apos;s.
- land (raw_council_land): on COUNCIL_LAND (council land or adopted highway).
A criterion without input is left out and the other weights rescaled (warned); a missing value for one candidate counts as MISSING_VALUE (default {missing}). Area fields left at their default are simply not used when the areas lack them.

PRESET: named weights, thresholds and flood policy from the plugin&apos;s presets file and the user&apos;s own (saved with SAVE_PRESET_AS). WEIGHTS (optional) overrides weights: JSON {{&quot;demand&quot;: 3, &quot;gap&quot;: 2}} or the short form demand:3,gap:2; weights are relative. THRESHOLDS (advanced) overrides thresholds the same way (catchment_radius_m, demand_full, population_full, gap_full_m, survey_radius_m, survey_full, forecast_full, headroom_full_kva, connection_worst_m). SAVE_PRESET_AS (optional name): saves the preset&apos;s weights with your overrides, thresholds and flood policy to the user presets file (&lt;QGIS settings folder&gt;/ev_planner/scoring_presets.json); it then appears in PRESET (SAVED_PRESET_FILE gives the file). A built-in name cannot be replaced.
TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in (default EPSG:27700); inputs are reprojected to it.

OUTPUT: the candidates with raw_&lt;criterion&gt; fields, c_&lt;criterion&gt; contributions (100 x rescaled weight x normalised value; they add up to the score), score (0-100), rank (1 = best; ties by input order; excluded last), excluded, exclusion_reason (FLOOD_ZONE, NO_GEOMETRY or empty) and score_preset; styled by score. EFFECTIVE_WEIGHTS: the rescaled weights used (JSON); CANDIDATE_COUNT and EXCLUDED_COUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="193"/>
        <source>Presets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="196"/>
        <source>Candidate sites (e.g. eligible kerb runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="203"/>
        <source>Homes (address points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="203"/>
        <source>Areas with census, IMD and RUC fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="203"/>
        <source>Existing public chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="203"/>
        <source>Road network for walking distances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="203"/>
        <source>Residents&apos; survey suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="203"/>
        <source>Substations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="203"/>
        <source>Flood zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="203"/>
        <source>Council land or adopted highway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="218"/>
        <source>Households per home point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="218"/>
        <source>Field marking homes with off-street parking (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="226"/>
        <source>Households without off-street parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="226"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="226"/>
        <source>IMD decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="226"/>
        <source>Rural-urban classification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="226"/>
        <source>Rural-urban classification text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="226"/>
        <source>Forecast chargepoint shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="238"/>
        <source>Substation headroom (kVA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="252"/>
        <source>Sites in a flood zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="252"/>
        <source>As in the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="252"/>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="252"/>
        <source>Penalise (flood criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="269"/>
        <source>Scoring preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="278"/>
        <source>Weight overrides (JSON, e.g. {&quot;demand&quot;: 3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="285"/>
        <source>Threshold overrides (JSON, e.g. {&quot;catchment_radius_m&quot;: 250})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="290"/>
        <source>Value of a criterion unknown for a candidate (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="301"/>
        <source>Save these settings as a user preset named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="309"/>
        <source>Scored sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="314"/>
        <source>Weights used (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="317"/>
        <source>User preset file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="320"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="321"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectSitesAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="69"/>
        <source>Select sites for the delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="72"/>
        <source>Demand and scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="78"/>
        <source>Chooses the shortlist of the delivery plan from scored candidate sites (INPUT, from Score candidate sites): N sites, or as many as BUDGET allows, or both, highest SCORE_FIELD (default score) first, deterministically (ties by input order). Excluded sites (excluded = true) and sites without a score are never chosen.

Constraints:
- MIN_SPACING: chosen sites are at least this far apart (default {spacing} m, half the 400 m walking catchment).
- BUDGET with COST_BY_CHARGER_TYPE (&apos;type:cost&apos; pairs, default {costs}: indicative installed costs in GBP per site; use your framework prices); each candidate&apos;s type from CHARGER_TYPE_FIELD (default charger_type; DEFAULT_CHARGER_TYPE, default {default_type}, when empty or absent).
- MIN_RURAL_SHARE (0-1): at least this share of chosen sites rural; rural from RURAL_FIELD (true/false or an ONS RUC code), else the candidates&apos; is_rural or raw_ruc_code field.
- DISTRICT_QUOTAS: &apos;district:count&apos; (exactly), &apos;district:min-max&apos;, &apos;district:min-&apos; or &apos;district:-max&apos;, separated by commas (semicolons when a name contains a comma), e.g. &apos;Ashby Parva:5,Little Weldon:2-4&apos;. The district of a candidate is DISTRICT_FIELD (default district) or, when DISTRICT_AREAS is given, the DISTRICT_AREAS_FIELD (default district) of the area it lies in (written to the district field of the output).
Minimums (district quotas, rural share) are met first with the best feasible sites; then the best remaining sites are taken. A minimum that cannot be met is reported as a warning and in SUMMARY, never hidden.
TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in (default EPSG:27700); inputs are reprojected to it.

OUTPUT: the chosen sites in selection order with their fields and selection_order (1 = first), selection_reason (TOP_SCORE, DISTRICT_QUOTA, RURAL_SHARE), selection_note (why, in words), site_cost, cumulative_cost, is_rural. SUMMARY (JSON): selected, total_score, total_cost, budget, budget_left, rural, rural_share, rural_target, by_district, stopped_by (N, BUDGET, NO_FEASIBLE_SITE), binding, skipped (SPACING, BUDGET, DISTRICT_MAX, RURAL_SHARE: sites scoring at least as high as the last chosen one that a constraint ruled out), unmet, candidates, usable. SELECTED_COUNT, TOTAL_COST, TOTAL_SCORE and UNMET_COUNT (minimums not met) repeat the main figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="121"/>
        <source>Scored candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="126"/>
        <source>Score field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="136"/>
        <source>Number of sites to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="146"/>
        <source>Budget (GBP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="156"/>
        <source>Cost per site by charger type (type:cost,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="163"/>
        <source>Charger type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="172"/>
        <source>Charger type when the field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="179"/>
        <source>Minimum spacing between chosen sites (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="188"/>
        <source>Minimum share of rural sites (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="198"/>
        <source>Rural field (true/false or RUC code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="206"/>
        <source>District field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="215"/>
        <source>Or take the district from these areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="223"/>
        <source>District field of the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="232"/>
        <source>District quotas (e.g. Ashby Parva:5,Little Weldon:2-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="240"/>
        <source>Shortlisted sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="245"/>
        <source>Summary (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="246"/>
        <source>Sites chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="246"/>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="246"/>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="246"/>
        <source>Constraints not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteLayoutMapsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="102"/>
        <source>Site layout maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="105"/>
        <source>Delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="114"/>
        <source>Prints a site layout map for every site of SITES, for local engagement: one page per site in one PDF (OUTPUT_PDF) and, when PNG_FOLDER is given, one PNG per site named after its site reference. Use the &apos;Selected features only&apos; option of SITES to print some sites only.

SITES: the delivery plan (Export delivery plan) or the shortlist of Select sites, or any kerb runs: lines along the kerb. They are turned into delivery-plan sites first (site_ref, street, usrn, district, charger_type, sockets, bays, status... kept when present; see Export delivery plan for the defaults). CHARGER_TYPE (default {charger}) applies to sites without a charger_type; UNITS_PER_SITE (default {units}) chargepoints per site.

Each page shows: the main map centred on the site at SCALE (default 1:{scale}; 0 chooses the largest of 1:{scales} that fits the site) with the proposed bay(s) (bay length of the charger type x BAY_WIDTH, default {bay_width} m, {bay_min}-{bay_max} m, on the carriageway side, centred on the kerb run) and the chargepoint unit on the footway at the charger type&apos;s set-back from the kerb, with dimension lines (bays&apos; length, bay width, footway clear width left), the kerb runs coloured by eligibility (KERB_RUNS, from Kerbside eligibility), FOOTWAYS, RESTRICTIONS (traffic orders classed from RESTRICTION_TYPE_FIELD, default regulation_type, with the restriction mapping of Kerbside eligibility: yellow lines, no stopping, bays, other), ACCESSIBLE_BAYS (disabled badge holders&apos; bays), CYCLE_PARKING, CHARGEPOINTS (existing) and ROADS (carriageway at its width and street names; also the locator map); BASEMAP (any raster or vector layer, e.g. OS MasterMap) under everything. The carriageway side comes from the footway polygons, else the side field, else the nearest road. A locator map (1:10,000), a title block (site reference, street, USRN, ward/district, charger type, sockets, bays, footway left clear, status, score), north arrow, scale bar, legend, the ATTRIBUTION text (default: OS, OpenStreetMap and D-TRO statements; edit it to the data you used), the date and, when DRAFT (default yes), a &apos;DRAFT - FOR CONSULTATION&apos; mark.

TEMPLATE: a print layout template (.qpt; empty: the template shipped with the plugin). A council&apos;s own template needs a map item with the id main_map; items with the ids locator_map, legend, attribution and draft_mark are filled when present; labels may use the delivery-plan fields and bay_length_m, bay_width_m, setback_m. PNG_DPI: resolution of the PNGs (default {dpi}).

BAYS_OUTPUT (optional): the proposed bays (site_ref, bay, charger_type, length_m, width_m, label); UNITS_OUTPUT (optional): the units (site_ref, unit, charger_type, charger_label, footprint_m, setback_m, clear_width_m, label). PAGE_COUNT and PNG_COUNT: pages and images written. Files are written to a temporary name and replace existing ones only when complete; a cancelled run leaves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="165"/>
        <source>Sites (delivery plan or shortlist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="181"/>
        <source>Restriction type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="204"/>
        <source>Basemap (raster or vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="209"/>
        <source>Layout template (.qpt; empty: the shipped template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="218"/>
        <source>Charger type (for sites without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="226"/>
        <source>Chargepoints per site (for sites without sockets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="235"/>
        <source>Bay width (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="245"/>
        <source>Mark pages &apos;DRAFT - for consultation&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="250"/>
        <source>Data attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="259"/>
        <source>Map scale 1:n (0: choose from 1:500 to 1:1,250 to fit each site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="268"/>
        <source>PNG resolution (dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="279"/>
        <source>Site layout maps (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="279"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="284"/>
        <source>Folder for one PNG per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="301"/>
        <source>Pages printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="302"/>
        <source>PNG images written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageInputs</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="87"/>
        <source>SESSIONS: the sessions table written by Import charging sessions (e.g. sessions.gpkg|layername=sessions, or the sample area's sessions table); fields cp_id, start_time, end_time (ISO 8601; without an offset they are local times in TIME_ZONE), kwh, evse_uid, connector_id, session_id.
CHARGEPOINTS: the chargepoint points; CP_ID_FIELD (default cp_id) as in the sessions' cp_id, SOCKETS_FIELD (default sockets: vehicles that can charge at once), SPEED_CLASS_FIELD (default speed_class), else POWER_FIELD (default max_power_kw) gives the class: slow &lt; 8 kW, fast 8-49, rapid 50-149, ultra &gt;= 150 (DfT/OZEV classes).
AREAS (optional): polygons (wards, LSOAs, districts); chargepoints are counted in the area they lie in. AREA_ID_FIELD (default area_code), AREA_NAME_FIELD (default area_name), POPULATION_FIELD (default population) for figures per 10,000 people, EVS_FIELD (default plugin_evs) for figures per plug-in EV.
PERIOD: month or calendar quarter (default), in the local time zone TIME_ZONE (advanced, default Europe/London: periods start at local midnight, GMT or BST).

Definitions: a session counts once, in the period it starts in; its hours plugged in are split at period boundaries and its kWh shared in proportion. hours_occupied is the time sockets were occupied — per EVSE (else connector) the union of its sessions, so overlapping sessions on one socket count once; sessions without EVSE/connector occupy at most the chargepoint's sockets at once. sockets = the sockets attribute, raised to the sockets seen in the sessions, at least 1. hours_available = sockets x hours in the period. utilisation_pct = 100 x hours_occupied / hours_available. sessions_per_day = sessions / days (per chargepoint; in area tables the mean per chargepoint). Periods run from the one in which the first session starts to the one in which the last starts; every chargepoint is taken as available all period. Changes on the previous period: sessions_change_pct, kwh_change_pct (null when the previous value is 0) and utilisation_change_pp (percentage points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="117"/>
        <source>Charging sessions table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="122"/>
        <source>Chargepoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="127"/>
        <source>Chargepoint id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="127"/>
        <source>Sockets field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="127"/>
        <source>Speed class field (slow/fast/rapid/ultra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="127"/>
        <source>Power (kW) field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="143"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="148"/>
        <source>Area id field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="148"/>
        <source>Area name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="148"/>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="148"/>
        <source>Plug-in EVs field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="162"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="162"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="162"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="170"/>
        <source>Local time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageSummaryAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="355"/>
        <source>Summarise chargepoint usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="358"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="364"/>
        <source>How public chargepoints are used, per chargepoint, per area and per month or quarter, from the charging sessions operators supply (see Import charging sessions); all periods are kept so areas can be compared over time.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="364"/>
        <source>

MAP_PERIOD (optional, e.g. 2025-Q1 or 2025-03): the period shown in AREAS_OUTPUT; default the latest.

OUTPUT (table, one row per chargepoint and period): cp_id, speed_class, area_id, period (2025-03 or 2025-Q1), period_start, period_end (first and last local day), days, sockets, sessions, kwh, hours_plugged, hours_occupied, hours_available, utilisation_pct, sessions_per_day, sessions_change_pct, kwh_change_pct, utilisation_change_pp. Chargepoints without sessions have rows of zeros (faulty or unused).

AREA_TABLE (one row per area and period; without AREAS one row per period for the whole network, area_id ALL) and AREAS_OUTPUT (area polygons of MAP_PERIOD, styled by utilisation_pct): area_id, area_name, period, period_start, period_end, days, population, plugin_evs, chargepoints, chargepoints_slow, chargepoints_fast, chargepoints_rapid, chargepoints_ultra, sockets, idle_chargepoints (no session in the period), sessions, kwh, hours_plugged, hours_occupied, hours_available, utilisation_pct (null without chargepoints), sessions_per_day (per chargepoint), chargepoints_per_10k, sessions_per_10k, kwh_per_10k (per 10,000 people), evs_per_chargepoint, sessions_per_ev, kwh_per_ev, sessions_change_pct, kwh_change_pct, utilisation_change_pp.

Sessions that cannot be used (unknown chargepoint, unreadable times, end before start) and chargepoints outside every area are left out with a warning giving the count and the first ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="398"/>
        <source>Period shown on the area layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="403"/>
        <source>Usage per chargepoint and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="408"/>
        <source>Usage by area (map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="417"/>
        <source>Usage per area and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="426"/>
        <source>Sessions used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="427"/>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="428"/>
        <source>Latest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="429"/>
        <source>Network utilisation in the latest period (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
