<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>ChargerTypes</name>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="205"/>
        <source>Lamp-column charger (3-5 kW)</source>
        <translation>Gwefrydd colofn lamp (3-5 kW)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="215"/>
        <source>Standard post (7 kW)</source>
        <translation>Postyn safonol (7 kW)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="225"/>
        <source>Fast post (22 kW)</source>
        <translation>Postyn cyflym (22 kW)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="235"/>
        <source>Rapid charger (50 kW and more)</source>
        <translation>Gwefrydd cyflym iawn (50 kW a mwy)</translation>
    </message>
</context>
<context>
    <name>CoverageGapsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="69"/>
        <source>Coverage gaps in public charging</source>
        <translation>Bylchau yng nghwmpas gwefru cyhoeddus</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="72"/>
        <source>Demand and scoring</source>
        <translation>Galw a sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="78"/>
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
        <translation>Pa gartrefi nad ydynt o fewn pellter cerdded byr i bwynt gwefru cyhoeddus, a chwmpas pob ardal a dosbarth heddiw a gyda safleoedd y cynllun cyflawni.

HOMES: pwyntiau cyfeiriad (un cartref ym mhob pwynt, neu nifer yr aelwydydd yn HOUSEHOLDS_FIELD ym mhob pwynt) neu bolygonau ardal gyda nifer yr aelwydydd yn HOUSEHOLDS_FIELD (pan fo'n wag a bod gan y polygonau faes 'households', defnyddir hwnnw); caiff aelwydydd pob ardal eu taenu'n gyfartal dros ddellt o bwyntiau bob {spacing} m y tu mewn iddi (AREA_POINT_SPACING), felly gall ardal fod yn rhannol o fewn cwmpas. OFFSTREET_FIELD (dewisol): caiff cartrefi y mae eu gwerth yn true / 1 / yes (parcio oddi ar y stryd) eu gadael allan, felly mae'r cwmpas yn ymwneud â'r cartrefi sy'n dibynnu ar wefru ar y stryd.
CHARGEPOINTS: pwyntiau gwefru cyhoeddus presennol. SPEED_CLASSES: cyfrif y dosbarthiadau hyn yn unig (slow (araf) &lt; 8 kW, fast (cyflym) 8-49, rapid (cyflym iawn) 50-149, ultra (hynod gyflym) &gt;= 150, wedi'u darllen o SPEED_CLASS_FIELD, diofyn speed_class); os na ddewisir yr un, cyfrifir pob un. Mae CHARGEPOINT_ID_FIELD (diofyn cp_id) yn enwi'r pwynt gwefru agosaf yn yr allbwn.
ROADS (dewisol): llinellau canol ffyrdd; mesurir pellteroedd drwy gerdded ar eu hyd (a'r cymalau mynediad i'r ffordd agosaf mewn llinell syth). Heb ffyrdd, defnyddir y pellter mewn llinell syth. NODE_TOLERANCE: caiff pennau llinellau sy'n agosach na hyn eu huno (diofyn {tolerance} m).
WALK_DISTANCE: mae cartref o fewn cwmpas pan nad yw'r pwynt gwefru agosaf a gyfrifir yn bellach na hyn (diofyn {walk} m: taith gerdded {minutes} munud ar {speed} m/s, sef y cyflymder cerdded yn ystadegau Journey Time Statistics yr Adran Drafnidiaeth (DfT), a'r pellter cerdded dymunol yn ôl CIHT).
PLAN_SITES (dewisol, unrhyw geometreg): safleoedd y cynllun cyflawni, ar gyfer y ffigurau 'gyda'r cynllun'. Mae WALK_SPEED (uwch, diofyn {speed} m/s) yn troi metrau'n funudau.
AREAS (dewisol): polygonau gydag AREA_ID_FIELD (diofyn area_code) a DISTRICT_FIELD yn ddewisol, ar gyfer y tablau fesul ardal a fesul dosbarth. Pan fo HOMES yn bolygonau a bod AREAS yn wag, defnyddir polygonau'r cartrefi fel yr ardaloedd.
TARGET_CRS: y CRS tafluniedig (metrau) y gwneir y gwaith ynddo ac yr ysgrifennir yr allbynnau ynddo (diofyn EPSG:27700); caiff mewnbynnau eu haildaflunio iddo.

OUTPUT (pwyntiau): POB cartref (neu bwynt dellt), pob un gyda households, cod a dosbarth yr ardal, nearest_cp_m, nearest_cp_min, nearest_cp_id, covered, nearest_site_m (pwyntiau gwefru neu safleoedd y cynllun), covered_with_plan, nearest_&lt;class&gt;_m ar gyfer pob dosbarth cyflymder sy'n bresennol, a distance_method (network / straight_line). Hidlwch covered = false i weld y bylchau; mae'r arddull yn dangos o fewn cwmpas, o fewn cwmpas gyda'r cynllun yn unig, a heb fod o fewn cwmpas.
AREAS_OUTPUT (polygonau) a DISTRICTS_OUTPUT (tabl): homes_total, homes_covered, homes_uncovered, coverage_pct, homes_covered_plan, coverage_plan_pct, coverage_gain_pct (pwyntiau canran) a coverage_&lt;class&gt;_pct; canrannau o aelwydydd, yn wag ar gyfer ardal heb gartrefi.
COVERAGE_PCT, COVERAGE_PLAN_PCT, HOMES_TOTAL, HOMES_COVERED, HOMES_COVERED_PLAN: y cyfansymiau dros yr holl gartrefi.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="128"/>
        <source>Homes (address points, or areas with a household count)</source>
        <translation>Cartrefi (pwyntiau cyfeiriad, neu ardaloedd gyda nifer yr aelwydydd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="134"/>
        <source>Households per home feature</source>
        <translation>Aelwydydd ym mhob nodwedd cartref</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="140"/>
        <source>Field marking homes with off-street parking (left out)</source>
        <translation>Maes sy'n nodi cartrefi â pharcio oddi ar y stryd (gadewir y rhain allan)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="145"/>
        <source>Public chargepoints</source>
        <translation>Pwyntiau gwefru cyhoeddus</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="151"/>
        <source>Chargepoint id field</source>
        <translation>Maes ID pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="157"/>
        <source>Speed class field (slow/fast/rapid/ultra)</source>
        <translation>Maes dosbarth cyflymder (slow/fast/rapid/ultra)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="164"/>
        <source>Count only these speed classes (none: all)</source>
        <translation>Cyfrif y dosbarthiadau cyflymder hyn yn unig (dim: pob un)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="172"/>
        <source>Areas (LSOA, ward...) for coverage per area</source>
        <translation>Ardaloedd (ACEHI, ward...) ar gyfer cwmpas fesul ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="177"/>
        <source>Area code field</source>
        <translation>Maes cod ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="180"/>
        <source>District field of the areas</source>
        <translation>Maes dosbarth yr ardaloedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="181"/>
        <source>Road network for walking distances (none: straight line)</source>
        <translation>Rhwydwaith ffyrdd ar gyfer pellteroedd cerdded (dim: llinell syth)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="186"/>
        <source>Walking distance (m)</source>
        <translation>Pellter cerdded (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="192"/>
        <source>Delivery plan sites</source>
        <translation>Safleoedd y cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="195"/>
        <source>Lattice spacing for households in areas (m)</source>
        <translation>Bylchiad y dellt ar gyfer aelwydydd mewn ardaloedd (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="195"/>
        <source>Join road ends closer than (m)</source>
        <translation>Uno pennau ffyrdd sy'n agosach na (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="195"/>
        <source>Walking speed (m/s)</source>
        <translation>Cyflymder cerdded (m/s)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="212"/>
        <source>Homes and their coverage</source>
        <translation>Cartrefi a'u cwmpas</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="213"/>
        <source>Coverage per area</source>
        <translation>Cwmpas fesul ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="216"/>
        <source>Coverage per district</source>
        <translation>Cwmpas fesul dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="222"/>
        <source>Households covered today (%)</source>
        <translation>Aelwydydd o fewn cwmpas heddiw (%)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="222"/>
        <source>Households covered with the plan (%)</source>
        <translation>Aelwydydd o fewn cwmpas gyda'r cynllun (%)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="222"/>
        <source>Households counted</source>
        <translation>Aelwydydd a gyfrifwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="222"/>
        <source>Households covered today</source>
        <translation>Aelwydydd o fewn cwmpas heddiw</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="222"/>
        <source>Households covered with the plan</source>
        <translation>Aelwydydd o fewn cwmpas gyda'r cynllun</translation>
    </message>
</context>
<context>
    <name>CreateSampleAreaAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="29"/>
        <source>Create sample planning area</source>
        <translation>Creu ardal gynllunio enghreifftiol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="32"/>
        <source>Sample data</source>
        <translation>Data enghreifftiol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="54"/>
        <source>Random seed</source>
        <translation>Hedyn ar hap</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="55"/>
        <source>Sample area GeoPackage</source>
        <translation>GeoPackage yr ardal enghreifftiol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="55"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="60"/>
        <source>Layer names</source>
        <translation>Enwau haenau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="61"/>
        <source>Features written</source>
        <translation>Nodweddion a ysgrifennwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="66"/>
        <source>Building the sample area (seed {seed})…</source>
        <translation>Wrthi'n adeiladu'r ardal enghreifftiol (hedyn {seed})…</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/sample_area.py" line="38"/>
        <source>Writes a fictional but realistic planning area — a market town (Ashby Parva) and a village (Little Weldon) in British National Grid (EPSG:27700) — to one GeoPackage, to try every EV Planner algorithm on, or to train staff.

Layers: roads (road_id, name, usrn, road_class, carriageway_width_m, lanes, settlement), kerbs (kerb_id, road_id, usrn, street, side, footway_width_m), footways, obstacles, restrictions (D-TRO regulation_type values), accessible_bays, car_club_bays, cycle_parking, dropped_kerbs, bus_stops, crossings, lamp_columns, chargepoints, survey_suggestions, areas (households, households_no_offstreet, imd_decile, ruc_code), substations (headroom_kva), addresses, and a table of a year of charging sessions at the chargepoints (sessions).

SEED: the same seed always gives the same data.
All places, streets and figures are invented.</source>
        <translation>Mae'n ysgrifennu ardal gynllunio ffug ond realistig — tref farchnad (Ashby Parva) a phentref (Little Weldon) yng Ngrid Cenedlaethol Prydain (EPSG:27700) — i un GeoPackage, er mwyn rhoi cynnig ar bob un o algorithmau Cynllunydd CT, neu er mwyn hyfforddi staff.

Haenau: roads (road_id, name, usrn, road_class, carriageway_width_m, lanes, settlement), kerbs (kerb_id, road_id, usrn, street, side, footway_width_m), footways, obstacles, restrictions (gwerthoedd regulation_type D-TRO), accessible_bays, car_club_bays, cycle_parking, dropped_kerbs, bus_stops, crossings, lamp_columns, chargepoints, survey_suggestions, areas (households, households_no_offstreet, imd_decile, ruc_code), substations (headroom_kva), addresses, a thabl o flwyddyn o sesiynau gwefru yn y pwyntiau gwefru (sessions).

SEED: mae'r un hedyn bob amser yn rhoi'r un data.
Mae pob lle, stryd a ffigur wedi'u dyfeisio.</translation>
    </message>
</context>
<context>
    <name>DeliveryPlan</name>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="500"/>
        <source>Add {n} site(s) to the delivery plan</source>
        <translation>Ychwanegu {n} safle at y cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="546"/>
        <source>Annotate {n} delivery-plan site(s)</source>
        <translation>Anodi {n} safle yn y cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="316"/>
        <source>Delivery plan</source>
        <translation>Cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="322"/>
        <source>Delivery plan history</source>
        <translation>Hanes y cynllun cyflawni</translation>
    </message>
</context>
<context>
    <name>EvPlannerAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/base.py" line="359"/>
        <source>Target CRS (projected, metres)</source>
        <translation>CRS targed (tafluniedig, metrau)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/base.py" line="371"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/toolbelt/i18n.py" line="22"/>
        <source>Same as QGIS</source>
        <translation>Yr un fath â QGIS</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/toolbelt/i18n.py" line="22"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/toolbelt/i18n.py" line="22"/>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
</context>
<context>
    <name>EvPlannerPlugin</name>
    <message>
        <location filename="../ev_planner_plugin/plugin.py" line="56"/>
        <source>EV Site Planner</source>
        <translation>Cynllunydd Safleoedd CT</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plugin.py" line="68"/>
        <source>EV Planner</source>
        <translation>Cynllunydd CT</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plugin.py" line="71"/>
        <source>&amp;EV Planner</source>
        <translation>&amp;Cynllunydd CT</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plugin.py" line="60"/>
        <source>Open the EV Site Planner panel: score and annotate selected streets</source>
        <translation>Agor panel Cynllunydd Safleoedd CT: sgorio ac anodi'r strydoedd a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>EvPlannerProvider</name>
    <message>
        <location filename="../ev_planner_plugin/processing/provider.py" line="42"/>
        <source>EV Chargepoint Planner</source>
        <translation>Cynllunydd Pwyntiau Gwefru CT</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/provider.py" line="45"/>
        <source>EV Chargepoint Planner {version}</source>
        <translation>Cynllunydd Pwyntiau Gwefru CT {version}</translation>
    </message>
</context>
<context>
    <name>ExportDeliveryPlanAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="81"/>
        <source>Export delivery plan</source>
        <translation>Allforio'r cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="84"/>
        <source>Delivery plan</source>
        <translation>Cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="131"/>
        <source>Sites (shortlist or delivery plan)</source>
        <translation>Safleoedd (rhestr fer neu gynllun cyflawni)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="137"/>
        <source>Charger type (for sites without one)</source>
        <translation>Math o wefrydd (ar gyfer safleoedd heb un)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="143"/>
        <source>Funding stream (for sites without one)</source>
        <translation>Ffrwd gyllido (ar gyfer safleoedd heb un)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="149"/>
        <source>Chargepoints per site (for sites without sockets)</source>
        <translation>Pwyntiau gwefru fesul safle (ar gyfer safleoedd heb socedi)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="157"/>
        <source>Status (for sites without a delivery-plan status)</source>
        <translation>Statws (ar gyfer safleoedd heb statws cynllun cyflawni)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="164"/>
        <source>Site reference prefix (empty: initials of the district)</source>
        <translation>Rhagddodiad cyfeirnod safle (gwag: llythrennau cyntaf y dosbarth)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="170"/>
        <source>Officer (for sites without one)</source>
        <translation>Swyddog (ar gyfer safleoedd heb un)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="176"/>
        <source>Ward / district areas (for sites without a district)</source>
        <translation>Ardaloedd ward / dosbarth (ar gyfer safleoedd heb ddosbarth)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="182"/>
        <source>Ward / district name field</source>
        <translation>Maes enw ward / dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="189"/>
        <source>Title of the summary PDF</source>
        <translation>Teitl y PDF crynodeb</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="223"/>
        <source>Sites</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="224"/>
        <source>Sockets</source>
        <translation>Socedi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="225"/>
        <source>Estimated cost (GBP)</source>
        <translation>Cost amcangyfrifedig (GBP)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="226"/>
        <source>Summary (JSON)</source>
        <translation>Crynodeb (JSON)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="92"/>
        <source>Publishes the delivery plan: the sites of INPUT (the shortlist of Select sites, kerb runs, or the delivery plan itself) as delivery-plan sites, written to any of OUTPUT_GPKG (GeoPackage, layer delivery_plan, in TARGET_CRS, default EPSG:27700), OUTPUT_GEOJSON (GeoJSON for the council&apos;s web map: RFC 7946, WGS84 longitude/latitude, {precision} decimals), OUTPUT_CSV (one row per site, UTF-8, with the longitude and latitude of the middle of the site) and OUTPUT_PDF (a summary: sites, sockets and estimated cost by ward/district, charger type, status and funding stream, and a table of the sites; TITLE on its first page, in LANGUAGE: the same as QGIS (default), English or Cymraeg (Welsh)). At least one output is needed. Every file is written under a temporary name and replaces an existing file only when all the outputs are complete; a cancelled run writes nothing and leaves existing files as they were.

Fields (the delivery-plan contract): site_ref (e.g. AP-001: kept when present, else REF_PREFIX or the initials of the district, numbered by selection_order, rank, then score), street, usrn (text), district (district or ward field, else the DISTRICT_AREAS_FIELD of the DISTRICT_AREAS polygon the site lies in), charger_type ({chargers}; kept when present, else CHARGER_TYPE, default {charger}), sockets (kept, else UNITS_PER_SITE x sockets per unit: 2 for posts, 1 for lamp columns), bays (kept, else the bays the units serve that fit the kerb run), status ({statuses}; kept when one of them, else STATUS, default {status}), funding ({funding}; default {default_funding}), cost_gbp (kept, else site_cost of Select sites, else units x the indicative cost per unit: {costs}), score, notes, officer (kept, else OFFICER), updated (ISO date; kept, else today), kerb_id, side, clear_width_m (from the kerb run).

SITE_COUNT, SOCKET_COUNT and TOTAL_COST repeat the totals; SUMMARY (JSON) holds the summary tables.</source>
        <translation>Mae'n cyhoeddi'r cynllun cyflawni: safleoedd INPUT (rhestr fer yr algorithm Dewis safleoedd, rhediadau cwrbyn, neu'r cynllun cyflawni ei hun) fel safleoedd cynllun cyflawni, wedi'u hysgrifennu i unrhyw un o OUTPUT_GPKG (GeoPackage, haen delivery_plan, yn TARGET_CRS, diofyn EPSG:27700), OUTPUT_GEOJSON (GeoJSON ar gyfer map gwe'r cyngor: RFC 7946, hydred/lledred WGS84, {precision} lle degol), OUTPUT_CSV (un rhes i bob safle, UTF-8, gyda hydred a lledred canol y safle) ac OUTPUT_PDF (crynodeb: safleoedd, socedi a chost amcangyfrifedig yn ôl ward/dosbarth, math o wefrydd, statws a ffrwd gyllido, a thabl o'r safleoedd; TITLE ar ei dudalen gyntaf, yn yr iaith LANGUAGE: yr un fath â QGIS (diofyn), Saesneg neu Cymraeg). Mae angen o leiaf un allbwn. Caiff pob ffeil ei hysgrifennu dan enw dros dro, a dim ond pan fydd yr holl allbynnau'n gyflawn y bydd yn disodli ffeil sy'n bodoli eisoes; nid yw rhediad a ganslwyd yn ysgrifennu dim, ac mae'n gadael ffeiliau presennol fel yr oeddent.

Meysydd (contract y cynllun cyflawni): site_ref (e.e. AP-001: caiff ei gadw pan fo'n bresennol, fel arall REF_PREFIX neu lythrennau cyntaf y dosbarth, wedi'u rhifo yn ôl selection_order, rank, yna score), street, usrn (testun), district (maes district neu ward, fel arall DISTRICT_AREAS_FIELD y polygon DISTRICT_AREAS y mae'r safle ynddo), charger_type ({chargers}; caiff ei gadw pan fo'n bresennol, fel arall CHARGER_TYPE, diofyn {charger}), sockets (caiff ei gadw, fel arall UNITS_PER_SITE x socedi fesul uned: 2 ar gyfer pyst, 1 ar gyfer colofnau lamp), bays (caiff ei gadw, fel arall y cilfachau a wasanaethir gan yr unedau sy'n ffitio yn y rhediad cwrbyn), status ({statuses}; caiff ei gadw pan fo'n un ohonynt, fel arall STATUS, diofyn {status}), funding ({funding}; diofyn {default_funding}), cost_gbp (caiff ei gadw, fel arall site_cost o'r algorithm Dewis safleoedd, fel arall unedau x y gost ddangosol fesul uned: {costs}), score, notes, officer (caiff ei gadw, fel arall OFFICER), updated (dyddiad ISO; caiff ei gadw, fel arall heddiw), kerb_id, side, clear_width_m (o'r rhediad cwrbyn).

Mae SITE_COUNT, SOCKET_COUNT a TOTAL_COST yn ailadrodd y cyfansymiau; mae SUMMARY (JSON) yn cynnwys y tablau crynodeb.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="194"/>
        <source>Delivery plan (GeoPackage)</source>
        <translation>Cynllun cyflawni (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="194"/>
        <source>Delivery plan for the web (GeoJSON, WGS84)</source>
        <translation>Cynllun cyflawni ar gyfer y we (GeoJSON, WGS84)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="194"/>
        <source>Delivery plan table (CSV)</source>
        <translation>Tabl y cynllun cyflawni (CSV)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="194"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="194"/>
        <source>Delivery plan summary (PDF)</source>
        <translation>Crynodeb o'r cynllun cyflawni (PDF)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="194"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FootwayWidthAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="32"/>
        <source>Footway width along kerbs</source>
        <translation>Lled y droetffordd ar hyd cwrbynnau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="35"/>
        <source>Kerbside</source>
        <translation>Ymyl y palmant</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="41"/>
        <source>Measures the footway beside each kerb on transects perpendicular to the kerb every SPACING metres (default {spacing:g} m), from footway polygons. Footways split across several polygons are joined; where a footway ends the width is 0; the side of the kerb with footway is found by itself. OBSTACLES (trees, poles, cabinets, as points with a footprint diameter in OBSTACLE_SIZE_FIELD — default {obstacle:g} m — or as polygons) narrow the clear width where they stand.

Output: the kerbs cut into pieces (whole kerbs, or PIECE_LENGTH metres) with kerb_id, from_m, to_m, length_m, width_min_m, width_mean_m (footway width), clear_width_min_m, clear_width_mean_m (longest unobstructed width: what a pedestrian can use) and no_footway_m (metres without footway). Widths are capped at MAX_WIDTH ({max_width:g} m).

Inclusive Mobility (DfT, 2021) asks for 2.0 m clear footway, 1.5 m at the absolute minimum; Kerbside eligibility uses these widths.</source>
        <translation>Mae'n mesur y droetffordd wrth ymyl pob cwrbyn ar drawsluniau sy'n berpendicwlar i'r cwrbyn bob SPACING metr (diofyn {spacing:g} m), o bolygonau troetffyrdd. Caiff troetffyrdd sydd wedi'u rhannu rhwng sawl polygon eu huno; lle mae troetffordd yn dod i ben, y lled yw 0; canfyddir yn awtomatig pa ochr i'r cwrbyn sydd â throetffordd. Mae OBSTACLES (coed, polion, cypyrddau, fel pwyntiau gyda diamedr ôl troed yn OBSTACLE_SIZE_FIELD — diofyn {obstacle:g} m — neu fel polygonau) yn culhau'r lled clir lle maent yn sefyll.

Allbwn: y cwrbynnau wedi'u torri'n ddarnau (cwrbynnau cyfan, neu ddarnau PIECE_LENGTH metr) gyda kerb_id, from_m, to_m, length_m, width_min_m, width_mean_m (lled y droetffordd), clear_width_min_m, clear_width_mean_m (y lled dirwystr mwyaf: yr hyn y gall cerddwr ei ddefnyddio) a no_footway_m (metrau heb droetffordd). Caiff lledau eu capio ar MAX_WIDTH ({max_width:g} m).

Mae Inclusive Mobility (DfT, 2021) yn gofyn am 2.0 m o droetffordd glir, ac 1.5 m fel yr isafswm absoliwt; mae Cymhwysedd ymyl y palmant yn defnyddio'r lledau hyn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="62"/>
        <source>Kerbs</source>
        <translation>Cwrbynnau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="63"/>
        <source>Kerb id field</source>
        <translation>Maes ID cwrbyn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="64"/>
        <source>Footway polygons</source>
        <translation>Polygonau troetffyrdd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="67"/>
        <source>Obstacles on the footway (points or polygons)</source>
        <translation>Rhwystrau ar y droetffordd (pwyntiau neu bolygonau)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="72"/>
        <source>Obstacle footprint diameter field (m)</source>
        <translation>Maes diamedr ôl troed rhwystr (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="79"/>
        <source>Transect spacing (m)</source>
        <translation>Bylchiad trawsluniau (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="85"/>
        <source>Piece length (m; empty = whole kerbs)</source>
        <translation>Hyd darn (m; gwag = cwrbynnau cyfan)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="92"/>
        <source>Maximum width measured (m)</source>
        <translation>Lled mwyaf a fesurir (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="92"/>
        <source>Default obstacle footprint (m)</source>
        <translation>Ôl troed diofyn rhwystr (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/footway_width.py" line="102"/>
        <source>Footway width</source>
        <translation>Lled y droetffordd</translation>
    </message>
</context>
<context>
    <name>ForecastDemandAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="66"/>
        <source>Forecast EV demand and public chargepoints needed</source>
        <translation>Rhagweld y galw am gerbydau trydan a'r pwyntiau gwefru cyhoeddus sydd eu hangen</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="69"/>
        <source>Demand and scoring</source>
        <translation>Galw a sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="75"/>
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
        <translation>Fesul ardal a blwyddyn darged: stoc y cerbydau trydan plygio i mewn, y cerbydau trydan sydd angen gwefru cyhoeddus, y pwyntiau gwefru cyhoeddus sydd eu hangen, y rhai presennol a'r diffyg.

AREAS: polygonau (ACEHI, wardiau...) gydag AREA_ID_FIELD (diofyn area_code).
TARGET_YEARS: '2025,2030,2035', ystod '2025-2040' (pob blwyddyn) neu '2025-2040/5' (diofyn {years}).

Stoc cerbydau trydan, mewn un o ddwy ffordd:
- os rhoddir COUNTY_TOTALS (parau 'blwyddyn:cyfanswm', e.e. '2024:13000,2030:128300' o'r strategaeth): caiff y cyfansymiau eu rhyngosod yn llinol rhwng y blynyddoedd a roddwyd (gwrthodir blynyddoedd targed y tu allan iddynt) a'u dosrannu i ardaloedd yn gymesur ag APPORTION_FIELD (diofyn households; mae ceir neu gerbydau trydan presennol yn gweithio hefyd). Ni ddefnyddir CURRENT_EVS_FIELD wedyn.
- fel arall, CURRENT_EVS_FIELD (diofyn plugin_evs: cerbydau plygio i mewn trwyddedig yn BASE_YEAR, diofyn {base_year}, e.e. DfT VEH0142) wedi'i dyfu ar hyd cromlin mabwysiadu logistig ar gyfer cyfran y cerbydau plygio i mewn yn y fflyd ceir, s / (1 + exp(-r (blwyddyn - m))): SATURATION s (diofyn {saturation}), MIDPOINT_YEAR m (diofyn {midpoint}), GROWTH_RATE r (diofyn {growth}) - gwerthoedd diofyn enghreifftiol wedi'u graddnodi i ~3.6 % o geir plygio i mewn yn 2024 (DfT VEH0142) a hanner y fflyd erbyn 2035 (mandad ZEV, diwedd gwerthu ceir petrol a diesel newydd yn 2030, oes car o ~14 blynedd); graddnodwch nhw i'ch strategaeth chi. Mae CARS_FIELD (dewisol) yn capio cerbydau trydan ardal ar nifer y ceir x y dirlawnder.

Cyfran y cerbydau trydan sydd angen gwefru cyhoeddus, y cyntaf o'r canlynol: SHARE_FIELD (0-1 fesul ardal), NO_OFFSTREET_FIELD / HOUSEHOLDS_FIELD (aelwydydd heb barcio oddi ar y stryd, e.e. o dabl TS044 y cyfrifiad drwy Uno data ardaloedd), neu SHARE_NEEDING_PUBLIC (diofyn {share}: mae'r gymhareb ar draws y fflyd isod eisoes yn ystyried gwefru gartref; pan fyddwch yn rhoi'r gyfran heb barcio oddi ar y stryd, gostyngwch y gymhareb i 'cerbydau trydan sy'n dibynnu ar wefru cyhoeddus fesul pwynt gwefru').
EVS_PER_PUBLIC_CHARGEPOINT: diofyn {ratio}, y gymhareb sy'n sail i ffigurau strategaeth y sir (128,300 o gerbydau trydan plygio i mewn erbyn 2030 sydd angen 3,200+ o bwyntiau gwefru cyhoeddus); er mwyn cymharu, mae 'Taking charge' (2022) yr Adran Drafnidiaeth (DfT) yn disgwyl ~300,000 o bwyntiau gwefru cyhoeddus yn genedlaethol erbyn 2030. Defnyddiwch gymhareb eich strategaeth chi.
Pwyntiau gwefru cyhoeddus presennol fesul ardal: EXISTING_FIELD ar yr ardaloedd, fel arall pwyntiau CHARGEPOINTS wedi'u cyfrif fesul ardal (CHARGEPOINT_COUNT_FIELD i gyfrif socedi), fel arall 0.
ROUNDING: mae 'Gweddill mwyaf' (diofyn) yn gwneud cyfanswm y sir yn ceil(swm y gofynion union) ac yn ei rannu fel bod ffigurau'r ardaloedd yn adio iddo'n union (128,300 o gerbydau trydan ar 40 = 3,208); mae 'Talgrynnu i fyny fesul ardal' yn talgrynnu pob ardal i fyny (gall y swm fod yn fwy na ffigur y sir).
TARGET_CRS: y CRS tafluniedig (metrau) y gwneir y gwaith ynddo ac yr ysgrifennir yr allbynnau ynddo (diofyn EPSG:27700); caiff mewnbynnau eu haildaflunio iddo.

OUTPUT: polygonau'r ardaloedd unwaith ar gyfer pob blwyddyn darged (fformat hir) gyda meysydd yr ardal a year, evs, share_needing_public, evs_needing_public, required_exact, required_chargepoints, existing_chargepoints, shortfall (max(gofynnol - presennol, 0)) a method (logistic / county_total). TABLE: yr un peth heb geometreg. TOTALS: un rhes ar gyfer pob blwyddyn: year, evs, evs_needing_public, required_exact, required_chargepoints, existing_chargepoints, shortfall (swm dros yr ardaloedd), shortfall_net (max(cyfanswm gofynnol - cyfanswm presennol, 0)), method. Ni chaiff maes 'fid' mewnbwn ei gopïo (byddai'n cael ei ailadrodd unwaith ar gyfer pob blwyddyn).
LAST_YEAR, EVS_TOTAL, REQUIRED_TOTAL, EXISTING_TOTAL, SHORTFALL_TOTAL (swm diffygion yr ardaloedd) a SHORTFALL_NET: cyfansymiau'r flwyddyn darged olaf.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="136"/>
        <source>Areas (LSOA, ward...)</source>
        <translation>Ardaloedd (ACEHI, ward...)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="140"/>
        <source>Area code field</source>
        <translation>Maes cod ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="143"/>
        <source>Target years (e.g. 2025,2030,2035 or 2025-2040)</source>
        <translation>Blynyddoedd targed (e.e. 2025,2030,2035 neu 2025-2040)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="148"/>
        <source>Year of the current EV registrations</source>
        <translation>Blwyddyn y cofrestriadau cerbydau trydan presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="156"/>
        <source>Current plug-in EVs per area (uptake curve)</source>
        <translation>Cerbydau trydan plygio i mewn presennol fesul ardal (cromlin mabwysiadu)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="163"/>
        <source>Or county EV totals by year (e.g. 2024:13000,2030:128300)</source>
        <translation>Neu gyfansymiau cerbydau trydan y sir fesul blwyddyn (e.e. 2024:13000,2030:128300)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="168"/>
        <source>Apportion county totals by</source>
        <translation>Dosrannu cyfansymiau'r sir yn ôl</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="175"/>
        <source>Share of EVs needing public charging (0-1)</source>
        <translation>Cyfran y cerbydau trydan sydd angen gwefru cyhoeddus (0-1)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="182"/>
        <source>Or households without off-street parking (share = this / households)</source>
        <translation>Neu aelwydydd heb barcio oddi ar y stryd (cyfran = hwn / aelwydydd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="188"/>
        <source>Households field</source>
        <translation>Maes aelwydydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="195"/>
        <source>EVs per public chargepoint</source>
        <translation>Cerbydau trydan fesul pwynt gwefru cyhoeddus</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="201"/>
        <source>Existing public chargepoints (counted per area)</source>
        <translation>Pwyntiau gwefru cyhoeddus presennol (wedi'u cyfrif fesul ardal)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="206"/>
        <source>Rounding of required chargepoints</source>
        <translation>Talgrynnu'r pwyntiau gwefru sydd eu hangen</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="206"/>
        <source>Largest remainder (areas add up to the county total)</source>
        <translation>Gweddill mwyaf (mae'r ardaloedd yn adio i gyfanswm y sir)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="206"/>
        <source>Round up per area</source>
        <translation>Talgrynnu i fyny fesul ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="214"/>
        <source>Cars per area (caps the uptake curve)</source>
        <translation>Ceir fesul ardal (yn capio'r gromlin mabwysiadu)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="214"/>
        <source>Share needing public charging per area (0-1)</source>
        <translation>Cyfran sydd angen gwefru cyhoeddus fesul ardal (0-1)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="214"/>
        <source>Existing public chargepoints per area (field)</source>
        <translation>Pwyntiau gwefru cyhoeddus presennol fesul ardal (maes)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="214"/>
        <source>Count this field of the chargepoints (e.g. sockets) instead of 1</source>
        <translation>Cyfrif y maes hwn o'r pwyntiau gwefru (e.e. socedi) yn lle 1</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="233"/>
        <source>Uptake curve: saturation share (0-1]</source>
        <translation>Cromlin mabwysiadu: cyfran dirlawnder (0-1]</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="241"/>
        <source>Uptake curve: year of half the saturation</source>
        <translation>Cromlin mabwysiadu: blwyddyn cyrraedd hanner y dirlawnder</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="247"/>
        <source>Uptake curve: growth rate per year</source>
        <translation>Cromlin mabwysiadu: cyfradd twf y flwyddyn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="255"/>
        <source>Forecast per area and year</source>
        <translation>Rhagolwg fesul ardal a blwyddyn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="256"/>
        <source>Forecast per area and year (table)</source>
        <translation>Rhagolwg fesul ardal a blwyddyn (tabl)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="256"/>
        <source>Forecast totals per year</source>
        <translation>Cyfansymiau'r rhagolwg fesul blwyddyn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="261"/>
        <source>Last target year</source>
        <translation>Blwyddyn darged olaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="261"/>
        <source>Plug-in EVs in the last target year</source>
        <translation>Cerbydau trydan plygio i mewn yn y flwyddyn darged olaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="261"/>
        <source>Public chargepoints required in the last year</source>
        <translation>Pwyntiau gwefru cyhoeddus sydd eu hangen yn y flwyddyn olaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="261"/>
        <source>Existing public chargepoints</source>
        <translation>Pwyntiau gwefru cyhoeddus presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="261"/>
        <source>Shortfall in the last year (sum over areas)</source>
        <translation>Diffyg yn y flwyddyn olaf (swm dros yr ardaloedd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="261"/>
        <source>Net shortfall in the last year</source>
        <translation>Diffyg net yn y flwyddyn olaf</translation>
    </message>
</context>
<context>
    <name>ImportChargepointsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="140"/>
        <source>Import existing chargepoints</source>
        <translation>Mewnforio pwyntiau gwefru presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="143"/>
        <source>Data import</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="149"/>
        <source>Reads existing public chargepoints into one point layer: OCPI 2.2.1 Locations (files, or a live Locations endpoint), Open Charge Map API JSON, the legacy National Chargepoint Registry (NCR) CSV (old and full column sets, mixed encodings) and any CSV with WGS84 latitude/longitude columns.

INPUT: one or more files (optional when OCPI_URL is given). FORMAT: auto-detect from the content of each file (default), or force one format for all files.

CSV column mapping (advanced, for 'CSV with latitude/longitude'): LATITUDE_FIELD, LONGITUDE_FIELD, ID_FIELD, NAME_FIELD, OPERATOR_FIELD, POWER_FIELD (kW) name the CSV columns; left empty, latitude/longitude are found by name (lat, latitude, y / lon, lng, longitude, x) and the other fields from columns named like them.

OCPI_URL: the Locations module URL of a live OCPI 2.2.1 endpoint (https only). OCPI_AUTH: the QGIS authentication configuration holding the token (a Basic configuration with the token as password, or an API header configuration with an Authorization header); the token is sent as 'Authorization: Token …' and is never written to the log. OCPI_BASE64_TOKEN (advanced, default off): Base64-encode the token first, as OCPI 2.2.1 asks (some servers take it as issued). Pages are followed by Link headers or offset/limit; time-outs (30 s), 3 retries with back-off, a 200 MB size limit and verified TLS certificates apply. Cancel stops between requests.

DEDUPLICATE (default on): records within DEDUP_DISTANCE metres (advanced, default 25 m: registries place the same post a few metres to ~20 m apart) with the same operator or the same source id are one chargepoint; the richest record is kept and the cp_id of the others listed in merged_sources.

OUTPUT fields: cp_id (&lt;source&gt;:&lt;source id&gt;), source (ocpi, ocm, ncr, csv), source_id, operator, name, address, postcode, max_power_kw (from the connector, else voltage x amperage x phases), speed_class (slow &lt; 8 kW, fast 8-49, rapid 50-149, ultra &gt;= 150; DfT/OZEV statistics classes; null when the power is unknown), connectors, sockets (vehicles that can charge at once), parking_type (OCPI vocabulary: ON_STREET, PARKING_LOT…), on_street, access_24h, status (operational, not_operational, planned, removed, unknown), last_updated, merged_sources.

Records without usable coordinates (and NCR points outside the UK) are skipped with a warning listing the first ids and the count; NCR latitude/longitude swaps are corrected with a warning. READ_COUNT: chargepoints read; SKIPPED_COUNT: records skipped; MERGED_COUNT: records merged by deduplication (OUTPUT has READ_COUNT - MERGED_COUNT features).</source>
        <translation>Mae'n darllen pwyntiau gwefru cyhoeddus presennol i un haen bwyntiau: OCPI 2.2.1 Locations (ffeiliau, neu bwynt terfyn Locations byw), JSON API Open Charge Map, CSV etifeddol y Gofrestr Genedlaethol o Bwyntiau Gwefru (NCR) (setiau colofnau hen a llawn, amgodiadau cymysg) ac unrhyw CSV gyda cholofnau lledred/hydred WGS84.

INPUT: un ffeil neu fwy (dewisol pan roddir OCPI_URL). FORMAT: canfod yn awtomatig o gynnwys pob ffeil (diofyn), neu orfodi un fformat ar gyfer pob ffeil.

Mapio colofnau CSV (uwch, ar gyfer 'CSV gyda lledred/hydred'): mae LATITUDE_FIELD, LONGITUDE_FIELD, ID_FIELD, NAME_FIELD, OPERATOR_FIELD, POWER_FIELD (kW) yn enwi colofnau'r CSV; os cânt eu gadael yn wag, canfyddir lledred/hydred yn ôl enw (lat, latitude, y / lon, lng, longitude, x) a'r meysydd eraill o golofnau ag enwau tebyg iddynt.

OCPI_URL: URL modiwl Locations pwynt terfyn OCPI 2.2.1 byw (https yn unig). OCPI_AUTH: y ffurfweddiad dilysu QGIS sy'n dal y tocyn (ffurfweddiad Basic gyda'r tocyn fel cyfrinair, neu ffurfweddiad pennyn API gyda phennyn Authorization); anfonir y tocyn fel 'Authorization: Token …' ac ni chaiff byth ei ysgrifennu i'r log. OCPI_BASE64_TOKEN (uwch, diofyn: i ffwrdd): amgodio'r tocyn yn Base64 yn gyntaf, fel y mae OCPI 2.2.1 yn gofyn (mae rhai gweinyddion yn ei dderbyn fel y'i cyhoeddwyd). Dilynir tudalennau drwy benynnau Link neu offset/limit; mae terfynau amser (30 s), 3 ymgais arall gydag oedi cynyddol, terfyn maint o 200 MB a thystysgrifau TLS wedi'u dilysu yn berthnasol. Mae Canslo yn stopio rhwng ceisiadau.

DEDUPLICATE (diofyn: ymlaen): caiff cofnodion o fewn DEDUP_DISTANCE metr i'w gilydd (uwch, diofyn 25 m: mae cofrestrfeydd yn gosod yr un postyn rhwng ychydig fetrau a ~20 m oddi wrth ei gilydd) sydd â'r un gweithredwr neu'r un id ffynhonnell eu trin fel un pwynt gwefru; cedwir y cofnod cyfoethocaf a rhestrir cp_id y lleill yn merged_sources.

Meysydd OUTPUT: cp_id (&lt;source&gt;:&lt;source id&gt;), source (ocpi, ocm, ncr, csv), source_id, operator, name, address, postcode, max_power_kw (o'r cysylltydd, fel arall foltedd x amperedd x cyfnodau), speed_class (slow (araf) &lt; 8 kW, fast (cyflym) 8-49, rapid (cyflym iawn) 50-149, ultra (hynod gyflym) &gt;= 150; dosbarthiadau ystadegau DfT/OZEV; null pan nad yw'r pŵer yn hysbys), connectors, sockets (cerbydau sy'n gallu gwefru ar yr un pryd), parking_type (geirfa OCPI: ON_STREET, PARKING_LOT…), on_street, access_24h, status (operational, not_operational, planned, removed, unknown), last_updated, merged_sources.

Caiff cofnodion heb gyfesurynnau y gellir eu defnyddio (a phwyntiau NCR y tu allan i'r DU) eu hepgor gyda rhybudd sy'n rhestru'r IDau cyntaf a'r nifer; caiff lledred/hydred NCR sydd wedi'u cyfnewid eu cywiro gyda rhybudd. READ_COUNT: pwyntiau gwefru a ddarllenwyd; SKIPPED_COUNT: cofnodion a hepgorwyd; MERGED_COUNT: cofnodion a gyfunwyd drwy ddad-ddyblygu (mae gan OUTPUT READ_COUNT - MERGED_COUNT o nodweddion).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="189"/>
        <source>Chargepoint file(s)</source>
        <translation>Ffeil(iau) pwyntiau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="197"/>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="197"/>
        <source>Auto-detect from the content</source>
        <translation>Canfod yn awtomatig o'r cynnwys</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="197"/>
        <source>OCPI 2.2.1 Locations JSON</source>
        <translation>JSON Locations OCPI 2.2.1</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="197"/>
        <source>Open Charge Map JSON</source>
        <translation>JSON Open Charge Map</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="197"/>
        <source>National Chargepoint Registry CSV</source>
        <translation>CSV y Gofrestr Genedlaethol o Bwyntiau Gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="197"/>
        <source>CSV with latitude/longitude</source>
        <translation>CSV gyda lledred/hydred</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="208"/>
        <source>CSV: latitude column (WGS84)</source>
        <translation>CSV: colofn lledred (WGS84)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="208"/>
        <source>CSV: longitude column (WGS84)</source>
        <translation>CSV: colofn hydred (WGS84)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="208"/>
        <source>CSV: id column</source>
        <translation>CSV: colofn ID</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="208"/>
        <source>CSV: name column</source>
        <translation>CSV: colofn enw</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="208"/>
        <source>CSV: operator column</source>
        <translation>CSV: colofn gweithredwr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="208"/>
        <source>CSV: power (kW) column</source>
        <translation>CSV: colofn pŵer (kW)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="217"/>
        <source>Live OCPI 2.2.1 Locations URL (https)</source>
        <translation>URL Locations OCPI 2.2.1 byw (https)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="220"/>
        <source>Authentication configuration holding the OCPI token</source>
        <translation>Ffurfweddiad dilysu sy'n dal y tocyn OCPI</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="227"/>
        <source>Base64-encode the OCPI token</source>
        <translation>Amgodio'r tocyn OCPI yn Base64</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="233"/>
        <source>Merge duplicate chargepoints</source>
        <translation>Cyfuno pwyntiau gwefru dyblyg</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="234"/>
        <source>Duplicates within (metres)</source>
        <translation>Dyblygion o fewn (metrau)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="242"/>
        <source>Existing chargepoints</source>
        <translation>Pwyntiau gwefru presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="243"/>
        <source>Chargepoints read</source>
        <translation>Pwyntiau gwefru a ddarllenwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="243"/>
        <source>Records skipped</source>
        <translation>Cofnodion a hepgorwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="243"/>
        <source>Records merged as duplicates</source>
        <translation>Cofnodion a gyfunwyd fel dyblygion</translation>
    </message>
</context>
<context>
    <name>ImportDtroAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="41"/>
        <source>Import D-TRO traffic regulation orders</source>
        <translation>Mewnforio Gorchmynion Rheoleiddio Traffig D-TRO</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="44"/>
        <source>Data import</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="79"/>
        <source>D-TRO JSON file(s)</source>
        <translation>Ffeil(iau) JSON D-TRO</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="93"/>
        <source>Validate against the D-TRO JSON schema</source>
        <translation>Dilysu yn erbyn sgema JSON D-TRO</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="94"/>
        <source>Revoked provisions</source>
        <translation>Darpariaethau a ddirymwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="99"/>
        <source>Drop (and report)</source>
        <translation>Hepgor (a rhoi gwybod)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="94"/>
        <source>Keep, flagged revoked = true</source>
        <translation>Cadw, wedi'u nodi revoked = true</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="99"/>
        <source>Proposals under consultation</source>
        <translation>Cynigion sy'n destun ymgynghoriad</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="99"/>
        <source>Keep</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="106"/>
        <source>D-TRO linear places</source>
        <translation>Lleoedd llinol D-TRO</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="107"/>
        <source>D-TRO point places</source>
        <translation>Lleoedd pwynt D-TRO</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="107"/>
        <source>D-TRO polygon places</source>
        <translation>Lleoedd polygon D-TRO</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="107"/>
        <source>D-TRO problems</source>
        <translation>Problemau D-TRO</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="113"/>
        <source>Records read</source>
        <translation>Cofnodion a ddarllenwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="113"/>
        <source>Regulated places written</source>
        <translation>Lleoedd rheoleiddiedig a ysgrifennwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="113"/>
        <source>Problems reported</source>
        <translation>Problemau a adroddwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="84"/>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="84"/>
        <source>Recognise from the content (each record&apos;s schemaVersion)</source>
        <translation>Adnabod o'r cynnwys (schemaVersion pob cofnod)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="84"/>
        <source>D-TRO 3.4.x</source>
        <translation>D-TRO 3.4.x</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="84"/>
        <source>D-TRO 4.0.x</source>
        <translation>D-TRO 4.0.x</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_dtro.py" line="50"/>
        <source>Reads DfT Digital Traffic Regulation Orders (D-TRO) JSON — a single record, a list of records or a consumer-API response page; schema versions 3.4.x and 4.0.0 — into one feature per regulated place.

OUTPUT: linear places (kerbside lines, directed lines); OUTPUT_POINTS: point places; OUTPUT_POLYGONS: polygon places (multi forms kept). Geometries come from the SRID=27700;WKT strings of the records; other SRIDs are transformed to TARGET_CRS.

Fields: tro_ref, provision_ref, regulation_type (D-TRO regulationType, what Kerbside eligibility maps by default), kerbside_category (no_waiting, no_stopping, loading, disabled, limited_waiting, permit, pay_and_display, parking, ev_charging, taxi, bus_stop, crossing, zig_zag, clearway, cycle_parking, other…), description, lateral_position, usrn, time_validity (readable, e.g. 'Mon-Sat 08:00-18:00') and time_validity_json, conditions (vehicle characteristics, permits, EV charging), action_type, made_date, in_force_date, revoked, source_file.

FORMAT: the schema version VALIDATE checks records against: each record's schemaVersion (or, without one, the version its structure shows), or 3.4.x or 4.0.x for every record (a record declaring another version is reported). Records of either version are read alike, so without VALIDATE FORMAT changes nothing.

VALIDATE checks each record against the official DfT JSON schema of its version (shipped with the plugin): every violation is reported with its JSON path and the valid provisions are still read. REVOKED: fully revoked provisions are dropped (and reported) or kept with revoked = true. CONSULTATIONS: proposals are dropped (and reported) or kept with action_type 'consultation:…'.

Nothing is dropped silently: every record or part the reader does not understand is listed in PROBLEMS (source_file, json_path, message) and in the log.</source>
        <translation>Mae'n darllen JSON Gorchmynion Rheoleiddio Traffig Digidol (D-TRO) yr Adran Drafnidiaeth (DfT) — un cofnod, rhestr o gofnodion neu dudalen ymateb API defnyddwyr; fersiynau sgema 3.4.x a 4.0.0 — gan greu un nodwedd ar gyfer pob lle rheoleiddiedig.

OUTPUT: lleoedd llinol (llinellau ymyl y palmant, llinellau cyfeiriedig); OUTPUT_POINTS: lleoedd pwynt; OUTPUT_POLYGONS: lleoedd polygon (cedwir ffurfiau aml). Daw'r geometregau o linynnau SRID=27700;WKT y cofnodion; caiff SRIDau eraill eu trawsnewid i TARGET_CRS.

Meysydd: tro_ref, provision_ref, regulation_type (regulationType D-TRO, sef yr hyn y mae Cymhwysedd ymyl y palmant yn ei fapio yn ddiofyn), kerbside_category (no_waiting, no_stopping, loading, disabled, limited_waiting, permit, pay_and_display, parking, ev_charging, taxi, bus_stop, crossing, zig_zag, clearway, cycle_parking, other…), description, lateral_position, usrn, time_validity (darllenadwy, e.e. 'Mon-Sat 08:00-18:00') a time_validity_json, conditions (nodweddion cerbydau, trwyddedau, gwefru CT), action_type, made_date, in_force_date, revoked, source_file.

FORMAT: y fersiwn sgema y mae VALIDATE yn gwirio cofnodion yn ei erbyn: schemaVersion pob cofnod (neu, heb un, y fersiwn y mae ei strwythur yn ei dangos), neu 3.4.x neu 4.0.x ar gyfer pob cofnod (rhoddir gwybod am gofnod sy'n datgan fersiwn arall). Darllenir cofnodion o'r naill fersiwn a'r llall yn yr un modd, felly heb VALIDATE nid yw FORMAT yn newid dim.

Mae VALIDATE yn gwirio pob cofnod yn erbyn sgema JSON swyddogol yr Adran Drafnidiaeth ar gyfer ei fersiwn (a ddarperir gyda'r ategyn): rhoddir gwybod am bob achos o dorri'r sgema gyda'i lwybr JSON, ac mae'r darpariaethau dilys yn dal i gael eu darllen. REVOKED: caiff darpariaethau sydd wedi'u dirymu'n llawn eu hepgor (a rhoddir gwybod amdanynt) neu eu cadw gyda revoked = true. CONSULTATIONS: caiff cynigion eu hepgor (a rhoddir gwybod amdanynt) neu eu cadw gydag action_type 'consultation:…'.

Ni chaiff dim ei hepgor yn dawel: rhestrir pob cofnod neu ran nad yw'r darllenydd yn ei deall yn PROBLEMS (source_file, json_path, message) ac yn y log.</translation>
    </message>
</context>
<context>
    <name>ImportOsmKerbsideAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="89"/>
        <source>Import OpenStreetMap kerbside</source>
        <translation>Mewnforio ymyl y palmant o OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="92"/>
        <source>Data import</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="98"/>
        <source>Reads an OpenStreetMap extract (.osm or .osm.pbf, e.g. from Geofabrik) into kerb lines with street-parking and pavement values, kerbside restrictions, bus stops, crossings and kerbside points. GB OpenStreetMap data rarely carries parking or pavement tags: every derived value says where it came from (tagged / inferred / default), and the log and SUMMARY count them, so you know what to check on site.

INPUT: the OSM file (read through GDAL's OSM driver: its lines, points and multipolygons layers). TARGET_CRS: projected CRS in metres (default EPSG:27700). INCLUDE_SERVICE (default on): make kerbs for highway=service ways too (car park aisles, driveways and drive-throughs are always left out).

OUTPUT (kerb lines, one per side of each carriageway way): kerb_id, road_id, osm_id, usrn (null: OSM has none), street, highway, oneway, side (left/right of the way's direction), carriageway_width_m, width_source, carriageway_width_provenance (tagged: width tags; inferred: lanes x lane width; default: highway class default), parking_position (lane, street_side, on_kerb, half_on_kerb, shoulder, separate, yes, no), parking_orientation (parallel, diagonal, perpendicular), parking_restriction (no_parking, no_stopping, no_standing, loading_only, charging_only…), parking_condition (free, ticket, disc, residents, disabled…), parking_source_key, sidewalk (yes, no, separate, unknown), footway_width_m (0 where there is no sidewalk), each with a &lt;field&gt;_provenance of tagged / inferred / default. Read from parking:{left,right,both}:* (current scheme), parking:lane:* and parking:condition:* (deprecated), sidewalk* and footway=sidewalk ways along the kerb.

RESTRICTIONS (lines: the kerbs a parking restriction applies to), BUS_STOPS and CROSSINGS (points): restriction_id, kind (kerb_restriction, bus_stop, crossing), kerb_id, side, osm_type, osm_id, regulation_type (the D-TRO regulationType where OSM has a clear equivalent, e.g. kerbsideNoWaiting), kerbside_category, osm_key, osm_value, conditions, crossing_kind (zebra, pelican… else the crossing value), name, provenance.

POINTS: point_id, kind (charging_station, disabled_parking, bicycle_parking, street_lamp), osm_type, osm_id, name, ref, operator, access, fee, osm_value, capacity, sockets, connectors, max_power_kw, speed_class (as Import existing chargepoints). Ways and areas become a point on them.

SUMMARY: JSON with the counts (roads, kerbs, lengths, provenance of each field, restrictions and points by kind). Malformed tags and values not understood are reported in the log with counts and the first ids.</source>
        <translation>Mae'n darllen detholiad OpenStreetMap (.osm neu .osm.pbf, e.e. o Geofabrik) i linellau cwrbyn gyda gwerthoedd parcio ar y stryd a phalmant, cyfyngiadau ymyl y palmant, arosfannau bysiau, croesfannau a phwyntiau ymyl y palmant. Anaml y mae data OpenStreetMap Prydain Fawr yn cynnwys tagiau parcio neu balmant: mae pob gwerth deilliedig yn nodi o ble y daeth (tagged / inferred / default), ac mae'r log a SUMMARY yn eu cyfrif, fel eich bod yn gwybod beth i'w wirio ar y safle.

INPUT: y ffeil OSM (wedi'i darllen drwy yrrwr OSM GDAL: ei haenau lines, points a multipolygons). TARGET_CRS: CRS tafluniedig mewn metrau (diofyn EPSG:27700). INCLUDE_SERVICE (diofyn: ymlaen): creu cwrbynnau ar gyfer llinellau (ways) highway=service hefyd (caiff eiliau meysydd parcio, dreifiau a lonydd gyrru drwodd eu gadael allan bob amser).

OUTPUT (llinellau cwrbyn, un ar gyfer pob ochr i bob llinell (way) cerbytffordd): kerb_id, road_id, osm_id, usrn (null: nid oes gan OSM un), street, highway, oneway, side (left/right o gymharu â chyfeiriad y llinell), carriageway_width_m, width_source, carriageway_width_provenance (tagged: tagiau lled; inferred: lonydd x lled lôn; default: gwerth diofyn y dosbarth highway), parking_position (lane, street_side, on_kerb, half_on_kerb, shoulder, separate, yes, no), parking_orientation (parallel, diagonal, perpendicular), parking_restriction (no_parking, no_stopping, no_standing, loading_only, charging_only…), parking_condition (free, ticket, disc, residents, disabled…), parking_source_key, sidewalk (yes, no, separate, unknown), footway_width_m (0 lle nad oes palmant), pob un gyda &lt;field&gt;_provenance o tagged / inferred / default. Wedi'u darllen o parking:{left,right,both}:* (cynllun cyfredol), parking:lane:* a parking:condition:* (anghymeradwy), sidewalk* a llinellau footway=sidewalk ar hyd y cwrbyn.

RESTRICTIONS (llinellau: y cwrbynnau y mae cyfyngiad parcio yn berthnasol iddynt), BUS_STOPS a CROSSINGS (pwyntiau): restriction_id, kind (kerb_restriction, bus_stop, crossing), kerb_id, side, osm_type, osm_id, regulation_type (regulationType D-TRO lle mae gan OSM gyfwerth clir, e.e. kerbsideNoWaiting), kerbside_category, osm_key, osm_value, conditions, crossing_kind (zebra, pelican… fel arall gwerth y tag crossing), name, provenance.

POINTS: point_id, kind (charging_station, disabled_parking, bicycle_parking, street_lamp), osm_type, osm_id, name, ref, operator, access, fee, osm_value, capacity, sockets, connectors, max_power_kw, speed_class (fel yn yr algorithm Mewnforio pwyntiau gwefru presennol). Mae llinellau ac ardaloedd yn troi'n bwynt arnynt.

SUMMARY: JSON gyda'r niferoedd (ffyrdd, cwrbynnau, hydoedd, tarddiad pob maes, cyfyngiadau a phwyntiau yn ôl math). Rhoddir gwybod yn y log am dagiau wedi'u camffurfio a gwerthoedd nas deellir, gyda'r niferoedd a'r IDau cyntaf.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="138"/>
        <source>OpenStreetMap file (.osm or .osm.pbf)</source>
        <translation>Ffeil OpenStreetMap (.osm neu .osm.pbf)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="138"/>
        <source>OpenStreetMap files (*.osm *.pbf);;All files (*.*)</source>
        <translation>Ffeiliau OpenStreetMap (*.osm *.pbf);;Pob ffeil (*.*)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="153"/>
        <source>Include service roads (highway=service)</source>
        <translation>Cynnwys ffyrdd gwasanaeth (highway=service)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="156"/>
        <source>OSM kerbs</source>
        <translation>Cwrbynnau OSM</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="157"/>
        <source>OSM kerb restrictions</source>
        <translation>Cyfyngiadau cwrbyn OSM</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="157"/>
        <source>OSM bus stops</source>
        <translation>Arosfannau bysiau OSM</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="157"/>
        <source>OSM crossings</source>
        <translation>Croesfannau OSM</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="157"/>
        <source>OSM kerbside points</source>
        <translation>Pwyntiau ymyl y palmant OSM</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="164"/>
        <source>Summary (JSON)</source>
        <translation>Crynodeb (JSON)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="143"/>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="143"/>
        <source>Recognise from the content</source>
        <translation>Adnabod o'r cynnwys</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="143"/>
        <source>OSM XML (.osm)</source>
        <translation>OSM XML (.osm)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="143"/>
        <source>OSM PBF (.osm.pbf)</source>
        <translation>OSM PBF (.osm.pbf)</translation>
    </message>
</context>
<context>
    <name>ImportSessionsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="79"/>
        <source>Import charging sessions</source>
        <translation>Mewnforio sesiynau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="82"/>
        <source>Monitoring</source>
        <translation>Monitro</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="88"/>
        <source>Adds charging sessions from operators' data to a sessions table in a GeoPackage, for Summarise chargepoint usage and the KPI report. Run it every quarter with the new files: a session already in the table is never added twice and none is lost (each has a stable id made from the source's own ids, and all of a run is written in one transaction).

INPUT: one or more files. FORMAT: auto-detect (default), OCPI 2.2.1 CDRs and/or Sessions JSON (one object, a list, or an OCPI response with data), or CSV.

CSV column mapping (advanced): CP_FIELD (chargepoint id), START_FIELD, END_FIELD, KWH_FIELD, SESSION_ID_FIELD, EVSE_FIELD, CONNECTOR_FIELD, COST_FIELD name the columns (any case); left empty, columns with the usual names are used (cp_id, chargepoint_id, location_id…; start_time, start, start_date_time…; end_time, end…; kwh, energy_kwh, total_energy…; session_id, transaction_id, id…; evse_uid; connector_id, connector, socket…; cost, price…). Times with an offset or Z are kept; times without are local times in TIME_ZONE (advanced, default Europe/London), ISO (2025-03-30 00:30) or UK day-first (30/03/2025 00:30).

CHARGEPOINTS: the chargepoint layer the sessions belong to. A session's chargepoint reference (OCPI: country_code*party_id*location id; CSV: the chargepoint id column) is looked up in CP_ID_FIELD (default cp_id), then in SOURCE_ID_FIELD (default source_id), then in cp_id without its 'source:' prefix (layers from Import existing chargepoints match OCPI sessions directly).

SESSIONS_GPKG: the GeoPackage to add to (created when it does not exist); table sessions with session_id, source (ocpi_cdr, ocpi_session, csv), source_id, cp_id, cp_ref, evse_uid, connector_id, start_time, end_time (ISO 8601 UTC), duration_h, kwh, cost, currency, last_updated, source_file, imported_at. A session already there is updated only when the new record is its CDR (final) or is at least as recent (last_updated).

Outputs: IMPORTED (new sessions), DUPLICATES (already in the table or given twice), UPDATED, UNMATCHED (chargepoint not in CHARGEPOINTS: not imported), UNPARSED (not read), TOTAL (sessions in the table now), SESSIONS (the table, to chain into Summarise chargepoint usage) and UNMATCHED_TABLE: every record not imported with source_file, record (line or JSON path), source_id, cp_ref, start_time, end_time, kwh, reason and message. Reasons: NO_CHARGEPOINT (unmatched); NO_CHARGEPOINT_REF, MISSING_ID, BAD_START_TIME, BAD_END_TIME, END_BEFORE_START, BAD_KWH, SESSION_NOT_FINISHED (OCPI ACTIVE/PENDING: import it again once completed), NOT_CHARGING (OCPI INVALID/RESERVATION), CREDIT_CDR (billing correction; the session counts once), NOT_A_SESSION, MALFORMED_LINE (unparsed). Cancelling leaves the GeoPackage as it was.</source>
        <translation>Mae'n ychwanegu sesiynau gwefru o ddata gweithredwyr at dabl sesiynau mewn GeoPackage, ar gyfer Crynhoi defnydd pwyntiau gwefru a'r adroddiad DPA. Rhedwch ef bob chwarter gyda'r ffeiliau newydd: ni chaiff sesiwn sydd eisoes yn y tabl byth ei hychwanegu ddwywaith ac ni chollir yr un (mae gan bob un id sefydlog wedi'i greu o IDau'r ffynhonnell ei hun, ac ysgrifennir y rhediad cyfan mewn un trafodyn).

INPUT: un ffeil neu fwy. FORMAT: canfod yn awtomatig (diofyn), JSON CDRs a/neu Sessions OCPI 2.2.1 (un gwrthrych, rhestr, neu ymateb OCPI gyda data), neu CSV.

Mapio colofnau CSV (uwch): mae CP_FIELD (id pwynt gwefru), START_FIELD, END_FIELD, KWH_FIELD, SESSION_ID_FIELD, EVSE_FIELD, CONNECTOR_FIELD, COST_FIELD yn enwi'r colofnau (priflythrennau neu lythrennau bach); os cânt eu gadael yn wag, defnyddir colofnau â'r enwau arferol (cp_id, chargepoint_id, location_id…; start_time, start, start_date_time…; end_time, end…; kwh, energy_kwh, total_energy…; session_id, transaction_id, id…; evse_uid; connector_id, connector, socket…; cost, price…). Cedwir amseroedd sydd â gwrthbwyso neu Z; caiff amseroedd hebddynt eu trin fel amseroedd lleol yn TIME_ZONE (uwch, diofyn Europe/London), ar ffurf ISO (2025-03-30 00:30) neu ffurf y DU gyda'r diwrnod yn gyntaf (30/03/2025 00:30).

CHARGEPOINTS: yr haen pwyntiau gwefru y mae'r sesiynau'n perthyn iddi. Chwilir am gyfeirnod pwynt gwefru sesiwn (OCPI: country_code*party_id*location id; CSV: y golofn id pwynt gwefru) yn CP_ID_FIELD (diofyn cp_id), yna yn SOURCE_ID_FIELD (diofyn source_id), yna yn cp_id heb ei ragddodiad 'source:' (mae haenau o'r algorithm Mewnforio pwyntiau gwefru presennol yn cyfateb yn uniongyrchol i sesiynau OCPI).

SESSIONS_GPKG: y GeoPackage i ychwanegu ato (caiff ei greu os nad yw'n bodoli); tabl sessions gyda session_id, source (ocpi_cdr, ocpi_session, csv), source_id, cp_id, cp_ref, evse_uid, connector_id, start_time, end_time (ISO 8601 UTC), duration_h, kwh, cost, currency, last_updated, source_file, imported_at. Dim ond pan fo'r cofnod newydd yn CDR ar ei chyfer (terfynol) neu o leiaf mor ddiweddar (last_updated) y caiff sesiwn sydd yno eisoes ei diweddaru.

Allbynnau: IMPORTED (sesiynau newydd), DUPLICATES (eisoes yn y tabl neu wedi'u rhoi ddwywaith), UPDATED, UNMATCHED (pwynt gwefru nad yw yn CHARGEPOINTS: heb eu mewnforio), UNPARSED (heb eu darllen), TOTAL (sesiynau yn y tabl bellach), SESSIONS (y tabl, i'w fwydo i'r algorithm Crynhoi defnydd pwyntiau gwefru) ac UNMATCHED_TABLE: pob cofnod na chafodd ei fewnforio, gyda source_file, record (llinell neu lwybr JSON), source_id, cp_ref, start_time, end_time, kwh, reason a message. Rhesymau: NO_CHARGEPOINT (heb ei baru); NO_CHARGEPOINT_REF, MISSING_ID, BAD_START_TIME, BAD_END_TIME, END_BEFORE_START, BAD_KWH, SESSION_NOT_FINISHED (OCPI ACTIVE/PENDING: mewnforiwch hi eto ar ôl iddi gael ei chwblhau), NOT_CHARGING (OCPI INVALID/RESERVATION), CREDIT_CDR (cywiriad bilio; caiff y sesiwn ei chyfrif unwaith), NOT_A_SESSION, MALFORMED_LINE (heb ei darllen). Mae canslo yn gadael y GeoPackage fel yr oedd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="129"/>
        <source>Session file(s)</source>
        <translation>Ffeil(iau) sesiynau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="134"/>
        <source>Format</source>
        <translation>Fformat</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="134"/>
        <source>Auto-detect from the content</source>
        <translation>Canfod yn awtomatig o'r cynnwys</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="134"/>
        <source>OCPI 2.2.1 CDRs / Sessions JSON</source>
        <translation>JSON CDRs / Sessions OCPI 2.2.1</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="134"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="143"/>
        <source>CSV: chargepoint id column</source>
        <translation>CSV: colofn ID pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="143"/>
        <source>CSV: start time column</source>
        <translation>CSV: colofn amser dechrau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="143"/>
        <source>CSV: end time column</source>
        <translation>CSV: colofn amser gorffen</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="143"/>
        <source>CSV: energy (kWh) column</source>
        <translation>CSV: colofn ynni (kWh)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="143"/>
        <source>CSV: session id column</source>
        <translation>CSV: colofn ID sesiwn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="143"/>
        <source>CSV: EVSE column</source>
        <translation>CSV: colofn EVSE</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="143"/>
        <source>CSV: connector / socket column</source>
        <translation>CSV: colofn cysylltydd / soced</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="143"/>
        <source>CSV: cost column</source>
        <translation>CSV: colofn cost</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="154"/>
        <source>Local time zone of times without offset</source>
        <translation>Cylchfa amser leol ar gyfer amseroedd heb wrthbwyso</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="161"/>
        <source>Chargepoints</source>
        <translation>Pwyntiau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="164"/>
        <source>Chargepoint id field</source>
        <translation>Maes ID pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="167"/>
        <source>Chargepoint source id field</source>
        <translation>Maes ID ffynhonnell pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="173"/>
        <source>Sessions GeoPackage (new, or existing to add to)</source>
        <translation>GeoPackage sesiynau (newydd, neu un presennol i ychwanegu ato)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="173"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="180"/>
        <source>Sessions not imported</source>
        <translation>Sesiynau na chawsant eu mewnforio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="186"/>
        <source>Sessions table</source>
        <translation>Tabl sesiynau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="187"/>
        <source>New sessions imported</source>
        <translation>Sesiynau newydd a fewnforiwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="187"/>
        <source>Sessions already in the table</source>
        <translation>Sesiynau sydd eisoes yn y tabl</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="187"/>
        <source>Sessions updated</source>
        <translation>Sesiynau a ddiweddarwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="187"/>
        <source>Sessions at unknown chargepoints (not imported)</source>
        <translation>Sesiynau mewn pwyntiau gwefru anhysbys (heb eu mewnforio)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="187"/>
        <source>Records not read</source>
        <translation>Cofnodion na chawsant eu darllen</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="187"/>
        <source>Sessions in the table</source>
        <translation>Sesiynau yn y tabl</translation>
    </message>
</context>
<context>
    <name>ImportSubstationsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="37"/>
        <source>Import substations (CSV with Easting/Northing)</source>
        <translation>Mewnforio is-orsafoedd (CSV gyda Dwyreiniad/Gogleddiad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="40"/>
        <source>Data import</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="46"/>
        <source>Reads a substation list published by a distribution network operator (e.g. National Grid Electricity Distribution) as points in British National Grid (EPSG:27700), for grid headroom in site scoring.

INPUT: CSV (UTF-8 or Windows-1252) with Easting and Northing columns in metres. Column names are found automatically (Easting/X, Northing/Y, &apos;Substation Number&apos; or &apos;... id&apos;, &apos;... name&apos;, &apos;... type&apos;, any column with &apos;headroom&apos; in its name); EASTING_FIELD, NORTHING_FIELD, ID_FIELD, NAME_FIELD, TYPE_FIELD and HEADROOM_FIELD name them when the detection is wrong. Headroom given in MVA or MW (by column name) is converted to kVA (MW taken as MVA, power factor 1).

OUTPUT fields: substation_id, name, substation_type, headroom_kva (empty when the file has no headroom column), source_line (line of the CSV) and the file&apos;s own columns. Rows whose Easting/Northing is missing or outside the British National Grid are not on the map: they are listed in REJECTED (source_line, message) and in the log. SUBSTATION_COUNT, REJECTED_COUNT.</source>
        <translation>Mae'n darllen rhestr o is-orsafoedd a gyhoeddwyd gan weithredwr rhwydwaith dosbarthu (e.e. National Grid Electricity Distribution) fel pwyntiau yng Ngrid Cenedlaethol Prydain (EPSG:27700), ar gyfer capasiti sbâr y grid wrth sgorio safleoedd.

INPUT: CSV (UTF-8 neu Windows-1252) gyda cholofnau Easting a Northing (dwyreiniad a gogleddiad) mewn metrau. Canfyddir enwau colofnau yn awtomatig (Easting/X, Northing/Y, 'Substation Number' neu '... id', '... name', '... type', unrhyw golofn â 'headroom' yn ei henw); mae EASTING_FIELD, NORTHING_FIELD, ID_FIELD, NAME_FIELD, TYPE_FIELD a HEADROOM_FIELD yn eu henwi pan fo'r canfod yn anghywir. Caiff capasiti sbâr a roddir mewn MVA neu MW (yn ôl enw'r golofn) ei drosi i kVA (caiff MW ei drin fel MVA, ffactor pŵer 1).

Meysydd OUTPUT: substation_id, name, substation_type, headroom_kva (gwag pan nad oes gan y ffeil golofn capasiti sbâr), source_line (llinell y CSV) a cholofnau'r ffeil ei hun. Nid yw rhesi y mae eu Easting/Northing ar goll neu y tu allan i ffiniau Grid Cenedlaethol Prydain yn ymddangos ar y map: fe'u rhestrir yn REJECTED (source_line, message) ac yn y log. SUBSTATION_COUNT, REJECTED_COUNT.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="64"/>
        <source>Substations CSV</source>
        <translation>CSV is-orsafoedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="69"/>
        <source>Easting column (empty: detect)</source>
        <translation>Colofn dwyreiniad (gwag: canfod yn awtomatig)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="69"/>
        <source>Northing column (empty: detect)</source>
        <translation>Colofn gogleddiad (gwag: canfod yn awtomatig)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="69"/>
        <source>Substation id column (empty: detect)</source>
        <translation>Colofn dynodydd is-orsaf (gwag: canfod yn awtomatig)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="69"/>
        <source>Name column (empty: detect)</source>
        <translation>Colofn enw (gwag: canfod yn awtomatig)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="69"/>
        <source>Type column (empty: detect)</source>
        <translation>Colofn math (gwag: canfod yn awtomatig)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="69"/>
        <source>Headroom column (empty: detect)</source>
        <translation>Colofn capasiti sbâr (gwag: canfod yn awtomatig)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="85"/>
        <source>Substations</source>
        <translation>Is-orsafoedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="79"/>
        <source>Substation rows not placed</source>
        <translation>Rhesi is-orsafoedd heb eu lleoli</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_substations.py" line="86"/>
        <source>Rows not placed</source>
        <translation>Rhesi heb eu lleoli</translation>
    </message>
</context>
<context>
    <name>JoinAreaDataAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="90"/>
        <source>Join area data (IMD, rural-urban, census)</source>
        <translation>Uno data ardaloedd (IMD, gwledig-trefol, cyfrifiad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="93"/>
        <source>Data import</source>
        <translation>Mewnforio data</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="99"/>
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
        <translation>Yn uno'r tablau y mae swyddogion yn eu lawrlwytho â haen ardaloedd yn ôl cod ardal, ac yn adrodd pob cod ardal na chafwyd rhes ar ei gyfer (ni chaiff dim ei hepgor yn dawel).

AREAS: polygonau (ffiniau ACEHI) gydag AREA_ID_FIELD (diofyn: area_code). Rhowch unrhyw gyfuniad o'r canlynol:
- IMD_FILE: Mynegeion Amddifadedd Lloegr 2019, Ffeil 1 (CSV, codau ACEHI 2011) -&gt; imd_rank (1 = y mwyaf difreintiedig o 32,844), imd_decile (1 = y 10 % mwyaf difreintiedig).
- RUC_FILE: Dosbarthiad Gwledig-Trefol 2011 SYG fesul ACEHI (CSV) -&gt; ruc_code, ruc_class, is_rural (codau D1-E2).
- CENSUS_TS044_FILE: math o lety Cyfrifiad 2021 TS044, fformat hir (CSV) -&gt; households, detached, semi_detached, terraced, flat_purpose_built, flat_converted_house, flat_converted_other, flat_commercial, caravan, terraced_flats_share a households_no_offstreet (amcangyfrif: nid oes gan dai teras a fflatiau barcio oddi ar y stryd, ond mae gan y lleill; mae NO_OFFSTREET_SHARES (paramedr uwch) yn newid y gyfran fesul math, diofyn: {shares}).
- CENSUS_TS045_FILE: argaeledd car neu fan Cyfrifiad 2021 TS045, fformat hir (CSV) -&gt; households_ts045, households_no_car, households_1_car, households_2_cars, households_3plus_cars, cars ('3 or more' wedi'i gyfrif fel 3) a no_car_share.
Caiff meysydd presennol sydd â'r un enw eu disodli (gyda rhybudd).

ACEHI 2011 o'i gymharu ag ACEHI 2021: mae IMD 2019 a RUC 2011 yn defnyddio codau 2011, felly ni chaiff rhes ei chanfod ar gyfer ACEHI a newidiodd yn 2021. Mae CODE_LOOKUP_FILE (CSV dewisol, e.e. tabl chwilio ACEHI 2011 -&gt; 2021 SYG) yn paru pob cod ardal yn LOOKUP_FROM_FIELD (diofyn: {lookup_from}) â chod y tabl yn LOOKUP_TO_FIELD (diofyn: {lookup_to}) ar gyfer uniadau IMD a RUC; mae tablau cyfrifiad 2021 yn defnyddio codau 2021 ac yn cael eu huno'n uniongyrchol.
TARGET_CRS: y CRS tafluniedig (metrau) y gwneir y gwaith ynddo ac yr ysgrifennir yr allbynnau ynddo (diofyn: EPSG:27700); caiff y mewnbynnau eu hail-daflunio iddo.

OUTPUT: yr ardaloedd gyda'r meysydd wedi'u huno (cedwir pob ardal; mae'r meysydd yn wag lle na chafwyd rhes gyfatebol). UNMATCHED (tabl): un rhes ar gyfer pob cod ardal a thabl heb gyfatebiaeth: area_code, looked_up_as (y cod y chwiliwyd amdano ar ôl defnyddio'r tabl chwilio), source_table. UNMATCHED_COUNT a REPORT (un llinell fesul tabl: nifer a gyfatebwyd o'r cyfanswm).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="137"/>
        <source>Areas (LSOA boundaries)</source>
        <translation>Ardaloedd (ffiniau ACEHI)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="141"/>
        <source>Area code field</source>
        <translation>Maes cod ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="144"/>
        <source>IMD 2019 File 1 (CSV)</source>
        <translation>IMD 2019 Ffeil 1 (CSV)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="144"/>
        <source>Rural-Urban Classification 2011 by LSOA (CSV)</source>
        <translation>Dosbarthiad Gwledig-Trefol 2011 fesul ACEHI (CSV)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="144"/>
        <source>Census 2021 TS044 accommodation type (CSV)</source>
        <translation>Math o lety Cyfrifiad 2021 TS044 (CSV)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="144"/>
        <source>Census 2021 TS045 car or van availability (CSV)</source>
        <translation>Argaeledd car neu fan Cyfrifiad 2021 TS045 (CSV)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="151"/>
        <source>Share without off-street parking by accommodation type (type:share,...)</source>
        <translation>Cyfran heb barcio oddi ar y stryd fesul math o lety (math:cyfran,...)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="157"/>
        <source>Area code lookup for IMD/RUC (CSV, e.g. LSOA 2021 -&gt; 2011)</source>
        <translation>Tabl chwilio codau ardal ar gyfer IMD/RUC (CSV, e.e. ACEHI 2021 -&gt; 2011)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="163"/>
        <source>Lookup column of your area codes</source>
        <translation>Colofn y tabl chwilio ar gyfer eich codau ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="163"/>
        <source>Lookup column of the table codes</source>
        <translation>Colofn y tabl chwilio ar gyfer codau'r tabl</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="169"/>
        <source>Areas with joined data</source>
        <translation>Ardaloedd gyda data wedi'i uno</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="170"/>
        <source>Unmatched area codes</source>
        <translation>Codau ardal heb gyfatebiaeth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="173"/>
        <source>Unmatched</source>
        <translation>Heb gyfatebiaeth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="174"/>
        <source>Join report</source>
        <translation>Adroddiad uno</translation>
    </message>
</context>
<context>
    <name>KerbsFromRoadsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="32"/>
        <source>Kerbs from road centrelines</source>
        <translation>Cwrbynnau o linellau canol ffyrdd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="35"/>
        <source>Kerbside</source>
        <translation>Ymyl y palmant</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="42"/>
        <source>Derives a kerb line on each side of every road centreline (OS Open Roads, OS MasterMap Highways, OpenStreetMap…), half the carriageway width from the centreline, for councils that hold centrelines only.

The carriageway width comes, in order, from WIDTH_FIELD; else LANES_FIELD × LANE_WIDTH (default {lane:g} m, DMRB CD 127 standard lane); else the default for the road class in CLASS_FIELD; else DEFAULT_WIDTH ({default:g} m, Manual for Streets fig. 7.1: two cars passing). Null, zero, negative or unreadable widths fall back to the next source with a warning naming the roads.
Class defaults: {classes}.

Output fields: kerb_id ('&lt;road_id&gt;-L' / '&lt;road_id&gt;-R', numbered when a road gives several lines on one side), road_id, street, usrn, side ('left' / 'right' of the road's digitised direction; both kerbs keep the road's direction), carriageway_width_m, width_source ('field', 'lanes', 'class_default', 'default').</source>
        <translation>Yn creu llinell gwrbyn ar bob ochr i bob llinell ganol ffordd (OS Open Roads, OS MasterMap Highways, OpenStreetMap…), hanner lled y gerbytffordd o'r llinell ganol, ar gyfer cynghorau sydd â llinellau canol yn unig.

Daw lled y gerbytffordd, yn y drefn hon, o WIDTH_FIELD; fel arall LANES_FIELD × LANE_WIDTH (diofyn: {lane:g} m, lôn safonol DMRB CD 127); fel arall y gwerth diofyn ar gyfer dosbarth y ffordd yn CLASS_FIELD; fel arall DEFAULT_WIDTH ({default:g} m, Manual for Streets ffig. 7.1: dau gar yn pasio ei gilydd). Os yw lled yn null, yn sero, yn negatif neu'n annarllenadwy, defnyddir y ffynhonnell nesaf, gyda rhybudd sy'n enwi'r ffyrdd.
Gwerthoedd diofyn y dosbarthiadau: {classes}.

Meysydd allbwn: kerb_id ('&lt;road_id&gt;-L' / '&lt;road_id&gt;-R', wedi'u rhifo pan fydd ffordd yn rhoi sawl llinell ar un ochr), road_id, street, usrn, side ('left' / 'right' o'i gymharu â chyfeiriad digideiddio'r ffordd; mae'r ddau gwrbyn yn cadw cyfeiriad y ffordd), carriageway_width_m, width_source ('field', 'lanes', 'class_default', 'default').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="59"/>
        <source>Road centrelines</source>
        <translation>Llinellau canol ffyrdd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="62"/>
        <source>Road id field</source>
        <translation>Maes dynodydd ffordd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="62"/>
        <source>Street name field</source>
        <translation>Maes enw stryd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="62"/>
        <source>USRN field</source>
        <translation>Maes USRN</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="62"/>
        <source>Carriageway width field (m)</source>
        <translation>Maes lled y gerbytffordd (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="62"/>
        <source>Number of lanes field</source>
        <translation>Maes nifer y lonydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="62"/>
        <source>Road class field</source>
        <translation>Maes dosbarth ffordd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="76"/>
        <source>Lane width (m)</source>
        <translation>Lled lôn (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="76"/>
        <source>Default carriageway width (m)</source>
        <translation>Lled diofyn y gerbytffordd (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="86"/>
        <source>Kerbs</source>
        <translation>Cwrbynnau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbs_from_roads.py" line="124"/>
        <source>{count} kerb lines from {roads} roads</source>
        <translation>{count} o linellau cwrbyn o {roads} o ffyrdd</translation>
    </message>
</context>
<context>
    <name>KerbsideEligibilityAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="414"/>
        <source>Kerbside eligibility</source>
        <translation>Cymhwysedd ymyl y palmant</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="237"/>
        <source>Kerbside</source>
        <translation>Ymyl y palmant</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="254"/>
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
        <translation>Yn rhannu pob cwrbyn yn rhediadau sy'n gallu, neu nad ydynt yn gallu, cymryd pwynt gwefru ar y stryd a'i gilfach barcio, ac yn rhoi'r rheswm dros bob metr a gaiff ei ddiystyru, fel y gellir cyfiawnhau pob safle yn ystod yr ymgynghoriad. Nid yw'r haenau mewnbwn byth yn cael eu newid.

KERBS: un llinell ar gyfer pob ochr cwrbyn (mae'r algorithm Cwrbynnau o linellau canol ffyrdd yn eu creu). Daw lled y droetffordd o FOOTWAY_WIDTH_FIELD (null neu negatif = anhysbys, gweler UNKNOWN_FOOTWAY_POLICY) neu caiff ei fesur ar bolygonau FOOTWAYS bob TRANSECT_SPACING metr, wedi'i gulhau gan OBSTACLES. Caiff uned y pwynt gwefru a'i phellter yn ôl eu tynnu o'r droetffordd: rhaid i'r hyn sy'n weddill fod o leiaf MIN_CLEAR_WIDTH (diofyn: {min_clear:g} m, isafswm absoliwt Inclusive Mobility 2021; mae {preferred:g} m yn well).

Caiff RESTRICTIONS (pwyntiau, llinellau neu bolygonau) eu dosbarthu yn ôl RESTRICTION_TYPE_FIELD: yn ddiofyn, caiff gwerthoedd regulationType D-TRO (e.e. kerbsideNoWaiting) a gwerthoedd cyffredin OpenStreetMap / testun rhydd eu mapio i wedi'i allgáu, wedi'i ganiatáu, neu wedi'i ganiatáu dim ond gyda newid i'r Gorchymyn Rheoleiddio Traffig (tro_change: cilfachau aros cyfyngedig, cilfachau trwydded a chilfachau talu ac arddangos). Golygwch y mapio yn RESTRICTION_MAPPING (rhesi: math, polisi, cod rheswm dewisol) neu RESTRICTION_MAPPING_FILE (JSON {{&quot;type&quot;: &quot;policy&quot; or [&quot;policy&quot;, &quot;CODE&quot;]}}). Caiff mathau nad ydynt yn y mapio eu rhestru mewn rhybudd a'u trin yn unol ag UNMAPPED_POLICY.

Ni chymerir byth: cilfachau i ddeiliaid Bathodyn Glas, parcio beiciau, cilfachau clybiau ceir, cwrbynnau isel, arosfannau bysiau, croesfannau (pob un gyda chlustogfa), cwrbyn o fewn JUNCTION_SETBACK i gyffordd a ganfuwyd ar ROADS (nodau lle mae tri neu ragor o bennau ffyrdd yn cwrdd). Mae angen colofn yn LAMP_COLUMNS o fewn LAMP_COLUMN_MAX_OFFSET i ymyl y cwrbyn ar wefryddion colofn lamp. Mae rhediadau sy'n fyrrach na MIN_RUN_LENGTH (diofyn: hyd cilfach × cilfachau fesul uned) yn RUN_TOO_SHORT.

Rhagosodiadau CHARGER_TYPE (gellir eu diystyru gydag UNIT_FOOTPRINT, UNIT_SETBACK, BAY_LENGTH, BAYS_PER_UNIT; cilfach 6.6 m fel yng nghanllawiau dylunio cilfachau CT cynghorau, meintiau nodweddiadol gweithgynhyrchwyr yw'r olion traed):
{chargers}

Pellteroedd (paramedrau uwch):
{distances}

Meysydd OUTPUT: kerb_id, usrn, street, side, from_m, to_m (cadwyniad ar hyd y cwrbyn), length_m, status ('eligible', 'eligible_with_tro_change', 'ineligible'), eligible (true oni bai ei fod yn anghymwys), reasons (codau, wedi'u gwahanu gan gomas), reasons_text (y rhesymau mewn iaith glir), clear_width_m (lled culaf y droetffordd sy'n weddill i gerddwyr wrth ymyl yr uned), max_bays (nifer y cilfachau cyfan sy'n ffitio, 0 pan fydd yn anghymwys). Mae rhediadau pob cwrbyn yn cwmpasu'r cwrbyn yn union, heb fylchau na gorgyffwrdd.

Allbynnau rhifol: KERB_LENGTH, ELIGIBLE_LENGTH, TRO_CHANGE_LENGTH, EXCLUDED_LENGTH (pob metr unwaith), MAX_BAYS, LENGTH_M_&lt;CODE&gt; ar gyfer pob rheswm (mae metr â dau reswm yn cyfrif o dan y ddau), SUMMARY (JSON).

Codau rheswm:
{reasons}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="301"/>
        <source>Kerbs (one line per kerb side)</source>
        <translation>Cwrbynnau (un llinell ar gyfer pob ochr cwrbyn)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="307"/>
        <source>Kerb id field</source>
        <translation>Maes dynodydd cwrbyn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="308"/>
        <source>USRN field</source>
        <translation>Maes USRN</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="309"/>
        <source>Street name field</source>
        <translation>Maes enw stryd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="312"/>
        <source>Side field</source>
        <translation>Maes ochr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="313"/>
        <source>Footway width field (m)</source>
        <translation>Maes lled y droetffordd (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="319"/>
        <source>Footway polygons</source>
        <translation>Polygonau troetffyrdd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="320"/>
        <source>Obstacles on the footway</source>
        <translation>Rhwystrau ar y droetffordd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="325"/>
        <source>Obstacle footprint field (m)</source>
        <translation>Maes ôl troed rhwystr (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="333"/>
        <source>Restrictions (TROs, markings)</source>
        <translation>Cyfyngiadau (GRTau, marciau)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="334"/>
        <source>Restriction type field</source>
        <translation>Maes math o gyfyngiad</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="340"/>
        <source>Restriction mapping (added to / overriding the defaults)</source>
        <translation>Mapio cyfyngiadau (yn ychwanegu at y gwerthoedd diofyn / yn eu diystyru)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="340"/>
        <source>Restriction type</source>
        <translation>Math o gyfyngiad</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="340"/>
        <source>Policy (excluded / allowed / tro_change)</source>
        <translation>Polisi (excluded / allowed / tro_change)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="340"/>
        <source>Reason code (optional)</source>
        <translation>Cod rheswm (dewisol)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="353"/>
        <source>Restriction mapping file (JSON)</source>
        <translation>Ffeil mapio cyfyngiadau (JSON)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="360"/>
        <source>Restriction types not in the mapping are</source>
        <translation>Mathau o gyfyngiad nad ydynt yn y mapio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="360"/>
        <source>Excluded</source>
        <translation>Wedi'u hallgáu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="405"/>
        <source>Allowed</source>
        <translation>Wedi'u caniatáu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="360"/>
        <source>Allowed with a TRO change</source>
        <translation>Wedi'u caniatáu gyda newid i'r GRT</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="367"/>
        <source>Pedestrian crossings</source>
        <translation>Croesfannau i gerddwyr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="368"/>
        <source>Crossing kind field (zebra, signalised, uncontrolled…)</source>
        <translation>Maes math o groesfan (sebra, â signalau, heb ei rheoli…)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="375"/>
        <source>Road centrelines (for junctions)</source>
        <translation>Llinellau canol ffyrdd (ar gyfer cyffyrdd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="378"/>
        <source>Lamp columns</source>
        <translation>Colofnau lamp</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="379"/>
        <source>Charger type</source>
        <translation>Math o wefrydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="385"/>
        <source>Unit footprint across the footway (m; empty = preset)</source>
        <translation>Ôl troed yr uned ar draws y droetffordd (m; gwag = rhagosodiad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="385"/>
        <source>Unit set-back from the kerb edge (m; empty = preset)</source>
        <translation>Pellter yr uned yn ôl o ymyl y cwrbyn (m; gwag = rhagosodiad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="385"/>
        <source>Bay length (m; empty = preset)</source>
        <translation>Hyd cilfach (m; gwag = rhagosodiad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="385"/>
        <source>Bays per unit (empty = preset)</source>
        <translation>Cilfachau fesul uned (gwag = rhagosodiad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="385"/>
        <source>Minimum run length (m; empty = bay length × bays per unit)</source>
        <translation>Isafswm hyd rhediad (m; gwag = hyd cilfach × cilfachau fesul uned)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="399"/>
        <source>Minimum clear footway width (m)</source>
        <translation>Isafswm lled clir y droetffordd (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="405"/>
        <source>Kerbs whose footway width is unknown are</source>
        <translation>Cwrbynnau lle nad yw lled y droetffordd yn hysbys</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="405"/>
        <source>Excluded (FOOTWAY_WIDTH_UNKNOWN)</source>
        <translation>Wedi'u hallgáu (FOOTWAY_WIDTH_UNKNOWN)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="415"/>
        <source>Kerb length (m)</source>
        <translation>Hyd cwrbyn (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="415"/>
        <source>Eligible length (m)</source>
        <translation>Hyd cymwys (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="415"/>
        <source>Eligible with a TRO change (m)</source>
        <translation>Cymwys gyda newid i'r GRT (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="415"/>
        <source>Excluded length (m)</source>
        <translation>Hyd wedi'i allgáu (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="415"/>
        <source>Bays that fit</source>
        <translation>Cilfachau sy'n ffitio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="424"/>
        <source>Length with reason {code} (m)</source>
        <translation>Hyd gyda'r rheswm {code} (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="429"/>
        <source>Summary (JSON)</source>
        <translation>Crynodeb (JSON)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="589"/>
        <source>{kerb:.0f} m of kerb: {eligible:.0f} m eligible, {tro:.0f} m eligible with a TRO change, {excluded:.0f} m excluded; {bays} bay(s) fit.</source>
        <translation>{kerb:.0f} m o gwrbyn: {eligible:.0f} m yn gymwys, {tro:.0f} m yn gymwys gyda newid i'r GRT, {excluded:.0f} m wedi'u hallgáu; mae lle i {bays} cilfach(au).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Junction set-back (m)</source>
        <translation>Pellter yn ôl o gyffyrdd (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Buffer around disabled bays (m)</source>
        <translation>Clustogfa o amgylch cilfachau Bathodyn Glas (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Buffer around car club bays (m)</source>
        <translation>Clustogfa o amgylch cilfachau clybiau ceir (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Buffer around cycle parking (m)</source>
        <translation>Clustogfa o amgylch parcio beiciau (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Buffer each side of dropped kerbs (m)</source>
        <translation>Clustogfa bob ochr i gwrbynnau isel (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Buffer each side of bus stops (m)</source>
        <translation>Clustogfa bob ochr i arosfannau bysiau (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Buffer each side of controlled crossings (m)</source>
        <translation>Clustogfa bob ochr i groesfannau a reolir (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Buffer at the ends of restrictions (m)</source>
        <translation>Clustogfa ar bennau cyfyngiadau (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Lateral tolerance for lines and polygons (m)</source>
        <translation>Goddefiant ochrol ar gyfer llinellau a pholygonau (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Lateral tolerance for points (m)</source>
        <translation>Goddefiant ochrol ar gyfer pwyntiau (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Maximum lamp column distance from the kerb edge (m)</source>
        <translation>Pellter mwyaf colofn lamp o ymyl y cwrbyn (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="94"/>
        <source>Footway transect spacing (m)</source>
        <translation>Bylchiad trawsluniau'r droetffordd (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="191"/>
        <source>Disabled badge holders&apos; bays</source>
        <translation>Cilfachau i ddeiliaid Bathodyn Glas</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="191"/>
        <source>Cycle parking</source>
        <translation>Parcio beiciau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="191"/>
        <source>Car club bays</source>
        <translation>Cilfachau clybiau ceir</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="191"/>
        <source>Dropped kerbs</source>
        <translation>Cwrbynnau isel</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="191"/>
        <source>Bus stops</source>
        <translation>Arosfannau bysiau</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="78"/>
        <source>under 5 %</source>
        <translation>llai na 5 %</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="78"/>
        <source>5 - 10 %</source>
        <translation>5 - 10 %</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="78"/>
        <source>10 - 20 %</source>
        <translation>10 - 20 %</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="78"/>
        <source>20 - 35 %</source>
        <translation>20 - 35 %</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="78"/>
        <source>35 % and over</source>
        <translation>35 % a mwy</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="86"/>
        <source>No public chargepoints</source>
        <translation>Dim pwyntiau gwefru cyhoeddus</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="88"/>
        <source>Slow (under 8 kW)</source>
        <translation>Araf (llai na 8 kW)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="88"/>
        <source>Fast (8-49 kW)</source>
        <translation>Cyflym (8-49 kW)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="88"/>
        <source>Rapid (50-149 kW)</source>
        <translation>Cyflym iawn (50-149 kW)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="88"/>
        <source>Ultra-rapid (150 kW and above)</source>
        <translation>Hynod gyflym (150 kW a mwy)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="88"/>
        <source>Power unknown</source>
        <translation>Pŵer anhysbys</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="98"/>
        <source>Public chargepoint usage, {first} to {last} ({n} months) · report of {date}</source>
        <translation>Defnydd o bwyntiau gwefru cyhoeddus, {first} i {last} ({n} mis) · adroddiad {date}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="102"/>
        <source>{change} on the previous month</source>
        <translation>{change} o'i gymharu â'r mis blaenorol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="103"/>
        <source>All {n} months: {sessions} sessions, {kwh} kWh.</source>
        <translation>Y {n} mis i gyd: {sessions} sesiwn, {kwh} kWh.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="104"/>
        <source>Changes compare with the previous month.</source>
        <translation>Mae'r newidiadau'n cymharu â'r mis blaenorol.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="105"/>
        <source>Sessions and energy by month</source>
        <translation>Sesiynau ac ynni fesul mis</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="106"/>
        <source>Usage by month</source>
        <translation>Defnydd fesul mis</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="109"/>
        <source>Public chargepoint usage, {first} to {last} ({n} quarters) · report of {date}</source>
        <translation>Defnydd o bwyntiau gwefru cyhoeddus, {first} i {last} ({n} chwarter) · adroddiad {date}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="113"/>
        <source>{change} on the previous quarter</source>
        <translation>{change} o'i gymharu â'r chwarter blaenorol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="114"/>
        <source>All {n} quarters: {sessions} sessions, {kwh} kWh.</source>
        <translation>Y {n} chwarter i gyd: {sessions} sesiwn, {kwh} kWh.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="117"/>
        <source>Changes compare with the previous quarter.</source>
        <translation>Mae'r newidiadau'n cymharu â'r chwarter blaenorol.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="118"/>
        <source>Sessions and energy by quarter</source>
        <translation>Sesiynau ac ynni fesul chwarter</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="119"/>
        <source>Usage by quarter</source>
        <translation>Defnydd fesul chwarter</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="808"/>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="242"/>
        <source>Energy (MWh)</source>
        <translation>Ynni (MWh)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="251"/>
        <source>Utilisation (%)</source>
        <translation>Cyfradd defnyddio (%)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="280"/>
        <source>no chargepoints</source>
        <translation>dim pwyntiau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="280"/>
        <source>{pct} % ({n} cp)</source>
        <translation>{pct} % ({n} pg)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="298"/>
        <source>Utilisation (% of socket time occupied)</source>
        <translation>Cyfradd defnyddio (% o amser y socedi mewn defnydd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="300"/>
        <source>Utilisation by area, {period}</source>
        <translation>Cyfradd defnyddio fesul ardal, {period}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="185"/>
        <source>Chargepoints</source>
        <translation>Pwyntiau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="332"/>
        <source>Chargepoints by utilisation, {period}</source>
        <translation>Pwyntiau gwefru yn ôl cyfradd defnyddio, {period}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="506"/>
        <source>{title} (continued)</source>
        <translation>{title} (parhad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="551"/>
        <source>points</source>
        <translation>pwynt</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="553"/>
        <source>Sessions in {period}</source>
        <translation>Sesiynau yn {period}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="556"/>
        <source>Energy delivered</source>
        <translation>Ynni a ddarparwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="558"/>
        <source>Utilisation (socket time occupied)</source>
        <translation>Cyfradd defnyddio'r socedi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="561"/>
        <source>Sessions per chargepoint per day</source>
        <translation>Sesiynau fesul pwynt gwefru y dydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="561"/>
        <source>mean over {n} chargepoints</source>
        <translation>cyfartaledd dros {n} pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="564"/>
        <source>Chargepoints / sockets</source>
        <translation>Pwyntiau gwefru / socedi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="564"/>
        <source>in the chargepoint layer</source>
        <translation>yn haen y pwyntiau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="567"/>
        <source>Idle chargepoints</source>
        <translation>Pwyntiau gwefru segur</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="567"/>
        <source>no session in {period}: faulty or unused?</source>
        <translation>dim sesiwn yn {period}: diffygiol neu heb eu defnyddio?</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="584"/>
        <source>How the figures are made: a session counts once, in the period it starts in; its plugged-in hours are split at period boundaries (local time, GMT/BST) and its energy shared in proportion. Utilisation = time sockets were occupied / (sockets x hours in the period); overlapping sessions on one socket count once. Every chargepoint in the layer is taken as available for the whole period.</source>
        <translation>Sut y cyfrifir y ffigurau: mae sesiwn yn cyfrif unwaith, yn y cyfnod y mae'n dechrau ynddo; rhennir ei horiau wedi'i phlygio i mewn ar ffiniau'r cyfnodau (amser lleol, GMT/BST) a rhennir ei hynni yn gyfrannol. Cyfradd defnyddio = yr amser yr oedd y socedi mewn defnydd / (socedi x oriau yn y cyfnod); mae sesiynau sy'n gorgyffwrdd ar un soced yn cyfrif unwaith. Ystyrir bod pob pwynt gwefru yn yr haen ar gael drwy gydol y cyfnod.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="611"/>
        <source>By speed class, {period}</source>
        <translation>Yn ôl dosbarth cyflymder, {period}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="613"/>
        <source>Class</source>
        <translation>Dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="692"/>
        <source>Cps</source>
        <translation>PG</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="613"/>
        <source>Sockets</source>
        <translation>Socedi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="808"/>
        <source>Util. %</source>
        <translation>Defn. %</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="658"/>
        <source>Sess./cp/day</source>
        <translation>Ses./pg/dydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="646"/>
        <source>All chargepoints in the layer; the table behind the chart.</source>
        <translation>Pob pwynt gwefru yn yr haen; y tabl y tu ôl i'r siart.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="653"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="659"/>
        <source>Change %</source>
        <translation>Newid %</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="808"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="692"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="692"/>
        <source>Cps/10k</source>
        <translation>PG/10k</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="692"/>
        <source>EVs/cp</source>
        <translation>CT/pg</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="705"/>
        <source>Usage by area, {period}</source>
        <translation>Defnydd fesul ardal, {period}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="706"/>
        <source>Cps: public chargepoints in the area; Cps/10k: per 10,000 people; EVs/cp: plug-in EVs per chargepoint.</source>
        <translation>PG: pwyntiau gwefru cyhoeddus yn yr ardal; PG/10k: fesul 10,000 o bobl; CT/pg: cerbydau trydan plygio i mewn fesul pwynt gwefru.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="723"/>
        <source>Utilisation of chargepoints, {period}</source>
        <translation>Cyfradd defnyddio'r pwyntiau gwefru, {period}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="724"/>
        <source>How many chargepoints are little or much used.</source>
        <translation>Faint o bwyntiau gwefru sy'n cael eu defnyddio ychydig neu lawer.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="732"/>
        <source>Utilisation</source>
        <translation>Cyfradd defnyddio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="737"/>
        <source>Idle in {period} (no session): {ids}.</source>
        <translation>Segur yn {period} (dim sesiwn): {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="737"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="740"/>
        <source>Busiest: {list}.</source>
        <translation>Prysuraf: {list}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="749"/>
        <source>Utilisation by area, {period} (map)</source>
        <translation>Cyfradd defnyddio fesul ardal, {period} (map)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="752"/>
        <source>Areas coloured by utilisation; points: chargepoints.</source>
        <translation>Ardaloedd wedi'u lliwio yn ôl cyfradd defnyddio; pwyntiau: pwyntiau gwefru.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="770"/>
        <source>Legend</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="808"/>
        <source>Change pts</source>
        <translation>Newid pwyntiau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="824"/>
        <source>… and {n} more areas: see the table of page 3.</source>
        <translation>… a {n} ardal arall: gweler y tabl ar dudalen 3.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="27"/>
        <source>Public chargepoint usage</source>
        <translation>Defnydd o bwyntiau gwefru cyhoeddus</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="31"/>
        <source>Slow</source>
        <translation>Araf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="31"/>
        <source>Fast</source>
        <translation>Cyflym</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="31"/>
        <source>Rapid</source>
        <translation>Cyflym iawn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="31"/>
        <source>Ultra</source>
        <translation>Hynod gyflym</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="37"/>
        <source>No areas were given: the area chart and map are left out.</source>
        <translation>Ni roddwyd ardaloedd: mae siart a map yr ardaloedd wedi'u hepgor.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="179"/>
        <source>Utilisation by area</source>
        <translation>Cyfradd defnyddio fesul ardal</translation>
    </message>
</context>
<context>
    <name>KpiReportAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="71"/>
        <source>Chargepoint usage KPI report (PDF)</source>
        <translation>Adroddiad DPA ar ddefnydd pwyntiau gwefru (PDF)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="74"/>
        <source>Monitoring</source>
        <translation>Monitro</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="82"/>
        <source>Prints a PDF report of how the public chargepoints are used, for monitoring and for the consortium: built as a QGIS print layout (A4 landscape) and exported to PDF, with no window needed (qgis_process).

</source>
        <translation>Yn argraffu adroddiad PDF ar y defnydd a wneir o'r pwyntiau gwefru cyhoeddus, ar gyfer monitro ac ar gyfer y consortiwm: caiff ei greu fel gosodiad argraffu QGIS (A4 tirwedd) a'i allforio i PDF, heb fod angen ffenestr (qgis_process).

</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="109"/>
        <source>Report title</source>
        <translation>Teitl yr adroddiad</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="111"/>
        <source>KPI report (PDF)</source>
        <translation>Adroddiad DPA (PDF)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="111"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="116"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="117"/>
        <source>Latest period</source>
        <translation>Cyfnod diweddaraf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="118"/>
        <source>Sessions, latest period</source>
        <translation>Sesiynau, cyfnod diweddaraf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="121"/>
        <source>kWh, latest period</source>
        <translation>kWh, cyfnod diweddaraf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="122"/>
        <source>Utilisation, latest period (%)</source>
        <translation>Cyfradd defnyddio, cyfnod diweddaraf (%)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="82"/>
        <source>

TITLE: the report title (default 'Public chargepoint usage', in the report's language). LANGUAGE: the language of the report — the same as QGIS (default), English or Cymraeg (Welsh), whatever language QGIS runs in. OUTPUT: the PDF file (written complete or not at all).

Pages: 1 headline KPIs of the latest period — sessions, energy (kWh), utilisation, sessions per chargepoint per day, chargepoints and sockets, idle chargepoints — with the change on the previous period and totals; 2 time series by period (sessions, energy, utilisation) with its table; 3 utilisation by area (bars) with its table; 4 distribution of chargepoint utilisation with its table, the idle and the busiest chargepoints; 5 a map of utilisation by area with legend, scale bar and table. Without AREAS pages 3 and 5 are left out. Long tables continue on extra pages. Charts are drawn with matplotlib.

Outputs: OUTPUT, PAGE_COUNT, LATEST_PERIOD, SESSIONS_LATEST, KWH_LATEST, UTILISATION_PCT (network, latest period).</source>
        <translation>

TITLE: teitl yr adroddiad (diofyn: 'Public chargepoint usage', yn iaith yr adroddiad). LANGUAGE: iaith yr adroddiad — yr un fath â QGIS (diofyn), Saesneg neu Cymraeg, pa bynnag iaith y mae QGIS yn ei defnyddio. OUTPUT: y ffeil PDF (caiff ei hysgrifennu'n gyflawn neu ddim o gwbl).

Tudalennau: 1 – prif DPAau y cyfnod diweddaraf (sesiynau, ynni (kWh), cyfradd defnyddio, sesiynau fesul pwynt gwefru y dydd, pwyntiau gwefru a socedi, pwyntiau gwefru segur), gyda'r newid ers y cyfnod blaenorol a chyfansymiau; 2 – cyfres amser fesul cyfnod (sesiynau, ynni, cyfradd defnyddio) gyda thabl; 3 – cyfradd defnyddio fesul ardal (barrau) gyda thabl; 4 – dosbarthiad cyfradd defnyddio'r pwyntiau gwefru gyda thabl, a'r pwyntiau gwefru segur a'r rhai prysuraf; 5 – map o'r gyfradd defnyddio fesul ardal gydag allwedd, bar graddfa a thabl. Heb AREAS, caiff tudalennau 3 a 5 eu hepgor. Mae tablau hir yn parhau ar dudalennau ychwanegol. Caiff y siartiau eu llunio gyda matplotlib.

Allbynnau: OUTPUT, PAGE_COUNT, LATEST_PERIOD, SESSIONS_LATEST, KWH_LATEST, UTILISATION_PCT (y rhwydwaith, y cyfnod diweddaraf).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="112"/>
        <source>homes must be all points (addresses) or all polygons (areas with a household count); this feature is a {geometry_type}</source>
        <translation>rhaid i'r cartrefi fod i gyd yn bwyntiau (cyfeiriadau) neu i gyd yn bolygonau (ardaloedd gyda nifer yr aelwydydd); mae'r nodwedd hon o fath {geometry_type}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="129"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;; choose one of: {fields}</source>
        <translation>Nid oes maes '{field}' yn haen '{layer}'; dewiswch un o'r rhain: {fields}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="142"/>
        <source>Layer &apos;{layer}&apos;: {count} feature(s) have no valid (non-negative) &apos;{field}&apos; and count as 0 (first: {ids}).</source>
        <translation>Haen '{layer}': nid oes gan {count} nodwedd werth '{field}' dilys (heb fod yn negatif), ac maent yn cyfrif fel 0 (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="167"/>
        <source>Unknown speed class(es) {classes}; use some of {known}.</source>
        <translation>Dosbarth(iadau) cyflymder anhysbys {classes}; defnyddiwch rai o'r canlynol: {known}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="177"/>
        <source>Layer &apos;chargepoints&apos; has no field &apos;{field}&apos; to filter by speed class; choose the field holding slow/fast/rapid/ultra, or count all chargepoints.</source>
        <translation>Nid oes maes '{field}' yn haen 'chargepoints' i hidlo yn ôl dosbarth cyflymder; dewiswch y maes sy'n cynnwys slow/fast/rapid/ultra, neu cyfrifwch bob pwynt gwefru.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="190"/>
        <source>Layer &apos;chargepoints&apos;: {count} chargepoint(s) have no &apos;{field}&apos; and are not counted (first: {ids}).</source>
        <translation>Haen 'chargepoints': nid oes gan {count} pwynt gwefru werth '{field}' ac ni chânt eu cyfrif (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="261"/>
        <source>Walking distance must be positive (got {value}).</source>
        <translation>Rhaid i'r pellter cerdded fod yn bositif (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="277"/>
        <source>Homes are areas (polygons): choose the field with each area&apos;s household count.</source>
        <translation>Mae'r cartrefi'n ardaloedd (polygonau): dewiswch y maes sy'n cynnwys nifer yr aelwydydd ym mhob ardal.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="313"/>
        <source>Layer &apos;homes&apos;: {count} home(s) without geometry are left out (first: {ids}).</source>
        <translation>Haen 'homes': gadawyd {count} cartref heb geometreg allan (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="334"/>
        <source>Layer &apos;areas&apos; is empty: no coverage per area.</source>
        <translation>Mae haen 'areas' yn wag: dim cwmpas fesul ardal.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="340"/>
        <source>Layer &apos;areas&apos; has no field &apos;{field}&apos;; choose the area code field.</source>
        <translation>Nid oes maes '{field}' yn haen 'areas'; dewiswch y maes cod ardal.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="352"/>
        <source>{count} home point(s) lie outside every area; they count in the totals but in no area (first: {ids}).</source>
        <translation>Mae {count} pwynt cartref y tu allan i bob ardal; maent yn cyfrif yn y cyfansymiau ond nid mewn unrhyw ardal (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="764"/>
        <source>Layer &apos;areas&apos; has no field &apos;{field}&apos;.</source>
        <translation>Nid oes maes '{field}' yn haen 'areas'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/coverage.py" line="385"/>
        <source>No chargepoints to measure from: every home is uncovered.</source>
        <translation>Dim pwyntiau gwefru i fesur ohonynt: nid oes yr un cartref o fewn cwmpas.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="258"/>
        <source>Layer &apos;{layer}&apos;: {count} site(s) with a charger_type that is not one of {known} ({values}); used &apos;{default}&apos; for them (sites: {sites}).</source>
        <translation>Haen '{layer}': {count} safle â charger_type nad yw'n un o {known} ({values}); defnyddiwyd '{default}' ar eu cyfer (safleoedd: {sites}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="285"/>
        <source>Layer &apos;{layer}&apos;: {count} site(s) with a {field} that is not one of {known} ({values}); set to &apos;{default}&apos; (sites: {sites}).</source>
        <translation>Haen '{layer}': {count} safle â {field} nad yw'n un o {known} ({values}); fe'u gosodwyd i '{default}' (safleoedd: {sites}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="334"/>
        <source>site_ref values used by more than one site: {refs}; give each site its own reference (or clear them to renumber).</source>
        <translation>Gwerthoedd site_ref a ddefnyddir gan fwy nag un safle: {refs}; rhowch ei gyfeirnod ei hun i bob safle (neu cliriwch nhw i ailrifo).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="387"/>
        <source>Unknown charger type &apos;{charger_type}&apos;; choose one of {known}.</source>
        <translation>Math o wefrydd anhysbys '{charger_type}'; dewiswch un o {known}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="397"/>
        <source>Unknown status &apos;{status}&apos;; choose one of {known}.</source>
        <translation>Statws anhysbys '{status}'; dewiswch un o {known}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="405"/>
        <source>Unknown funding stream &apos;{funding}&apos;; choose one of {known}.</source>
        <translation>Ffrwd gyllido anhysbys '{funding}'; dewiswch un o {known}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="415"/>
        <source>Units per site must be at least 1.</source>
        <translation>Rhaid cael o leiaf 1 uned fesul safle.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="419"/>
        <source>Site reference prefix &apos;{prefix}&apos; must be 1-8 letters or digits, e.g. &apos;AP&apos;.</source>
        <translation>Rhaid i'r rhagddodiad cyfeirnod safle '{prefix}' fod yn 1-8 llythyren neu ddigid, e.e. 'AP'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="429"/>
        <source>field &apos;{field}&apos; not found; choose an existing field.</source>
        <translation>ni chanfuwyd y maes '{field}'; dewiswch faes sy'n bodoli.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="491"/>
        <source>Layer &apos;{layer}&apos;: {count} site(s) where fewer bays fit than their chargepoint(s) serve; drawn with the bays that fit (sites: {sites}).</source>
        <translation>Haen '{layer}': {count} safle lle mae llai o gilfachau'n ffitio nag y mae eu pwynt(iau) gwefru yn eu gwasanaethu; fe'u lluniadwyd gyda'r cilfachau sy'n ffitio (safleoedd: {sites}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="633"/>
        <source>not a delivery plan: field(s) {fields} missing; build it with Export delivery plan first.</source>
        <translation>nid yw'n gynllun cyflawni: maes/meysydd {fields} ar goll; crëwch ef yn gyntaf gydag Allforio'r cynllun cyflawni.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="842"/>
        <source>Bay width {width:g} m is outside the {minimum:g}-{maximum:g} m of marked parking bays.</source>
        <translation>Mae lled cilfach o {width:g} m y tu allan i'r ystod {minimum:g}-{maximum:g} m ar gyfer cilfachau parcio wedi'u marcio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="856"/>
        <source>field &apos;{field}&apos; missing; build the delivery plan first (Export delivery plan).</source>
        <translation>mae'r maes '{field}' ar goll; crëwch y cynllun cyflawni yn gyntaf (Allforio'r cynllun cyflawni).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="898"/>
        <source>Layer &apos;{layer}&apos;: {count} site(s) without a kerb line (points, polygons or no geometry) get no proposed bays on their maps (sites: {sites}).</source>
        <translation>Haen '{layer}': nid yw {count} safle heb linell gwrbyn (pwyntiau, polygonau neu heb geometreg) yn cael cilfachau arfaethedig ar eu mapiau (safleoedd: {sites}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="941"/>
        <source>Layer &apos;{layer}&apos;: {count} site(s) whose bays are longer than their kerb run; the bays are drawn beyond the run&apos;s ends (sites: {sites}).</source>
        <translation>Haen '{layer}': {count} safle lle mae'r cilfachau'n hwy na'u rhediad cwrbyn; caiff y cilfachau eu lluniadu y tu hwnt i bennau'r rhediad (safleoedd: {sites}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="972"/>
        <source>Layer &apos;{layer}&apos;: the carriageway side of {count} site(s) is not known (no footway polygon beside them, no side field, no road centreline within {distance:g} m); bays drawn on the right of the kerb line&apos;s direction (sites: {sites}).</source>
        <translation>Haen '{layer}': nid yw ochr y gerbytffordd yn hysbys ar gyfer {count} safle (dim polygon troetffordd wrth eu hymyl, dim maes ochr, dim llinell ganol ffordd o fewn {distance:g} m); lluniadwyd y cilfachau ar ochr dde cyfeiriad y llinell gwrbyn (safleoedd: {sites}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/errors.py" line="25"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Wedi'i ganslo gan y defnyddiwr; ni ysgrifennwyd unrhyw allbwn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/errors.py" line="40"/>
        <source>Layer &apos;{layer}&apos;, feature {feature}: {message}</source>
        <translation>Haen '{layer}', nodwedd {feature}: {message}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/errors.py" line="47"/>
        <source>Layer &apos;{layer}&apos;: {message}</source>
        <translation>Haen '{layer}': {message}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/errors.py" line="66"/>
        <source>{path} at {location}: {message}</source>
        <translation>{path} ({location}): {message}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/errors.py" line="73"/>
        <source>{path}: {message}</source>
        <translation>{path}: {message}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/footway.py" line="82"/>
        <source>Transect spacing must be above 0 m (got {value}).</source>
        <translation>Rhaid i'r bylchiad trawsluniau fod yn fwy na 0 m (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/footway.py" line="89"/>
        <source>Maximum footway width must be above 0 m (got {value}).</source>
        <translation>Rhaid i uchafswm lled y droetffordd fod yn fwy na 0 m (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/footway.py" line="98"/>
        <source>Gap tolerances and obstacle size must not be negative.</source>
        <translation>Ni chaiff goddefiannau bylchau na maint rhwystrau fod yn negatif.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/footway.py" line="148"/>
        <source>Layer &apos;{layer}&apos;: {count} obstacle(s) without a usable size in &apos;{field}&apos; (null or negative); taken as {size} m across (ids: {ids}).</source>
        <translation>Haen '{layer}': {count} rhwystr heb faint defnyddiadwy yn '{field}' (null neu negatif); cymerwyd eu bod yn {size} m ar draws (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/footway.py" line="164"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;; point obstacles taken as {size} m across.</source>
        <translation>Nid oes maes '{field}' yn haen '{layer}'; cymerwyd bod rhwystrau pwynt yn {size} m ar draws.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/footway.py" line="121"/>
        <source>Layer &apos;obstacles&apos;: {count} line part(s) ignored.</source>
        <translation>Haen 'obstacles': anwybyddwyd {count} rhan llinell.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/footway.py" line="500"/>
        <source>Piece length must be above 0 m.</source>
        <translation>Rhaid i hyd y darnau fod yn fwy na 0 m.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/footway.py" line="558"/>
        <source>Piece length must be above 0 m (or empty for whole kerbs).</source>
        <translation>Rhaid i hyd y darnau fod yn fwy na 0 m (neu'n wag ar gyfer cwrbynnau cyfan).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="107"/>
        <source>The county totals by year are empty; give at least one year.</source>
        <translation>Mae cyfansymiau'r sir fesul blwyddyn yn wag; rhowch o leiaf un flwyddyn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="117"/>
        <source>County EV totals must not be negative.</source>
        <translation>Ni chaiff cyfansymiau cerbydau trydan y sir fod yn negatif.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="123"/>
        <source>Target year(s) {years} are outside the county totals given ({first}-{last}); add totals for those years or choose target years within the range.</source>
        <translation>Mae'r flwyddyn/blynyddoedd targed {years} y tu allan i gyfansymiau'r sir a roddwyd ({first}-{last}); ychwanegwch gyfansymiau ar gyfer y blynyddoedd hynny neu dewiswch flynyddoedd targed o fewn yr ystod.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="159"/>
        <source>Layer &apos;areas&apos; has no field &apos;{field}&apos; ({what}); fields: {fields}</source>
        <translation>Nid oes maes '{field}' ({what}) yn haen 'areas'; meysydd: {fields}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="177"/>
        <source>Layer &apos;areas&apos;: {count} area(s) have no valid &apos;{field}&apos; and use 0 (first: {ids}).</source>
        <translation>Haen 'areas': nid oes gan {count} ardal werth '{field}' dilys, a defnyddir 0 (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="241"/>
        <source>Choose at least one target year.</source>
        <translation>Dewiswch o leiaf un flwyddyn darged.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="245"/>
        <source>EVs per public chargepoint must be positive (got {value}).</source>
        <translation>Rhaid i nifer y cerbydau trydan fesul pwynt gwefru cyhoeddus fod yn bositif (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="254"/>
        <source>The share of EVs needing public charging must be between 0 and 1 (got {value}).</source>
        <translation>Rhaid i gyfran y cerbydau trydan sydd angen gwefru cyhoeddus fod rhwng 0 ac 1 (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="265"/>
        <source>Rounding must be one of {modes} (got &apos;{rounding}&apos;).</source>
        <translation>Rhaid i'r talgrynnu fod yn un o {modes} (cafwyd '{rounding}').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="275"/>
        <source>Give either the field of current plug-in EVs per area (uptake curve) or the county totals by year (apportioned to areas), not both and not neither.</source>
        <translation>Rhowch naill ai faes y cerbydau trydan plygio i mewn presennol fesul ardal (cromlin fabwysiadu) neu gyfansymiau'r sir fesul blwyddyn (wedi'u dosrannu i ardaloedd), nid y ddau ac nid y naill na'r llall.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="503"/>
        <source>Layer &apos;areas&apos; has no field &apos;{field}&apos; (area code).</source>
        <translation>Nid oes maes '{field}' (cod ardal) yn haen 'areas'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="299"/>
        <source>The uptake curve needs 0 &lt; saturation &lt;= 1 and a positive growth rate.</source>
        <translation>Ar gyfer y gromlin fabwysiadu, mae angen 0 &lt; dirlawnder &lt;= 1 a chyfradd twf bositif.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="307"/>
        <source>current EVs</source>
        <translation>cerbydau trydan presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="317"/>
        <source>cars</source>
        <translation>ceir</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="327"/>
        <source>apportioning weight</source>
        <translation>pwysiad dosrannu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="338"/>
        <source>The field &apos;{field}&apos; sums to 0 over the areas; the county totals cannot be apportioned. Choose households or cars.</source>
        <translation>Mae'r maes '{field}' yn rhoi cyfanswm o 0 dros yr ardaloedd; ni ellir dosrannu cyfansymiau'r sir. Dewiswch aelwydydd neu geir.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="352"/>
        <source>share needing public charging</source>
        <translation>cyfran sydd angen gwefru cyhoeddus</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="365"/>
        <source>households without off-street parking</source>
        <translation>aelwydydd heb barcio oddi ar y stryd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="375"/>
        <source>households</source>
        <translation>aelwydydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="384"/>
        <source>{count} area(s) have more households without off-street parking than households; their share is capped at 1 (first: {ids}).</source>
        <translation>Mae gan {count} ardal fwy o aelwydydd heb barcio oddi ar y stryd nag o aelwydydd; caiff eu cyfran ei chapio ar 1 (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="399"/>
        <source>parameter</source>
        <translation>paramedr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="400"/>
        <source>Share of EVs needing public charging from: {source}</source>
        <translation>Ffynhonnell cyfran y cerbydau trydan sydd angen gwefru cyhoeddus: {source}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="409"/>
        <source>existing chargepoints</source>
        <translation>pwyntiau gwefru presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="421"/>
        <source>Counting chargepoints per area needs area polygons; give a layer with geometry or a field of existing chargepoints.</source>
        <translation>Mae cyfrif pwyntiau gwefru fesul ardal yn gofyn am bolygonau ardal; rhowch haen gyda geometreg neu faes o bwyntiau gwefru presennol.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/forecast.py" line="434"/>
        <source>Layer &apos;chargepoints&apos;: {count} chargepoint(s) lie outside every area and are not counted (first: {ids}).</source>
        <translation>Haen 'chargepoints': mae {count} pwynt gwefru y tu allan i bob ardal ac ni chânt eu cyfrif (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="120"/>
        <source>{table}: {matched} of {areas} areas matched; {unmatched} area code(s) have no row and their fields are left empty: {codes}; {duplicates} code(s) appear twice in the table (first row kept).</source>
        <translation>{table}: cafodd {matched} o {areas} ardal eu paru; nid oes rhes ar gyfer {unmatched} cod ardal a gadewir eu meysydd yn wag: {codes}; mae {duplicates} cod yn ymddangos ddwywaith yn y tabl (cadwyd y rhes gyntaf).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="127"/>
        <source>{table}: {matched} of {areas} areas matched; {unmatched} area code(s) have no row and their fields are left empty: {codes}.</source>
        <translation>{table}: cafodd {matched} o {areas} ardal eu paru; nid oes rhes ar gyfer {unmatched} cod ardal a gadewir eu meysydd yn wag: {codes}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="133"/>
        <source>{table}: {matched} of {areas} areas matched; {duplicates} code(s) appear twice in the table (first row kept).</source>
        <translation>{table}: cafodd {matched} o {areas} ardal eu paru; mae {duplicates} cod yn ymddangos ddwywaith yn y tabl (cadwyd y rhes gyntaf).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="139"/>
        <source>{table}: {matched} of {areas} areas matched.</source>
        <translation>{table}: cafodd {matched} o {areas} ardal eu paru.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="147"/>
        <source>file not found; check the path</source>
        <translation>ni chanfuwyd y ffeil; gwiriwch y llwybr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="157"/>
        <source>not a readable CSV table ({reason})</source>
        <translation>nid yw'n dabl CSV darllenadwy ({reason})</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="176"/>
        <source>no column for {what} (looked for {patterns}); columns are: {columns}</source>
        <translation>dim colofn ar gyfer {what} (chwiliwyd am {patterns}); y colofnau yw: {columns}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="281"/>
        <source>the LSOA code</source>
        <translation>y cod ACEHI (LSOA)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="205"/>
        <source>the LSOA name</source>
        <translation>yr enw ACEHI (LSOA)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="212"/>
        <source>the district code</source>
        <translation>y cod dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="219"/>
        <source>the district name</source>
        <translation>yr enw dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="226"/>
        <source>the IMD rank</source>
        <translation>y rheng IMD</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="232"/>
        <source>the IMD decile</source>
        <translation>y degradd IMD</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="251"/>
        <source>IMD decile &apos;{value}&apos; is not a number from 1 to 10</source>
        <translation>nid yw'r degradd IMD '{value}' yn rhif o 1 i 10</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="668"/>
        <source>line {line}</source>
        <translation>llinell {line}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="287"/>
        <source>the RUC code</source>
        <translation>y cod RUC (Dosbarthiad Gwledig-Trefol)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="293"/>
        <source>the RUC class</source>
        <translation>y dosbarth RUC (Dosbarthiad Gwledig-Trefol)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="314"/>
        <source>the area code</source>
        <translation>y cod ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="320"/>
        <source>the area name</source>
        <translation>yr enw ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="328"/>
        <source>the count</source>
        <translation>y cyfrif</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="334"/>
        <source>the measure</source>
        <translation>y mesur</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="353"/>
        <source>count &apos;{value}&apos; is not a number</source>
        <translation>nid yw'r cyfrif '{value}' yn rhif</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="375"/>
        <source>unknown category &apos;{category}&apos;; expected one of: {known}</source>
        <translation>categori anhysbys '{category}'; disgwylid un o: {known}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="397"/>
        <source>Unknown accommodation type(s) {types}; use {known}.</source>
        <translation>Math(au) o lety anhysbys {types}; defnyddiwch {known}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="407"/>
        <source>the accommodation type</source>
        <translation>y math o lety</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="436"/>
        <source>the car availability</source>
        <translation>argaeledd ceir</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="468"/>
        <source>The code lookup table needs two columns: area code, table code.</source>
        <translation>Mae angen dwy golofn ar y tabl chwilio codau: cod ardal, cod tabl.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="510"/>
        <source>The {table} table has no field &apos;{field}&apos;.</source>
        <translation>Nid oes maes '{field}' yn y tabl {table}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="542"/>
        <source>{report} Codes of areas changed since the table was published do not match; give a lookup from your area codes to the table&apos;s codes.</source>
        <translation>{report} Nid yw codau ardaloedd a newidiodd ers cyhoeddi'r tabl yn cyfateb; rhowch dabl chwilio o'ch codau ardal chi i godau'r tabl.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="598"/>
        <source>Give the census TS044 and/or TS045 file.</source>
        <translation>Rhowch ffeil TS044 a/neu TS045 y cyfrifiad.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="656"/>
        <source>no column &apos;{column}&apos; for {what}</source>
        <translation>dim colofn '{column}' ar gyfer {what}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="668"/>
        <source>the Easting</source>
        <translation>y Dwyreiniad (Easting)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="674"/>
        <source>the Northing</source>
        <translation>y Gogleddiad (Northing)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="680"/>
        <source>the substation id</source>
        <translation>dynodydd yr is-orsaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="686"/>
        <source>the name</source>
        <translation>yr enw</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="692"/>
        <source>the type</source>
        <translation>y math</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="698"/>
        <source>the headroom</source>
        <translation>y capasiti sbâr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="737"/>
        <source>{path}: {count} substation row(s) have no usable Easting/Northing and are not on the map: {rows}</source>
        <translation>{path}: nid oes gan {count} rhes is-orsaf Ddwyreiniad/Gogleddiad defnyddiadwy ac nid ydynt ar y map: {rows}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="116"/>
        <source>{ids} and {count} more</source>
        <translation>{ids} a {count} arall</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="142"/>
        <source>Layers &apos;{first_layer}&apos; and &apos;{layer}&apos; are in different coordinate reference systems ({first_crs} and {crs}); transform them to one projected CRS (e.g. EPSG:27700) first.</source>
        <translation>Mae haenau '{first_layer}' a '{layer}' mewn systemau cyfeirnodi cyfesurynnau gwahanol ({first_crs} a {crs}); trawsffurfiwch nhw i un CRS tafluniedig (e.e. EPSG:27700) yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="157"/>
        <source>Layer &apos;{layer}&apos; is in a geographic CRS ({crs}); lengths in metres need a projected CRS such as EPSG:27700 (British National Grid).</source>
        <translation>Mae haen '{layer}' mewn CRS daearyddol ({crs}); mae angen CRS tafluniedig fel EPSG:27700 (Grid Cenedlaethol Prydain) ar gyfer hydoedd mewn metrau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="176"/>
        <source>field &apos;{field}&apos; not found (fields: {fields}); choose an existing field.</source>
        <translation>ni chanfuwyd y maes '{field}' (meysydd: {fields}); dewiswch faes sy'n bodoli.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1611"/>
        <source>Layer &apos;{layer}&apos;: {count} feature(s) without geometry skipped (ids: {ids}).</source>
        <translation>Haen '{layer}': hepgorwyd {count} nodwedd heb geometreg (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="236"/>
        <source>Layer &apos;{layer}&apos;: {count} invalid geometry repaired (ids: {ids}); check the result.</source>
        <translation>Haen '{layer}': atgyweiriwyd {count} geometreg annilys (dynodyddion: {ids}); gwiriwch y canlyniad.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="242"/>
        <source>Layer &apos;{layer}&apos;: {count} invalid geometries repaired (ids: {ids}); check the result.</source>
        <translation>Haen '{layer}': atgyweiriwyd {count} geometreg annilys (dynodyddion: {ids}); gwiriwch y canlyniad.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="269"/>
        <source>Layer &apos;{layer}&apos;: {count} part(s) that are not points skipped (ids: {ids}).</source>
        <translation>Haen '{layer}': hepgorwyd {count} rhan nad ydynt yn bwyntiau (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="273"/>
        <source>Layer &apos;{layer}&apos;: {count} part(s) that are not lines skipped (ids: {ids}).</source>
        <translation>Haen '{layer}': hepgorwyd {count} rhan nad ydynt yn llinellau (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="277"/>
        <source>Layer &apos;{layer}&apos;: {count} part(s) that are not polygons skipped (ids: {ids}).</source>
        <translation>Haen '{layer}': hepgorwyd {count} rhan nad ydynt yn bolygonau (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="304"/>
        <source>Layer &apos;{layer}&apos;: {count} line part(s) of zero length skipped (ids: {ids}).</source>
        <translation>Haen '{layer}': hepgorwyd {count} rhan llinell o hyd sero (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="759"/>
        <source>Lane width and default carriageway width must be above 0 m.</source>
        <translation>Rhaid i led y lôn a lled diofyn y gerbytffordd fod yn fwy na 0 m.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="768"/>
        <source>Class widths must be above 0 m: {widths}</source>
        <translation>Rhaid i'r lledau fesul dosbarth fod yn fwy na 0 m: {widths}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="788"/>
        <source>Layer &apos;roads&apos;: {count} road(s) with an unusable carriageway width (zero, negative or not a number) in &apos;{field}&apos;; used lanes, class or the default instead (ids: {ids}).</source>
        <translation>Haen 'roads': {count} ffordd â lled cerbytffordd na ellir ei ddefnyddio (sero, negatif neu heb fod yn rhif) yn '{field}'; defnyddiwyd lonydd, dosbarth neu'r gwerth diofyn yn lle hynny (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="803"/>
        <source>Layer &apos;roads&apos;: {count} road(s) without a carriageway width in &apos;{field}&apos;; used lanes, class or the default instead (ids: {ids}).</source>
        <translation>Haen 'roads': {count} ffordd heb led cerbytffordd yn '{field}'; defnyddiwyd lonydd, dosbarth neu'r gwerth diofyn yn lle hynny (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="822"/>
        <source>Layer &apos;roads&apos;: {count} road(s) with an unusable lane count in &apos;{field}&apos; (ids: {ids}); used class or default width.</source>
        <translation>Haen 'roads': {count} ffordd â nifer lonydd na ellir ei ddefnyddio yn '{field}' (dynodyddion: {ids}); defnyddiwyd y dosbarth neu'r lled diofyn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="845"/>
        <source>Layer &apos;roads&apos;: road class values with no default width: {values}; used the default carriageway width of {width} m.</source>
        <translation>Haen 'roads': gwerthoedd dosbarth ffordd heb led diofyn: {values}; defnyddiwyd lled diofyn y gerbytffordd, sef {width} m.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="869"/>
        <source>Layer &apos;roads&apos;: {count} left kerb part(s) vanished when offset (road too short or too curved for its width; ids: {ids}).</source>
        <translation>Haen 'roads': diflannodd {count} rhan cwrbyn chwith wrth eu gwrthbwyso (ffordd yn rhy fyr neu'n rhy grwm ar gyfer ei lled; dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/kerbs.py" line="875"/>
        <source>Layer &apos;roads&apos;: {count} right kerb part(s) vanished when offset (road too short or too curved for its width; ids: {ids}).</source>
        <translation>Haen 'roads': diflannodd {count} rhan cwrbyn dde wrth eu gwrthbwyso (ffordd yn rhy fyr neu'n rhy grwm ar gyfer ei lled; dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/network.py" line="142"/>
        <source>the layer is in {crs} (degrees); reproject it to a metric CRS such as EPSG:27700 (British National Grid) before running this step</source>
        <translation>mae'r haen yn {crs} (graddau); ailtaflunwch hi i CRS metrig fel EPSG:27700 (Grid Cenedlaethol Prydain) cyn rhedeg y cam hwn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/network.py" line="318"/>
        <source>The node tolerance must be 0 m or more (got {value}).</source>
        <translation>Rhaid i'r goddefiant nodau fod yn 0 m neu fwy (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/network.py" line="330"/>
        <source>Layer &apos;{layer}&apos;: {count} feature(s) without geometry were left out of the road network (first: {ids}).</source>
        <translation>Haen '{layer}': gadawyd {count} nodwedd heb geometreg allan o'r rhwydwaith ffyrdd (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/network.py" line="347"/>
        <source>road centrelines must be lines, but this feature is a {geometry_type}; choose a line layer of road centrelines</source>
        <translation>rhaid i linellau canol ffyrdd fod yn llinellau, ond mae'r nodwedd hon o fath {geometry_type}; dewiswch haen linellau o linellau canol ffyrdd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/network.py" line="414"/>
        <source>Layer &apos;{layer}&apos;: no road lines; distances will be straight lines.</source>
        <translation>Haen '{layer}': dim llinellau ffordd; bydd y pellteroedd yn llinellau syth.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/network.py" line="869"/>
        <source>Layer &apos;{layer}&apos;: {count} feature(s) are more than {distance:g} m from every road of the network (first: {ids}); their walking distance includes a straight-line leg to the nearest road. Check the road layer covers them.</source>
        <translation>Haen '{layer}': mae {count} nodwedd yn fwy na {distance:g} m o bob ffordd yn y rhwydwaith (y cyntaf: {ids}); mae eu pellter cerdded yn cynnwys darn llinell syth i'r ffordd agosaf. Gwiriwch fod yr haen ffyrdd yn eu cwmpasu.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/network.py" line="1041"/>
        <source>The areas span {count:,} lattice points at {spacing:g} m; households are spread on a {coarser:.0f} m lattice instead.</source>
        <translation>Mae'r ardaloedd yn rhychwantu {count:,} pwynt dellt ar {spacing:g} m; caiff aelwydydd eu taenu ar ddellt {coarser:.0f} m yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="143"/>
        <source>not computed: proximity to strategic transport routes matters for rapid hubs, not for residential on-street charging; add it as a candidate field later</source>
        <translation>heb ei gyfrifo: mae agosrwydd at lwybrau trafnidiaeth strategol yn bwysig ar gyfer canolfannau gwefru cyflym, nid ar gyfer gwefru preswyl ar y stryd; ychwanegwch ef fel maes ar y safleoedd posibl yn nes ymlaen</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="151"/>
        <source>not scored: footway and carriageway widths are enforced by kerbside eligibility (a kerb too narrow never becomes a candidate)</source>
        <translation>heb ei sgorio: caiff lled troetffyrdd a cherbytffyrdd ei orfodi gan gymhwysedd ymyl y palmant (nid yw cwrbyn sy'n rhy gul byth yn dod yn safle posibl)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="347"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="279"/>
        <source>unknown criterion &apos;{criterion}&apos;; known: {known}</source>
        <translation>maen prawf anhysbys '{criterion}'; rhai hysbys: {known}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="292"/>
        <source>weight &apos;{value}&apos; is not a number</source>
        <translation>nid yw'r pwysiad '{value}' yn rhif</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="299"/>
        <source>weight {value} must be a number &gt;= 0</source>
        <translation>rhaid i'r pwysiad {value} fod yn rhif &gt;= 0</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="307"/>
        <source>&apos;{criterion}&apos; is {reason}; its weight must be 0</source>
        <translation>mae '{criterion}' {reason}; rhaid i'w bwysiad fod yn 0</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="325"/>
        <source>unknown threshold &apos;{threshold}&apos;; known: {known}</source>
        <translation>trothwy anhysbys '{threshold}'; rhai hysbys: {known}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="338"/>
        <source>threshold {threshold} = {value!r} must be a positive number</source>
        <translation>rhaid i drothwy {threshold} = {value!r} fod yn rhif positif</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="361"/>
        <source>preset file not found</source>
        <translation>ni chanfuwyd y ffeil rhagosodiadau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="365"/>
        <source>not valid JSON ({reason})</source>
        <translation>nid yw'n JSON dilys ({reason})</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="372"/>
        <source>expected an object with a &apos;presets&apos; object</source>
        <translation>disgwylid gwrthrych sy'n cynnwys gwrthrych 'presets'</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="381"/>
        <source>a preset needs a &apos;weights&apos; object</source>
        <translation>mae angen gwrthrych 'weights' ar ragosodiad</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="388"/>
        <source>flood_policy &apos;{policy}&apos; must be one of {policies}</source>
        <translation>rhaid i flood_policy '{policy}' fod yn un o {policies}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="419"/>
        <source>flood_policy must be one of {policies}</source>
        <translation>rhaid i flood_policy fod yn un o {policies}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="486"/>
        <source>Unknown scoring preset &apos;{preset}&apos;; available: {available}.</source>
        <translation>Rhagosodiad sgorio anhysbys '{preset}'; ar gael: {available}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="508"/>
        <source>Flood policy must be one of {policies} (got &apos;{policy}&apos;).</source>
        <translation>Rhaid i'r polisi llifogydd fod yn un o {policies} (cafwyd '{policy}').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="564"/>
        <source>missing_value must be between 0 and 1.</source>
        <translation>Rhaid i missing_value fod rhwng 0 ac 1.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="584"/>
        <source>Layer &apos;candidates&apos;: {count} candidate(s) have no geometry; they are kept but excluded (first: {ids}).</source>
        <translation>Haen 'candidates': mae {count} safle posibl heb geometreg; cânt eu cadw ond eu hallgáu (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="616"/>
        <source>Layer &apos;homes&apos; has no field &apos;{field}&apos;.</source>
        <translation>Nid oes maes '{field}' yn haen 'homes'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="720"/>
        <source>{count} candidate(s) lie outside every area; their area-based criteria count as {value:g} (first: {ids}).</source>
        <translation>Mae {count} safle posibl y tu allan i bob ardal; mae eu meini prawf sy'n seiliedig ar ardal yn cyfrif fel {value:g} (y cyntaf: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="794"/>
        <source>No input for criteria {criteria}; they are left out and the other weights rescaled.</source>
        <translation>Dim mewnbwn ar gyfer meini prawf {criteria}; cânt eu gadael allan a chaiff y pwysiadau eraill eu hailraddio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="807"/>
        <source>No criterion with a weight above 0 has input data; give the layers for the weighted criteria or change the weights.</source>
        <translation>Nid oes data mewnbwn gan unrhyw faen prawf sydd â phwysiad uwch na 0; rhowch yr haenau ar gyfer y meini prawf wedi'u pwysoli neu newidiwch y pwysiadau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="817"/>
        <source>Scoring weights: {weights}</source>
        <translation>Pwysiadau sgorio: {weights}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/scoring.py" line="846"/>
        <source>{count} candidate(s) have no value for &apos;{criterion}&apos;; it counts as {value:g}.</source>
        <translation>Nid oes gwerth ar gyfer '{criterion}' gan {count} safle posibl; caiff ei gyfrif fel {value:g}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="97"/>
        <source>Quota for district &apos;{district}&apos; must be a number (exactly that many sites) or a pair (minimum, maximum), got {quota!r}.</source>
        <translation>Rhaid i'r cwota ar gyfer dosbarth '{district}' fod yn rhif (union y nifer hwnnw o safleoedd) neu'n bâr (isafswm, uchafswm); cafwyd {quota!r}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="109"/>
        <source>Quota for district &apos;{district}&apos; is not a valid range.</source>
        <translation>Nid yw'r cwota ar gyfer dosbarth '{district}' yn amrediad dilys.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="124"/>
        <source>Layer &apos;candidates&apos; has no field &apos;{field}&apos;.</source>
        <translation>Nid oes gan yr haen 'candidates' faes '{field}'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="144"/>
        <source>A minimum rural share needs to know which sites are rural: choose a field (true/false or an ONS RUC code) or score the sites with areas that carry ruc_code.</source>
        <translation>Er mwyn gosod cyfran wledig leiaf, mae angen gwybod pa safleoedd sy'n wledig: dewiswch faes (true/false neu god RUC y Swyddfa Ystadegau Gwladol) neu sgoriwch y safleoedd gydag ardaloedd sydd â ruc_code.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="165"/>
        <source>Costs per charger type must be non-negative numbers.</source>
        <translation>Rhaid i'r costau fesul math o wefrydd fod yn rhifau nad ydynt yn negatif.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="177"/>
        <source>charger type &apos;{charger_type}&apos; has no cost; add it to the costs per charger type ({known})</source>
        <translation>nid oes cost ar gyfer y math o wefrydd '{charger_type}'; ychwanegwch ef at y costau fesul math o wefrydd ({known})</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="218"/>
        <source>Give the number of sites to choose, a budget, or both.</source>
        <translation>Rhowch nifer y safleoedd i'w dewis, cyllideb, neu'r ddau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="226"/>
        <source>The number of sites must be 0 or more (got {value}).</source>
        <translation>Rhaid i nifer y safleoedd fod yn 0 neu fwy (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="235"/>
        <source>The budget must be 0 or more (got {value}).</source>
        <translation>Rhaid i'r gyllideb fod yn 0 neu fwy (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="242"/>
        <source>The minimum spacing must be 0 m or more.</source>
        <translation>Rhaid i'r bylchiad lleiaf fod yn 0 m neu fwy.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="246"/>
        <source>The minimum rural share must be between 0 and 1.</source>
        <translation>Rhaid i'r gyfran wledig leiaf fod rhwng 0 ac 1.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="252"/>
        <source>Layer &apos;candidates&apos; has no field &apos;{field}&apos;; score it first.</source>
        <translation>Nid oes gan yr haen 'candidates' faes '{field}'; sgoriwch hi yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="277"/>
        <source>District quotas need a district field on the candidates (got &apos;{field}&apos;).</source>
        <translation>Mae cwotâu dosbarth angen maes dosbarth ar y safleoedd posibl (cafwyd '{field}').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="289"/>
        <source>No candidate lies in district(s) {districts} of the quotas.</source>
        <translation>Nid oes unrhyw safle posibl yn y dosbarth(au) canlynol o'r cwotâu: {districts}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="464"/>
        <source>rural share: only {rural} feasible rural site(s) for the {target} needed ({share:.0%} of {planned}); the shortlist has {chosen} site(s) so that the share holds</source>
        <translation>cyfran wledig: dim ond {rural} safle gwledig dichonadwy sydd ar gael ar gyfer y {target} sydd eu hangen ({share:.0%} o {planned}); mae gan y rhestr fer {chosen} safle fel bod y gyfran yn cael ei chynnal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="471"/>
        <source>rural share: only {rural} feasible rural site(s) for the {target} needed ({share:.0%} of the planned sites); the shortlist has {chosen} site(s) so that the share holds</source>
        <translation>cyfran wledig: dim ond {rural} safle gwledig dichonadwy sydd ar gael ar gyfer y {target} sydd eu hangen ({share:.0%} o'r safleoedd a gynlluniwyd); mae gan y rhestr fer {chosen} safle fel bod y gyfran yn cael ei chynnal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="488"/>
        <source>rural share: {rural} of {chosen} sites are rural, below {share:.0%}</source>
        <translation>cyfran wledig: mae {rural} o'r {chosen} safle yn wledig, sy'n is na {share:.0%}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="501"/>
        <source>district &apos;{district}&apos;: {count} site(s) chosen, minimum {minimum}; not enough feasible candidates there</source>
        <translation>dosbarth '{district}': dewiswyd {count} safle, isafswm {minimum}; nid oes digon o safleoedd posibl dichonadwy yno</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/selection.py" line="514"/>
        <source>Selection constraint not met: {constraint}.</source>
        <translation>Ni fodlonwyd cyfyngiad y dewis: {constraint}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/synthetic.py" line="260"/>
        <source>A synthetic scene needs at least 8 kerbs (asked for {count}).</source>
        <translation>Mae angen o leiaf 8 cwrbyn ar gyfer golygfa synthetig (gofynnwyd am {count}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="216"/>
        <source>Unknown time zone &apos;{zone}&apos;; use an IANA name such as {example}.</source>
        <translation>Cylchfa amser anhysbys '{zone}'; defnyddiwch enw IANA megis {example}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="231"/>
        <source>Unknown period &apos;{period}&apos;; use month or quarter.</source>
        <translation>Cyfnod anhysbys '{period}'; defnyddiwch fis (month) neu chwarter (quarter).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="347"/>
        <source>field(s) {fields} missing; use the table written by Import charging sessions (fields cp_id, start_time, end_time, kwh...)</source>
        <translation>mae'r maes/meysydd {fields} ar goll; defnyddiwch y tabl a ysgrifennwyd gan yr algorithm Mewnforio sesiynau gwefru (meysydd cp_id, start_time, end_time, kwh...)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="399"/>
        <source>Sessions: {count} session(s) have no cp_id and are left out: {ids}.</source>
        <translation>Sesiynau: nid oes cp_id gan {count} sesiwn, a chânt eu hepgor: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="399"/>
        <source>Sessions: {count} session(s) have a missing or unreadable start_time/end_time and are left out: {ids}.</source>
        <translation>Sesiynau: mae start_time/end_time ar goll neu'n annarllenadwy mewn {count} sesiwn, a chânt eu hepgor: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="399"/>
        <source>Sessions: {count} session(s) end before they start and are left out: {ids}.</source>
        <translation>Sesiynau: mae {count} sesiwn yn dod i ben cyn iddynt ddechrau, a chânt eu hepgor: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="426"/>
        <source>Sessions: {count} session(s) with negative kWh counted as 0 kWh: {ids}.</source>
        <translation>Sesiynau: cyfrifwyd {count} sesiwn â kWh negatif fel 0 kWh: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="451"/>
        <source>Sessions: {count} repeated session_id(s) counted once: {ids}.</source>
        <translation>Sesiynau: cyfrifwyd {count} session_id a ailadroddwyd unwaith yn unig: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="567"/>
        <source>no cp_id field; choose the chargepoint id field</source>
        <translation>dim maes cp_id; dewiswch faes dynodydd y pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="576"/>
        <source>Chargepoints: {count} chargepoint(s) without cp_id left out.</source>
        <translation>Pwyntiau gwefru: hepgorwyd {count} pwynt gwefru heb cp_id.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="597"/>
        <source>Chargepoints: {count} repeated cp_id(s), the first of each is used: {ids}.</source>
        <translation>Pwyntiau gwefru: {count} cp_id a ailadroddwyd; defnyddir y cyntaf o bob un: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="642"/>
        <source>no chargepoints to summarise</source>
        <translation>dim pwyntiau gwefru i'w crynhoi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="652"/>
        <source>Sessions: {count} session(s) of chargepoints not in the chargepoint layer are left out (cp_id {ids}).</source>
        <translation>Sesiynau: hepgorir {count} sesiwn ar bwyntiau gwefru nad ydynt yn haen y pwyntiau gwefru (cp_id {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="666"/>
        <source>no usable session belongs to a chargepoint of the chargepoint layer; check that the sessions were imported against the same chargepoints (cp_id)</source>
        <translation>nid oes unrhyw sesiwn y gellir ei defnyddio yn perthyn i bwynt gwefru yn haen y pwyntiau gwefru; gwiriwch fod y sesiynau wedi'u mewnforio yn erbyn yr un pwyntiau gwefru (cp_id)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="702"/>
        <source>Chargepoints: {count} chargepoint(s) have sessions on more sockets than their sockets attribute; the sockets seen are used: {ids}.</source>
        <translation>Pwyntiau gwefru: mae gan {count} pwynt gwefru sesiynau ar fwy o socedi nag a nodir yn eu priodoledd sockets; defnyddir y socedi a welwyd: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="778"/>
        <source>no field &apos;{field}&apos; for the area id</source>
        <translation>dim maes '{field}' ar gyfer dynodydd yr ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="795"/>
        <source>Chargepoints: {count} chargepoint(s) lie outside every area and are left out of the area summary: {ids}.</source>
        <translation>Pwyntiau gwefru: mae {count} pwynt gwefru y tu allan i bob ardal, a chânt eu hepgor o'r crynodeb fesul ardal: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="945"/>
        <source>no usage to report</source>
        <translation>dim defnydd i'w adrodd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="207"/>
        <source>The KPI report draws its charts with matplotlib, which is not installed in QGIS&apos;s Python: install python3-matplotlib (Debian/Ubuntu) or matplotlib with pip in the OSGeo4W shell, then run the report again.</source>
        <translation>Mae'r adroddiad DPA yn llunio ei siartiau gyda matplotlib, nad yw wedi'i osod yn Python QGIS: gosodwch python3-matplotlib (Debian/Ubuntu) neu matplotlib gyda pip yng nghragen OSGeo4W, yna rhedwch yr adroddiad eto.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/kpi_report.py" line="899"/>
        <source>the KPI report could not be written to {path} (export error {result}); check the folder exists and is writable</source>
        <translation>nid oedd modd ysgrifennu'r adroddiad DPA i {path} (gwall allforio {result}); gwiriwch fod y ffolder yn bodoli a bod modd ysgrifennu iddo</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="377"/>
        <source>the summary PDF could not be written to {path}</source>
        <translation>nid oedd modd ysgrifennu'r PDF crynodeb i {path}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="411"/>
        <source>style {style}.qml could not be loaded ({error}); reinstall</source>
        <translation>nid oedd modd llwytho'r arddull {style}.qml ({error}); ailosodwch yr ategyn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="609"/>
        <source>layout template {path} not found or not readable; choose a .qpt</source>
        <translation>ni chafwyd hyd i'r templed gosodiad {path} neu nid oes modd ei ddarllen; dewiswch ffeil .qpt</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="623"/>
        <source>layout template {path} is not valid XML; save it again from QGIS</source>
        <translation>nid yw'r templed gosodiad {path} yn XML dilys; cadwch ef eto o QGIS</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="635"/>
        <source>layout template {path} could not be loaded as a print layout</source>
        <translation>nid oedd modd llwytho'r templed gosodiad {path} fel gosodiad argraffu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="646"/>
        <source>layout template {path} has no map item; add one with the id &apos;{item}&apos;</source>
        <translation>nid oes eitem map yn y templed gosodiad {path}; ychwanegwch un â'r id '{item}'</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="765"/>
        <source>there are no sites to print</source>
        <translation>nid oes safleoedd i'w hargraffu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="775"/>
        <source>the PDF could not be written to {path}: {error}</source>
        <translation>nid oedd modd ysgrifennu'r PDF i {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="812"/>
        <source>the PNG images could not be written to {folder}: {error}</source>
        <translation>nid oedd modd ysgrifennu'r delweddau PNG i {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/build.py" line="20"/>
        <source>Layer &apos;{layer}&apos;: cannot be opened as a vector layer.</source>
        <translation>Haen '{layer}': nid oes modd ei hagor fel haen fector.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="153"/>
        <source>No delivery plan given: choose a GeoPackage file (.gpkg) or a PostgreSQL connection (postgresql://user@host/database).</source>
        <translation>Ni roddwyd cynllun cyflawni: dewiswch ffeil GeoPackage (.gpkg) neu gysylltiad PostgreSQL (postgresql://user@host/database).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="171"/>
        <source>Delivery plan &apos;{plan}&apos;: give a GeoPackage file ending in .gpkg or a PostgreSQL connection (postgresql://user@host/database).</source>
        <translation>Cynllun cyflawni '{plan}': rhowch ffeil GeoPackage sy'n gorffen ag .gpkg neu gysylltiad PostgreSQL (postgresql://user@host/database).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="305"/>
        <source>Delivery plan {plan}: no delivery plan there yet; add sites to create it.</source>
        <translation>Cynllun cyflawni {plan}: nid oes cynllun cyflawni yno eto; ychwanegwch safleoedd i'w greu.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="328"/>
        <source>Delivery plan {plan}: the table(s) {plan_table} / {history_table} lack the field(s) {fields}; it is not an EV Planner delivery plan. Choose another file or database schema.</source>
        <translation>Cynllun cyflawni {plan}: nid oes gan y tabl/tablau {plan_table} / {history_table} y maes/meysydd {fields}; nid yw'n gynllun cyflawni Cynllunydd CT. Dewiswch ffeil neu sgema cronfa ddata arall.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="355"/>
        <source>Delivery plan {plan}: cannot connect ({error}). Check the file or the database connection.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd cysylltu ({error}). Gwiriwch y ffeil neu'r cysylltiad â'r gronfa ddata.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="537"/>
        <source>Delivery plan {plan}: no site(s) {sites}.</source>
        <translation>Cynllun cyflawni {plan}: nid yw'r safle(oedd) {sites} yn bodoli.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="579"/>
        <source>Layer &apos;{layer}&apos;: its sites are {kinds}s but the delivery plan {plan} holds {plan_kind}s; use a layer of {plan_kind}s (kerb runs for a plan of lines) or start a new plan.</source>
        <translation>Haen '{layer}': mae ei safleoedd o'r math {kinds} ond mae'r cynllun cyflawni {plan} yn dal safleoedd o'r math {plan_kind}; defnyddiwch haen o'r math {plan_kind} (rhediadau cwrbyn ar gyfer cynllun o linellau) neu dechreuwch gynllun newydd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="596"/>
        <source>Delivery plan {plan}: cannot edit it (read-only file or no write permission in the database).</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd ei olygu (ffeil darllen yn unig neu dim caniatâd ysgrifennu yn y gronfa ddata).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="669"/>
        <source>Delivery plan: cannot change site fid {fid}.</source>
        <translation>Cynllun cyflawni: nid oes modd newid y safle â fid {fid}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="696"/>
        <source>Delivery plan {plan}: its fields were changed; the delivery plan&apos;s fields are fixed. Undo the field changes, then save.</source>
        <translation>Cynllun cyflawni {plan}: newidiwyd ei feysydd; mae meysydd y cynllun cyflawni yn sefydlog. Dadwnewch y newidiadau i'r meysydd, yna cadwch.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="710"/>
        <source>Delivery plan {plan}: {count} new site(s) have no site_ref; type a reference for each (e.g. AP-031), or add sites with &apos;Add to delivery plan&apos; from a layer of candidates, which numbers them.</source>
        <translation>Cynllun cyflawni {plan}: nid oes site_ref gan {count} safle newydd; teipiwch gyfeirnod ar gyfer pob un (e.e. AP-031), neu ychwanegwch safleoedd gydag 'Ychwanegu at y cynllun cyflawni' o haen o safleoedd posibl, sy'n eu rhifo.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="849"/>
        <source>&apos;{field}&apos; is not an annotation field; use {fields}.</source>
        <translation>Nid yw '{field}' yn faes anodi; defnyddiwch {fields}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="862"/>
        <source>{field} &apos;{value}&apos; must be one of: {allowed}.</source>
        <translation>Rhaid i {field} '{value}' fod yn un o'r canlynol: {allowed}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="873"/>
        <source>{field} must be a number of 0 or more (got {value}).</source>
        <translation>Rhaid i {field} fod yn rhif 0 neu fwy (cafwyd {value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="971"/>
        <source>Delivery plan {plan}: cannot open its table &apos;{table}&apos; ({error}).</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd agor ei dabl '{table}' ({error}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1040"/>
        <source>Delivery plan {plan}: cannot create &apos;{table}&apos; ({error}).</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd creu '{table}' ({error}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1116"/>
        <source>Delivery plan {plan}: cannot create its tables ({error}). The database needs PostGIS (CREATE EXTENSION postgis) and a role allowed to create tables in the schema.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd creu ei dablau ({error}). Mae angen PostGIS ar y gronfa ddata (CREATE EXTENSION postgis) a rôl sydd â chaniatâd i greu tablau yn y sgema.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1194"/>
        <source>Delivery plan: site(s) with fid {fids} were deleted by someone else meanwhile; discard your changes to them and reload the plan.</source>
        <translation>Cynllun cyflawni: mae rhywun arall wedi dileu'r safle(oedd) â fid {fids} yn y cyfamser; gwaredwch eich newidiadau iddynt ac ail-lwythwch y cynllun.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1315"/>
        <source>Delivery plan {plan}: cannot open it for writing ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd ei agor i ysgrifennu iddo ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1320"/>
        <source>Delivery plan {plan}: cannot start a transaction ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd dechrau trafodyn ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1325"/>
        <source>Delivery plan {plan}: cannot add sites ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd ychwanegu safleoedd ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1330"/>
        <source>Delivery plan {plan}: cannot change a site ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd newid safle ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1335"/>
        <source>Delivery plan {plan}: cannot change sites ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd newid safleoedd ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1340"/>
        <source>Delivery plan {plan}: cannot change site geometries ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd newid geometreg safleoedd ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1345"/>
        <source>Delivery plan {plan}: cannot delete sites ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd dileu safleoedd ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1350"/>
        <source>Delivery plan {plan}: cannot write the history ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd ysgrifennu'r hanes ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1355"/>
        <source>Delivery plan {plan}: cannot commit ({detail}); nothing was saved and your changes are still there.</source>
        <translation>Cynllun cyflawni {plan}: nid oes modd ymrwymo'r trafodyn ({detail}); ni chadwyd dim ac mae eich newidiadau yno o hyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1370"/>
        <source>no details from the data source</source>
        <translation>dim manylion gan y ffynhonnell ddata</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1460"/>
        <source>fid {fid} is gone</source>
        <translation>mae fid {fid} wedi diflannu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1506"/>
        <source>the data provider offers none</source>
        <translation>nid yw'r darparwr data yn cynnig un</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="1574"/>
        <source>no details from the data provider</source>
        <translation>dim manylion gan y darparwr data</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="49"/>
        <source>{parameter}: year {year} in &apos;{item}&apos; is not between {minimum} and {maximum}.</source>
        <translation>{parameter}: nid yw'r flwyddyn {year} yn '{item}' rhwng {minimum} a {maximum}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="68"/>
        <source>{parameter} is empty; write years separated by commas (&apos;2025,2030,2035&apos;), a range of years (&apos;2025-2040&apos;, every year) or a range with a step (&apos;2025-2040/5&apos;).</source>
        <translation>Mae {parameter} yn wag; ysgrifennwch flynyddoedd wedi'u gwahanu gan atalnodau ('2025,2030,2035'), amrediad o flynyddoedd ('2025-2040', pob blwyddyn) neu amrediad gyda cham ('2025-2040/5').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="89"/>
        <source>{parameter}: &apos;{item}&apos; is not a valid range (the first year must not be after the last, the step must be 1 or more); write years separated by commas (&apos;2025,2030,2035&apos;), a range of years (&apos;2025-2040&apos;, every year) or a range with a step (&apos;2025-2040/5&apos;).</source>
        <translation>{parameter}: nid yw '{item}' yn amrediad dilys (rhaid i'r flwyddyn gyntaf beidio â bod ar ôl yr olaf, a rhaid i'r cam fod yn 1 neu fwy); ysgrifennwch flynyddoedd wedi'u gwahanu gan atalnodau ('2025,2030,2035'), amrediad o flynyddoedd ('2025-2040', pob blwyddyn) neu amrediad gyda cham ('2025-2040/5').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="104"/>
        <source>{parameter}: &apos;{item}&apos; is not a year or a range; write years separated by commas (&apos;2025,2030,2035&apos;), a range of years (&apos;2025-2040&apos;, every year) or a range with a step (&apos;2025-2040/5&apos;).</source>
        <translation>{parameter}: nid yw '{item}' yn flwyddyn nac yn amrediad; ysgrifennwch flynyddoedd wedi'u gwahanu gan atalnodau ('2025,2030,2035'), amrediad o flynyddoedd ('2025-2040', pob blwyddyn) neu amrediad gyda cham ('2025-2040/5').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="122"/>
        <source>{parameter} is empty; write year:total pairs separated by commas, e.g. &apos;2024:13000,2030:128300&apos; (no thousands separators; spaces or underscores inside a number are allowed).</source>
        <translation>Mae {parameter} yn wag; ysgrifennwch barau blwyddyn:cyfanswm wedi'u gwahanu gan atalnodau, e.e. '2024:13000,2030:128300' (dim gwahanyddion miloedd; caniateir bylchau neu danlinellau y tu mewn i rif).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="137"/>
        <source>{parameter}: &apos;{item}&apos; is not year:total; write year:total pairs separated by commas, e.g. &apos;2024:13000,2030:128300&apos; (no thousands separators; spaces or underscores inside a number are allowed).</source>
        <translation>{parameter}: nid yw '{item}' ar y ffurf blwyddyn:cyfanswm; ysgrifennwch barau blwyddyn:cyfanswm wedi'u gwahanu gan atalnodau, e.e. '2024:13000,2030:128300' (dim gwahanyddion miloedd; caniateir bylchau neu danlinellau y tu mewn i rif).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="153"/>
        <source>{parameter}: &apos;{value}&apos; in &apos;{item}&apos; is not a number; write year:total pairs separated by commas, e.g. &apos;2024:13000,2030:128300&apos; (no thousands separators; spaces or underscores inside a number are allowed).</source>
        <translation>{parameter}: nid yw '{value}' yn '{item}' yn rhif; ysgrifennwch barau blwyddyn:cyfanswm wedi'u gwahanu gan atalnodau, e.e. '2024:13000,2030:128300' (dim gwahanyddion miloedd; caniateir bylchau neu danlinellau y tu mewn i rif).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="167"/>
        <source>{parameter}: year {year} is given twice.</source>
        <translation>{parameter}: rhoddwyd y flwyddyn {year} ddwywaith.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="189"/>
        <source>{parameter}: &apos;{item}&apos; is not name:number; write name:number pairs separated by commas, e.g. &apos;{example}&apos;.</source>
        <translation>{parameter}: nid yw '{item}' ar y ffurf enw:rhif; ysgrifennwch barau enw:rhif wedi'u gwahanu gan atalnodau, e.e. '{example}'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="204"/>
        <source>{parameter}: &apos;{value}&apos; in &apos;{item}&apos; is not a number; write name:number pairs separated by commas, e.g. &apos;{example}&apos;.</source>
        <translation>{parameter}: nid yw '{value}' yn '{item}' yn rhif; ysgrifennwch barau enw:rhif wedi'u gwahanu gan atalnodau, e.e. '{example}'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="219"/>
        <source>{parameter}: &apos;{key}&apos; is given twice.</source>
        <translation>{parameter}: rhoddwyd '{key}' ddwywaith.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="249"/>
        <source>{parameter}: &apos;{item}&apos; is not a district quota; write district:count or district:min-max pairs separated by commas, e.g. &apos;Ashby Parva:5,Little Weldon:2-4&apos; (&apos;2-&apos; means at least 2, &apos;-4&apos; at most 4; separate with semicolons instead when a district name contains a comma).</source>
        <translation>{parameter}: nid yw '{item}' yn gwota dosbarth; ysgrifennwch barau dosbarth:nifer neu dosbarth:isaf-uchaf wedi'u gwahanu gan atalnodau, e.e. 'Ashby Parva:5,Little Weldon:2-4' (mae '2-' yn golygu o leiaf 2, a '-4' yn golygu 4 ar y mwyaf; defnyddiwch hanner colonau i wahanu yn lle hynny pan fo enw dosbarth yn cynnwys atalnod).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="263"/>
        <source>{parameter}: district &apos;{district}&apos; is given twice.</source>
        <translation>{parameter}: rhoddwyd y dosbarth '{district}' ddwywaith.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="277"/>
        <source>{parameter}: in &apos;{item}&apos; the maximum is below the minimum; write district:count or district:min-max pairs separated by commas, e.g. &apos;Ashby Parva:5,Little Weldon:2-4&apos; (&apos;2-&apos; means at least 2, &apos;-4&apos; at most 4; separate with semicolons instead when a district name contains a comma).</source>
        <translation>{parameter}: yn '{item}' mae'r uchafswm yn is na'r isafswm; ysgrifennwch barau dosbarth:nifer neu dosbarth:isaf-uchaf wedi'u gwahanu gan atalnodau, e.e. 'Ashby Parva:5,Little Weldon:2-4' (mae '2-' yn golygu o leiaf 2, a '-4' yn golygu 4 ar y mwyaf; defnyddiwch hanner colonau i wahanu yn lle hynny pan fo enw dosbarth yn cynnwys atalnod).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="305"/>
        <source>{parameter}: not valid JSON ({error} at character {position}); write an object with double-quoted names, e.g. {example}, or the short form &apos;{short}&apos;.</source>
        <translation>{parameter}: nid yw'n JSON dilys ({error} wrth nod {position}); ysgrifennwch wrthrych gydag enwau mewn dyfynodau dwbl, e.e. {example}, neu'r ffurf fer '{short}'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="321"/>
        <source>{parameter}: expected a JSON object such as {example}.</source>
        <translation>{parameter}: disgwylid gwrthrych JSON megis {example}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/base.py" line="89"/>
        <source>the layer for {parameter} could not be opened; check the path</source>
        <translation>nid oedd modd agor yr haen ar gyfer {parameter}; gwiriwch y llwybr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="430"/>
        <source>choose the field for &apos;{what}&apos; ({parameter})</source>
        <translation>dewiswch y maes ar gyfer '{what}' ({parameter})</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="443"/>
        <source>field &apos;{field}&apos; chosen for &apos;{what}&apos; ({parameter}) not found; choose one of: {fields}</source>
        <translation>ni chafwyd hyd i'r maes '{field}' a ddewiswyd ar gyfer '{what}' ({parameter}); dewiswch un o'r canlynol: {fields}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/_shared.py" line="457"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (the default of {parameter}); it is not used.</source>
        <translation>Nid oes gan yr haen '{layer}' faes '{field}' (gwerth diofyn {parameter}); ni chaiff ei ddefnyddio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="252"/>
        <source>counting only some speed classes needs the speed class field (SPEED_CLASS_FIELD); choose it or count all chargepoints</source>
        <translation>mae cyfrif rhai dosbarthiadau cyflymder yn unig yn gofyn am y maes dosbarth cyflymder (SPEED_CLASS_FIELD); dewiswch ef neu cyfrifwch bob pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="278"/>
        <source>Homes are areas: household counts from the field &apos;households&apos; of &apos;{layer}&apos;.</source>
        <translation>Ardaloedd yw'r cartrefi: cymerir nifer yr aelwydydd o'r maes 'households' yn '{layer}'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="289"/>
        <source>homes are areas (polygons): choose the field with each area&apos;s household count (HOUSEHOLDS_FIELD); fields: {fields}</source>
        <translation>ardaloedd (polygonau) yw'r cartrefi: dewiswch y maes sy'n dal nifer yr aelwydydd ym mhob ardal (HOUSEHOLDS_FIELD); meysydd: {fields}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="302"/>
        <source>{count} of {total} homes have off-street parking (&apos;{field}&apos;) and are left out.</source>
        <translation>Mae gan {count} o'r {total} cartref barcio oddi ar y stryd ('{field}'), a chânt eu hepgor.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="368"/>
        <source>No areas: the per-area table (AREAS_OUTPUT) is not written.</source>
        <translation>Dim ardaloedd: ni chaiff y tabl fesul ardal (AREAS_OUTPUT) ei ysgrifennu.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="386"/>
        <source>No district field: the per-district table is not written.</source>
        <translation>Dim maes dosbarth: ni chaiff y tabl fesul dosbarth ei ysgrifennu.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/coverage_gaps.py" line="402"/>
        <source>Coverage within {distance:g} m ({method}): {coverage:.1f} % of {homes:g} households today, {coverage_plan:.1f} % with the {sites} plan site(s).</source>
        <translation>Cwmpas o fewn {distance:g} m ({method}): {coverage:.1f} % o {homes:g} aelwyd heddiw, {coverage_plan:.1f} % gyda'r {sites} safle yn y cynllun.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="252"/>
        <source>Choose at least one output: OUTPUT_GPKG, OUTPUT_GEOJSON, OUTPUT_CSV or OUTPUT_PDF.</source>
        <translation>Dewiswch o leiaf un allbwn: OUTPUT_GPKG, OUTPUT_GEOJSON, OUTPUT_CSV neu OUTPUT_PDF.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/export_delivery_plan.py" line="363"/>
        <source>the GeoJSON could not be written to {path}: {error}</source>
        <translation>nid oedd modd ysgrifennu'r GeoJSON i {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="290"/>
        <source>County totals given: CURRENT_EVS_FIELD is not used.</source>
        <translation>Rhoddwyd cyfansymiau'r sir: ni ddefnyddir CURRENT_EVS_FIELD.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/forecast_demand.py" line="373"/>
        <source>{year}: {evs:,.0f} plug-in EVs, {required:,} public chargepoints required, {existing:,} existing, shortfall {shortfall:,} (net {shortfall_net:,}).</source>
        <translation>{year}: {evs:,.0f} cerbyd trydan plygio i mewn, angen {required:,} pwynt gwefru cyhoeddus, {existing:,} yn bodoli eisoes, diffyg o {shortfall:,} (net {shortfall_net:,}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="53"/>
        <source>OCPI_URL is given but OCPI_AUTH is not: choose the QGIS authentication configuration holding the OCPI token (Settings &gt; Options &gt; Authentication).</source>
        <translation>Rhoddwyd OCPI_URL ond nid OCPI_AUTH: dewiswch y ffurfweddiad dilysu QGIS sy'n dal y tocyn OCPI (Settings &gt; Options &gt; Authentication).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="68"/>
        <source>The QGIS authentication configuration &apos;{configuration}&apos; could not be read: it does not exist, or the master password was not given. Check OCPI_AUTH.</source>
        <translation>Nid oedd modd darllen ffurfweddiad dilysu QGIS '{configuration}': nid yw'n bodoli, neu ni roddwyd y prif gyfrinair. Gwiriwch OCPI_AUTH.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="91"/>
        <source>The QGIS authentication configuration &apos;{configuration}&apos; ({method}) holds no OCPI token: use a Basic configuration with the token as password, or an API header configuration with an Authorization header.</source>
        <translation>Nid yw ffurfweddiad dilysu QGIS '{configuration}' ({method}) yn dal tocyn OCPI: defnyddiwch ffurfweddiad Basic gyda'r tocyn fel cyfrinair, neu ffurfweddiad API Header gyda phennawd Authorization.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="255"/>
        <source>Nothing to read: give one or more chargepoint files in INPUT, or a live OCPI Locations URL in OCPI_URL.</source>
        <translation>Dim i'w ddarllen: rhowch un neu ragor o ffeiliau pwyntiau gwefru yn INPUT, neu URL Locations OCPI byw yn OCPI_URL.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="270"/>
        <source>OCPI_AUTH is ignored: no OCPI_URL was given.</source>
        <translation>Anwybyddir OCPI_AUTH: ni roddwyd OCPI_URL.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="282"/>
        <source>{path}: the CSV column mapping is ignored (read as {format}).</source>
        <translation>{path}: anwybyddir mapio colofnau'r CSV (darllenwyd fel {format}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="326"/>
        <source>{count} chargepoint(s) read, {skipped} record(s) skipped, {merged} merged as duplicates: {written} written.</source>
        <translation>Darllenwyd {count} pwynt gwefru, hepgorwyd {skipped} cofnod, cyfunwyd {merged} fel dyblygion: ysgrifennwyd {written}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="355"/>
        <source>{path}: read as {format} (detected from the content).</source>
        <translation>{path}: darllenwyd fel {format} (wedi'i ganfod o'r cynnwys).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_chargepoints.py" line="364"/>
        <source>{path}: read as {format} (latitude/longitude columns from the mapping).</source>
        <translation>{path}: darllenwyd fel {format} (colofnau lledred/hydred o'r mapio).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="43"/>
        <source>file not found; check the path.</source>
        <translation>ni chafwyd hyd i'r ffeil; gwiriwch y llwybr.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="51"/>
        <source>not an OpenStreetMap file that GDAL&apos;s OSM driver can read (.osm XML or .osm.pbf). Check that it is the OSM extract itself, not an error page or another format saved under that name.</source>
        <translation>nid yw'n ffeil OpenStreetMap y gall gyrrwr OSM GDAL ei darllen (.osm XML neu .osm.pbf). Gwiriwch mai'r detholiad OSM ei hun ydyw, ac nid tudalen gwall neu fformat arall a gadwyd o dan yr enw hwnnw.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="241"/>
        <source>not an OpenStreetMap file (neither OSM XML nor PBF); export it from an OSM extract service or convert it with osmium.</source>
        <translation>nid yw'n ffeil OpenStreetMap (nid yw'n OSM XML nac yn PBF); allforiwch hi o wasanaeth detholiadau OSM neu ei throsi gydag osmium.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="252"/>
        <source>FORMAT asks for OSM {wanted} but the file holds OSM {found}; choose &apos;Recognise from the content&apos;.</source>
        <translation>Mae FORMAT yn gofyn am OSM {wanted} ond mae'r ffeil yn dal OSM {found}; dewiswch 'Adnabod o'r cynnwys'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_osm_kerbside.py" line="183"/>
        <source>Restrictions: {kerb_restrictions} kerb restriction(s), {bus_stops} bus stop(s), {crossings} crossing(s). Points: {points}.</source>
        <translation>Cyfyngiadau: {kerb_restrictions} cyfyngiad cwrbyn, {bus_stops} arhosfan bysiau, {crossings} croesfan. Pwyntiau: {points}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="200"/>
        <source>Nothing to import: give one or more session files in INPUT.</source>
        <translation>Dim i'w fewnforio: rhowch un neu ragor o ffeiliau sesiynau yn INPUT.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="214"/>
        <source>Give the GeoPackage to import into (SESSIONS_GPKG).</source>
        <translation>Rhowch y GeoPackage i fewnforio iddo (SESSIONS_GPKG).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="224"/>
        <source>The chargepoint layer (CHARGEPOINTS) could not be opened.</source>
        <translation>Nid oedd modd agor haen y pwyntiau gwefru (CHARGEPOINTS).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="235"/>
        <source>Choose the chargepoint id field (CP_ID_FIELD) of &apos;{layer}&apos;: the ids the sessions refer to.</source>
        <translation>Dewiswch faes ID y pwynt gwefru (CP_ID_FIELD) yn '{layer}': yr ID y mae'r sesiynau'n cyfeirio atynt.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/import_sessions.py" line="293"/>
        <source>{inserted} new session(s) imported, {duplicates} already in the table ({updated} updated), {unmatched} at unknown chargepoints, {unparsed} record(s) not read; {total} session(s) in {path}.</source>
        <translation>Mewnforiwyd {inserted} sesiwn newydd, roedd {duplicates} yn y tabl eisoes ({updated} wedi'u diweddaru), {unmatched} ar bwyntiau gwefru anhysbys, {unparsed} cofnod heb eu darllen; {total} sesiwn yn {path}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="36"/>
        <source>no column {missing} for the code lookup; columns are: {columns}</source>
        <translation>dim colofn {missing} ar gyfer chwilio'r codau; y colofnau yw: {columns}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="52"/>
        <source>{path}: {count} code(s) of &apos;{field}&apos; appear more than once (an area merged from several); the first row is used (first: {first}).</source>
        <translation>{path}: mae {count} cod yn '{field}' yn ymddangos fwy nag unwaith (ardal a gyfunwyd o sawl un); defnyddir y rhes gyntaf (y cyntaf: {first}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="188"/>
        <source>Give at least one table to join: IMD_FILE, RUC_FILE, CENSUS_TS044_FILE or CENSUS_TS045_FILE.</source>
        <translation>Rhowch o leiaf un tabl i'w uno: IMD_FILE, RUC_FILE, CENSUS_TS044_FILE neu CENSUS_TS045_FILE.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/join_area_data.py" line="288"/>
        <source>The areas already had field(s) {fields}; they are replaced by the joined tables&apos; values.</source>
        <translation>Roedd gan yr ardaloedd y maes/meysydd {fields} eisoes; caiff y rhain eu disodli gan werthoedd y tablau a unwyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="440"/>
        <source>RESTRICTION_MAPPING_FILE {path} could not be read as JSON: {error}</source>
        <translation>Nid oedd modd darllen RESTRICTION_MAPPING_FILE {path} fel JSON: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="451"/>
        <source>RESTRICTION_MAPPING_FILE {path} must hold a JSON object {{&quot;type&quot;: &quot;policy&quot;}} or {{&quot;type&quot;: [&quot;policy&quot;, &quot;CODE&quot;]}}.</source>
        <translation>Rhaid i RESTRICTION_MAPPING_FILE {path} ddal gwrthrych JSON {{&quot;type&quot;: &quot;policy&quot;}} neu {{&quot;type&quot;: [&quot;policy&quot;, &quot;CODE&quot;]}}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="469"/>
        <source>RESTRICTION_MAPPING needs three values per row (type, policy, reason code or empty); got {count} values.</source>
        <translation>Mae angen tri gwerth fesul rhes ar RESTRICTION_MAPPING (math, polisi, cod rheswm neu wag); cafwyd {count} gwerth.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kerbside_eligibility.py" line="521"/>
        <source>RESTRICTIONS is given but RESTRICTION_TYPE_FIELD is not a field of it; choose the field holding the restriction type (e.g. regulation_type).</source>
        <translation>Rhoddwyd RESTRICTIONS ond nid yw RESTRICTION_TYPE_FIELD yn un o'i meysydd; dewiswch y maes sy'n dal y math o gyfyngiad (e.e. regulation_type).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/kpi_report.py" line="140"/>
        <source>KPI report of {pages} page(s) written to {path}.</source>
        <translation>Ysgrifennwyd adroddiad DPA o {pages} tudalen i {path}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="314"/>
        <source>Unknown scoring preset &apos;{preset}&apos;; available: {presets}.</source>
        <translation>Rhagosodiad sgorio anhysbys '{preset}'; y rhai sydd ar gael: {presets}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="343"/>
        <source>SAVE_PRESET_AS: &apos;{name}&apos; is not a usable preset name; use up to 64 letters, digits, spaces, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>SAVE_PRESET_AS: nid yw '{name}' yn enw rhagosodiad y gellir ei ddefnyddio; defnyddiwch hyd at 64 o lythrennau, digidau, bylchau, '_', '-' neu '.', gan ddechrau gyda llythyren neu ddigid.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="355"/>
        <source>SAVE_PRESET_AS: &apos;{name}&apos; is a built-in preset and cannot be replaced; choose another name.</source>
        <translation>SAVE_PRESET_AS: mae '{name}' yn rhagosodiad adeiledig ac ni ellir ei ddisodli; dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="445"/>
        <source>Scoring preset &apos;{name}&apos; saved to {path}.</source>
        <translation>Cadwyd y rhagosodiad sgorio '{name}' yn {path}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="208"/>
        <source>Give the number of sites to choose (N), a budget (BUDGET), or both.</source>
        <translation>Rhowch nifer y safleoedd i'w dewis (N), cyllideb (BUDGET), neu'r ddau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="244"/>
        <source>{count} candidate(s) lie outside every area of &apos;{layer}&apos; and have no district.</source>
        <translation>Mae {count} safle posibl y tu allan i bob ardal yn '{layer}', ac nid oes ganddynt ddosbarth.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="258"/>
        <source>DISTRICT_QUOTAS needs the district of each candidate: choose DISTRICT_FIELD on the candidates or give DISTRICT_AREAS</source>
        <translation>Mae angen dosbarth pob safle posibl ar DISTRICT_QUOTAS: dewiswch DISTRICT_FIELD ar y safleoedd posibl neu rhowch DISTRICT_AREAS</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="301"/>
        <source>{count} site(s) chosen, total score {score:g}, cost {cost:,.0f}; stopped by {stopped_by}.</source>
        <translation>Dewiswyd {count} safle, cyfanswm sgôr {score:g}, cost {cost:,.0f}; daeth i ben oherwydd {stopped_by}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="285"/>
        <source>OUTPUT_PDF: choose a PDF file to write the site maps to.</source>
        <translation>OUTPUT_PDF: dewiswch ffeil PDF i ysgrifennu'r mapiau cynllun safle iddi.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="307"/>
        <source>SCALE 1:{scale:g} is not a map scale; give the denominator, e.g. 500 for 1:500, or 0 to choose one for each site.</source>
        <translation>Nid yw SCALE 1:{scale:g} yn raddfa map; rhowch yr enwadur, e.e. 500 ar gyfer 1:500, neu 0 i ddewis un ar gyfer pob safle.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="322"/>
        <source>there are no sites to print (an empty layer, or no feature selected with &apos;Selected features only&apos;)</source>
        <translation>nid oes safleoedd i'w hargraffu (haen wag, neu ni ddewiswyd unrhyw nodwedd gyda 'Selected features only')</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="343"/>
        <source>no site has a geometry; map the sites first</source>
        <translation>nid oes geometreg gan unrhyw safle; mapiwch y safleoedd yn gyntaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="350"/>
        <source>Layer &apos;{layer}&apos;: {count} site(s) without geometry get no page (sites: {ids}).</source>
        <translation>Haen '{layer}': ni chaiff {count} o safleoedd heb geometreg dudalen (safleoedd: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="416"/>
        <source>The kerb runs layer has no &apos;status&apos; field (from Kerbside eligibility); the runs are not coloured by eligibility.</source>
        <translation>Nid oes maes 'status' yn yr haen rhediadau cwrbyn (o'r algorithm Cymhwysedd ymyl y palmant); ni chaiff y rhediadau eu lliwio yn ôl cymhwysedd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="433"/>
        <source>SCALE 1:{scale:,.0f} is outside 1:{minimum:,}-1:{maximum:,}, the usual range of site plans.</source>
        <translation>Mae SCALE 1:{scale:,.0f} y tu allan i 1:{minimum:,}-1:{maximum:,}, sef ystod arferol cynlluniau safle.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="171"/>
        <source>{count} session(s) read from {path} ({table}).</source>
        <translation>Darllenwyd {count} o sesiynau o {path} ({table}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="184"/>
        <source>the sessions table could not be opened; check the path</source>
        <translation>nid oedd modd agor y tabl sesiynau; gwiriwch y llwybr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="195"/>
        <source>field(s) {fields} missing; choose the sessions table written by Import charging sessions</source>
        <translation>mae'r maes/meysydd {fields} ar goll; dewiswch y tabl sesiynau a ysgrifennwyd gan yr algorithm Mewnforio sesiynau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="230"/>
        <source>the chargepoint layer could not be opened; check the path</source>
        <translation>nid oedd modd agor yr haen pwyntiau gwefru; gwiriwch y llwybr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="249"/>
        <source>Choose the chargepoint id field (CP_ID_FIELD) of &apos;{layer}&apos;: the field holding the ids the sessions&apos; cp_id refer to.</source>
        <translation>Dewiswch y maes id pwynt gwefru (CP_ID_FIELD) yn '{layer}': y maes sy'n dal yr IDau y mae cp_id y sesiynau yn cyfeirio atynt.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="292"/>
        <source>Choose the area id field (AREA_ID_FIELD) of &apos;{layer}&apos;.</source>
        <translation>Dewiswch y maes id ardal (AREA_ID_FIELD) yn '{layer}'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="443"/>
        <source>MAP_PERIOD &apos;{period}&apos; is not one of the periods of the sessions: {periods}.</source>
        <translation>Nid yw MAP_PERIOD '{period}' yn un o gyfnodau'r sesiynau: {periods}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="491"/>
        <source>No AREAS given: AREAS_OUTPUT is not written; AREA_TABLE has the whole network (area_id ALL).</source>
        <translation>Ni roddwyd AREAS: ni chaiff AREAS_OUTPUT ei ysgrifennu; mae AREA_TABLE yn cynnwys y rhwydwaith cyfan (area_id ALL).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="282"/>
        <source>{url}: {message}</source>
        <translation>{url}: {message}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="490"/>
        <source>{file}: {count} record(s) had latitude and longitude swapped (corrected): {ids}.</source>
        <translation>{file}: roedd y lledred a'r hydred wedi'u cyfnewid mewn {count} o gofnodion (wedi'u cywiro): {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="502"/>
        <source>{file}: {count} record(s) skipped: no or unreadable coordinates: {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: dim cyfesurynnau neu gyfesurynnau annarllenadwy: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="510"/>
        <source>{file}: {count} record(s) skipped: coordinates out of range: {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: cyfesurynnau y tu allan i'r amrediad: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="518"/>
        <source>{file}: {count} record(s) skipped: coordinates 0, 0: {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: cyfesurynnau 0, 0: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="527"/>
        <source>{file}: {count} record(s) skipped: outside the UK: {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: y tu allan i'r DU: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="536"/>
        <source>{file}: {count} record(s) skipped: outside the bounds {bounds}: {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: y tu allan i'r ffiniau {bounds}: {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="565"/>
        <source>{file}: {count} chargepoint(s) read from {records} record(s).</source>
        <translation>{file}: darllenwyd {count} o bwyntiau gwefru o {records} o gofnodion.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/_files.py" line="19"/>
        <source>cannot read the file ({error}).</source>
        <translation>ni ellir darllen y ffeil ({error}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="464"/>
        <source>line {line}, column {column}</source>
        <translation>llinell {line}, colofn {column}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="643"/>
        <source>OCPI input must be a file path, a parsed JSON object or a list, not {type}.</source>
        <translation>Rhaid i'r mewnbwn OCPI fod yn llwybr ffeil, yn wrthrych JSON wedi'i ddosrannu neu'n rhestr, nid {type}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="666"/>
        <source>OCPI response with error status {code}: {error}</source>
        <translation>Ymateb OCPI gyda statws gwall {code}: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="766"/>
        <source>{file}: {count} record(s) skipped: not an OCPI Location (no coordinates or EVSEs): {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: nid ydynt yn Location OCPI (dim cyfesurynnau nac EVSEs): {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="776"/>
        <source>{file}: {count} record(s) skipped: not published (publish=false; use include_unpublished to keep them): {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: heb eu cyhoeddi (publish=false; defnyddiwch include_unpublished i'w cadw): {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="801"/>
        <source>malformed JSON ({error}); expected OCPI 2.2.1 Locations.</source>
        <translation>JSON wedi'i gamffurfio ({error}); disgwylid Locations OCPI 2.2.1.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="814"/>
        <source>no OCPI 2.2.1 Location object in it (a Location has id, coordinates and evses); check that this is a Locations file.</source>
        <translation>nid oes gwrthrych Location OCPI 2.2.1 ynddi (mae gan Location id, coordinates ac evses); gwiriwch mai ffeil Locations yw hon.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="837"/>
        <source>OCPI endpoint {url!r} must be an https:// URL (the token is sent with every request).</source>
        <translation>Rhaid i'r pwynt terfyn OCPI {url!r} fod yn URL https:// (anfonir y tocyn gyda phob cais).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="893"/>
        <source>the OCPI endpoint rejected the token (HTTP {status}): it is wrong, revoked or has expired. Update the token in the QGIS authentication configuration used for this endpoint and run again.</source>
        <translation>gwrthododd y pwynt terfyn OCPI y tocyn (HTTP {status}): mae'n anghywir, wedi'i ddirymu neu wedi dod i ben. Diweddarwch y tocyn yn y ffurfweddiad dilysu QGIS a ddefnyddir ar gyfer y pwynt terfyn hwn, a rhedwch eto.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="915"/>
        <source>HTTP {status} {reason} on page {page}; check the URL of the Locations module.</source>
        <translation>HTTP {status} {reason} ar dudalen {page}; gwiriwch URL y modiwl Locations.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="952"/>
        <source>page {page} could not be read after {attempts} attempt(s): no answer within {timeout:g} s. Check the URL and the network, or raise the timeout or the number of retries.</source>
        <translation>nid oedd modd darllen tudalen {page} ar ôl {attempts} o ymgeisiau: dim ateb o fewn {timeout:g} s. Gwiriwch yr URL a'r rhwydwaith, neu cynyddwch y terfyn amser neu nifer yr ymgeisiau ychwanegol.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="958"/>
        <source>page {page} could not be read after {attempts} attempt(s): connection failed ({error}). Check the URL and the network, or raise the timeout or the number of retries.</source>
        <translation>nid oedd modd darllen tudalen {page} ar ôl {attempts} o ymgeisiau: methodd y cysylltiad ({error}). Gwiriwch yr URL a'r rhwydwaith, neu cynyddwch y terfyn amser neu nifer yr ymgeisiau ychwanegol.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="964"/>
        <source>page {page} could not be read after {attempts} attempt(s): {status}. Check the URL and the network, or raise the timeout or the number of retries.</source>
        <translation>nid oedd modd darllen tudalen {page} ar ôl {attempts} o ymgeisiau: {status}. Gwiriwch yr URL a'r rhwydwaith, neu cynyddwch y terfyn amser neu nifer yr ymgeisiau ychwanegol.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="969"/>
        <source>page {page} could not be read after {attempts} attempt(s): transfer interrupted or slower than {timeout:g} s. Check the URL and the network, or raise the timeout or the number of retries.</source>
        <translation>nid oedd modd darllen tudalen {page} ar ôl {attempts} o ymgeisiau: torrwyd ar draws y trosglwyddiad neu roedd yn arafach na {timeout:g} s. Gwiriwch yr URL a'r rhwydwaith, neu cynyddwch y terfyn amser neu nifer yr ymgeisiau ychwanegol.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="986"/>
        <source>the OCPI endpoint sent more data than the size limit by page {page}; raise the limit (max_bytes) if this is expected.</source>
        <translation>anfonodd y pwynt terfyn OCPI fwy o ddata na'r terfyn maint erbyn tudalen {page}; cynyddwch y terfyn (max_bytes) os disgwylir hyn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1026"/>
        <source>No OCPI token: choose the QGIS authentication configuration holding the token.</source>
        <translation>Dim tocyn OCPI: dewiswch y ffurfweddiad dilysu QGIS sy'n dal y tocyn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1036"/>
        <source>page_limit and max_bytes must be positive, retries 0 or more, timeout above 0.</source>
        <translation>Rhaid i page_limit a max_bytes fod yn bositif, retries yn 0 neu fwy, a timeout yn fwy na 0.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1064"/>
        <source>{url}: the server links pages in a loop; stopped at page {page}.</source>
        <translation>{url}: mae'r gweinydd yn cysylltu'r tudalennau mewn dolen; stopiwyd ar dudalen {page}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1098"/>
        <source>the next-page link of page {page} points to another server ({link}); not followed, to keep the token safe.</source>
        <translation>mae dolen tudalen nesaf tudalen {page} yn pwyntio at weinydd arall ({link}); ni chafodd ei dilyn, er mwyn cadw'r tocyn yn ddiogel.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1125"/>
        <source>page {page}</source>
        <translation>tudalen {page}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1129"/>
        <source>page {page} is not UTF-8 text (byte {byte}).</source>
        <translation>nid yw tudalen {page} yn destun UTF-8 (beit {byte}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1139"/>
        <source>page {page} is not valid JSON ({error} at line {line}, column {column}).</source>
        <translation>nid yw tudalen {page} yn JSON dilys ({error} yn llinell {line}, colofn {column}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1154"/>
        <source>page {page} is not an OCPI response (expected {{data, status_code, timestamp}}).</source>
        <translation>nid yw tudalen {page} yn ymateb OCPI (disgwylid {{data, status_code, timestamp}}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1169"/>
        <source>OCPI error {code} on page {page}: {error}.</source>
        <translation>Gwall OCPI {code} ar dudalen {page}: {error}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1178"/>
        <source>OCPI error {code} on page {page}: no message.</source>
        <translation>Gwall OCPI {code} ar dudalen {page}: dim neges.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1192"/>
        <source>page {page}: &apos;data&apos; is not a list of Locations.</source>
        <translation>tudalen {page}: nid yw 'data' yn rhestr o Locations.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1282"/>
        <source>malformed JSON ({error}); expected Open Charge Map POI JSON.</source>
        <translation>JSON wedi'i gamffurfio ({error}); disgwylid JSON POI Open Charge Map.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1302"/>
        <source>no Open Charge Map POI in it (a POI has AddressInfo with Latitude/Longitude).</source>
        <translation>nid oes POI Open Charge Map ynddi (mae gan POI AddressInfo gyda Latitude/Longitude).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1312"/>
        <source>{file}: {count} record(s) skipped: not an Open Charge Map POI (no AddressInfo): {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: nid ydynt yn POI Open Charge Map (dim AddressInfo): {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1322"/>
        <source>{file}: {count} record(s) skipped: private (UsageType; use include_private to keep them): {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: preifat (UsageType; defnyddiwch include_private i'w cadw): {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1334"/>
        <source>{file}: {count} POI(s) without operator names (downloaded with compact=true); download again without it to get operators for deduplication.</source>
        <translation>{file}: mae {count} o POIau heb enwau gweithredwyr (wedi'u llwytho i lawr gyda compact=true); llwythwch nhw i lawr eto heb hynny i gael gweithredwyr ar gyfer dad-ddyblygu.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="660"/>
        <source>the file is empty.</source>
        <translation>mae'r ffeil yn wag.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1382"/>
        <source>{file}: not UTF-8, read as {encoding}.</source>
        <translation>{file}: nid UTF-8 ydyw, wedi'i darllen fel {encoding}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1402"/>
        <source>no header line.</source>
        <translation>dim llinell pennawd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1457"/>
        <source>not a National Chargepoint Registry CSV (expected chargeDeviceID, latitude and longitude columns; found {columns}).</source>
        <translation>nid yw'n CSV y Gofrestr Genedlaethol o Bwyntiau Gwefru (disgwylid colofnau chargeDeviceID, latitude a longitude; canfuwyd {columns}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1414"/>
        <source>{file}: {count} record(s) skipped: malformed CSV line (wrong number of fields): {ids}.</source>
        <translation>{file}: hepgorwyd {count} o gofnodion: llinell CSV wedi'i chamffurfio (nifer anghywir o feysydd): {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1579"/>
        <source>Unknown field(s) in the column mapping: {fields}; use {known}.</source>
        <translation>Maes/meysydd anhysbys yn y mapio colofnau: {fields}; defnyddiwch {known}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="561"/>
        <source>Column(s) {missing} not in {file}; its columns are {columns}.</source>
        <translation>Nid yw'r golofn/colofnau {missing} yn {file}; colofnau'r ffeil yw {columns}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1603"/>
        <source>No latitude/longitude columns found in {file} (columns: {columns}); map them in the column mapping.</source>
        <translation>Ni chanfuwyd colofnau lledred/hydred yn {file} (colofnau: {columns}); mapiwch nhw yn y mapio colofnau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1681"/>
        <source>malformed JSON ({error}); expected chargepoint JSON (OCPI Locations or Open Charge Map).</source>
        <translation>JSON wedi'i gamffurfio ({error}); disgwylid JSON pwyntiau gwefru (Locations OCPI neu Open Charge Map).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1695"/>
        <source>JSON that is neither OCPI 2.2.1 Locations nor Open Charge Map POIs.</source>
        <translation>JSON nad yw'n Locations OCPI 2.2.1 nac yn POIau Open Charge Map.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1712"/>
        <source>not a recognised chargepoint file: not JSON, and no latitude/longitude columns in the header line.</source>
        <translation>nid yw'n ffeil pwyntiau gwefru a gydnabyddir: nid JSON ydyw, ac nid oes colofnau lledred/hydred yn y llinell pennawd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1744"/>
        <source>Unknown chargepoint format {format!r}; use auto, {formats}.</source>
        <translation>Fformat pwyntiau gwefru anhysbys {format!r}; defnyddiwch auto, {formats}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1825"/>
        <source>The deduplication distance must be 0 m or more.</source>
        <translation>Rhaid i'r pellter dad-ddyblygu fod yn 0 m neu fwy.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1832"/>
        <source>Not a chargepoint layer: missing field(s) {fields}.</source>
        <translation>Nid yw'n haen pwyntiau gwefru: maes/meysydd ar goll: {fields}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1844"/>
        <source>The chargepoint layer has no CRS; distances cannot be measured.</source>
        <translation>Nid oes CRS gan yr haen pwyntiau gwefru; ni ellir mesur pellteroedd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/chargepoints.py" line="1904"/>
        <source>Deduplication: {count} record(s) merged into {chargepoints} chargepoint(s) (within {distance:g} m, same operator or id).</source>
        <translation>Dad-ddyblygu: cyfunwyd {count} o gofnodion yn {chargepoints} o bwyntiau gwefru (o fewn {distance:g} m, yr un gweithredwr neu'r un id).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="357"/>
        <source>revoked must be &apos;drop&apos; or &apos;flag&apos;, not {value!r}.</source>
        <translation>Rhaid i revoked fod yn 'drop' neu'n 'flag', nid {value!r}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="364"/>
        <source>consultations must be &apos;drop&apos; or &apos;keep&apos;, not {value!r}.</source>
        <translation>Rhaid i consultations fod yn 'drop' neu'n 'keep', nid {value!r}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="376"/>
        <source>schema version {version!r} is not supported; use 3.4 or 4.0, or none to read each record as it declares.</source>
        <translation>ni chefnogir fersiwn sgema {version!r}; defnyddiwch 3.4 neu 4.0, neu ddim fersiwn i ddarllen pob cofnod fel y mae'n ei ddatgan.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="436"/>
        <source>D-TRO input must be a file path or parsed JSON, not {type}.</source>
        <translation>Rhaid i'r mewnbwn D-TRO fod yn llwybr ffeil neu'n JSON wedi'i ddosrannu, nid {type}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="452"/>
        <source>not UTF-8 text (byte {byte}); D-TRO files are UTF-8 JSON.</source>
        <translation>nid yw'n destun UTF-8 (beit {byte}); mae ffeiliau D-TRO yn JSON UTF-8.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="464"/>
        <source>malformed JSON: {error}. Fix the file or download it again.</source>
        <translation>JSON wedi'i gamffurfio: {error}. Trwsiwch y ffeil neu lwythwch hi i lawr eto.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="504"/>
        <source>search or event result without the D-TRO record itself; download the record (GET /dtros/{id}) and read that.</source>
        <translation>canlyniad chwilio neu ddigwyddiad heb y cofnod D-TRO ei hun; llwythwch y cofnod i lawr (GET /dtros/{id}) a darllenwch hwnnw.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="512"/>
        <source>not a D-TRO record (expected {schemaVersion, data: {source|consultation}}); not imported.</source>
        <translation>nid yw'n gofnod D-TRO (disgwylid {schemaVersion, data: {source|consultation}}); heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="526"/>
        <source>not a D-TRO record but a JSON {type}; not imported.</source>
        <translation>nid yw'n gofnod D-TRO ond yn {type} JSON; heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="541"/>
        <source>no D-TRO record found: expected a record {schemaVersion, data: {source}}, a list of records or a D-TRO API page {results: [...]}.</source>
        <translation>ni chanfuwyd cofnod D-TRO: disgwylid cofnod {schemaVersion, data: {source}}, rhestr o gofnodion neu dudalen API D-TRO {results: [...]}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="616"/>
        <source>D-TRO validation needs the official schemas; none found in the plugin&apos;s resources/schemas/dtro. Give the folder holding D-TRO-v3.4.1-schema.json and D-TRO-v4.0.0-schema.json.</source>
        <translation>Mae dilysu D-TRO yn gofyn am y sgemâu swyddogol; ni chanfuwyd yr un yn resources/schemas/dtro yr ategyn. Rhowch y ffolder sy'n dal D-TRO-v3.4.1-schema.json a D-TRO-v4.0.0-schema.json.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="637"/>
        <source>D-TRO schema file not found: {path}. Validation of schema version {version}.x needs it; give the folder of the official schemas.</source>
        <translation>Ni chanfuwyd ffeil sgema D-TRO: {path}. Mae ei hangen i ddilysu fersiwn sgema {version}.x; rhowch ffolder y sgemâu swyddogol.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="671"/>
        <source>schema violation: matches none of the allowed forms ({validator}); closest: {detail}</source>
        <translation>torri'r sgema: nid yw'n cyfateb i'r un o'r ffurfiau a ganiateir ({validator}); agosaf: {detail}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="680"/>
        <source>schema violation: {detail}</source>
        <translation>torri'r sgema: {detail}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="832"/>
        <source>no schemaVersion; read as {version}.x (inferred from the structure).</source>
        <translation>dim schemaVersion; wedi'i ddarllen fel {version}.x (wedi'i gasglu o'r strwythur).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="815"/>
        <source>schema version {version!r} is not supported (3.4.x, 4.0.x); read as {inferred}.x on a best-effort basis, check the result.</source>
        <translation>ni chefnogir fersiwn sgema {version!r} (3.4.x, 4.0.x); wedi'i ddarllen fel {inferred}.x gystal ag y gellir, gwiriwch y canlyniad.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="867"/>
        <source>record skipped: it does not conform to the D-TRO schema.</source>
        <translation>hepgorwyd y cofnod: nid yw'n cydymffurfio â sgema D-TRO.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="887"/>
        <source>consultation without source.</source>
        <translation>ymgynghoriad (consultation) heb source.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="893"/>
        <source>neither a source nor a consultation; not imported.</source>
        <translation>nid yw'n source nac yn consultation; heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="905"/>
        <source>order skipped: it does not conform to the D-TRO schema.</source>
        <translation>hepgorwyd y gorchymyn: nid yw'n cydymffurfio â sgema D-TRO.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="916"/>
        <source>source is not an object; not imported.</source>
        <translation>nid yw source yn wrthrych; heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="930"/>
        <source>proposal under consultation, not an order in force: {count} regulated place(s) not imported (use consultations=&apos;keep&apos; to import them).</source>
        <translation>cynnig sy'n destun ymgynghoriad, nid gorchymyn sydd mewn grym: ni fewnforiwyd {count} o leoedd rheoleiddiedig (defnyddiwch consultations='keep' i'w mewnforio).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="951"/>
        <source>order without a provision list; nothing imported.</source>
        <translation>gorchymyn heb restr o ddarpariaethau; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="971"/>
        <source>provision skipped: it does not conform to the D-TRO schema.</source>
        <translation>hepgorwyd y ddarpariaeth: nid yw'n cydymffurfio â sgema D-TRO.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="983"/>
        <source>provision is not an object; not imported.</source>
        <translation>nid yw'r ddarpariaeth yn wrthrych; heb ei mewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1001"/>
        <source>provision without regulatedPlace; nothing imported.</source>
        <translation>darpariaeth heb regulatedPlace; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1012"/>
        <source>provision without regulation: its {count} place(s) not imported.</source>
        <translation>darpariaeth heb reoliad: ni fewnforiwyd y {count} o leoedd sydd ganddi.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1025"/>
        <source>provision revoked ({action}): {count} regulated place(s) dropped (revoked=&apos;drop&apos;).</source>
        <translation>darpariaeth wedi'i dirymu ({action}): hepgorwyd {count} o leoedd rheoleiddiedig (revoked='drop').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1040"/>
        <source>provision partially revoked (partialRevoke): imported as given, check in the order which part remains in force.</source>
        <translation>darpariaeth wedi'i dirymu'n rhannol (partialRevoke): wedi'i mewnforio fel y'i rhoddwyd; gwiriwch yn y gorchymyn pa ran sy'n parhau mewn grym.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1056"/>
        <source>regulation not understood; not imported.</source>
        <translation>ni ddeellir y rheoliad; heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1073"/>
        <source>regulated place is not an object; not imported.</source>
        <translation>nid yw'r lle rheoleiddiedig yn wrthrych; heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1110"/>
        <source>geometry without SRID prefix; assumed EPSG:{srid}.</source>
        <translation>geometreg heb ragddodiad SRID; tybiwyd EPSG:{srid}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1130"/>
        <source>regulated place without geometry (pointGeometry, linearGeometry, directedLinear or polygon); not imported.</source>
        <translation>lle rheoleiddiedig heb geometreg (pointGeometry, linearGeometry, directedLinear neu polygon); heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1143"/>
        <source>regulated place with {count} geometries; one feature each.</source>
        <translation>lle rheoleiddiedig gyda {count} o geometregau; un nodwedd ar gyfer pob un.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1159"/>
        <source>no &apos;{string_key}&apos; geometry string in {key}; not imported.</source>
        <translation>dim llinyn geometreg '{string_key}' yn {key}; heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1183"/>
        <source>regulation is not an object; not imported.</source>
        <translation>nid yw'r rheoliad yn wrthrych; heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1211"/>
        <source>regulation type not understood (no generalRegulation, offListRegulation, speedLimitValueBased or speedLimitProfileBased); kerbside_category &apos;other&apos;.</source>
        <translation>ni ddeellir y math o reoliad (dim generalRegulation, offListRegulation, speedLimitValueBased na speedLimitProfileBased); kerbside_category 'other'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1227"/>
        <source>regulation type {type!r} is not known to this reader; kerbside_category &apos;other&apos;.</source>
        <translation>nid yw'r darllenydd hwn yn adnabod y math o reoliad {type!r}; kerbside_category 'other'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1267"/>
        <source>regulation part {key!r} not understood.</source>
        <translation>ni ddeellir rhan y rheoliad {key!r}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1308"/>
        <source>geometry not understood: {geometry}; not imported.</source>
        <translation>ni ddeellir y geometreg: {geometry}; heb ei mewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1323"/>
        <source>empty geometry; not imported.</source>
        <translation>geometreg wag; heb ei mewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1331"/>
        <source>geometry type {type} not supported; not imported.</source>
        <translation>ni chefnogir y math o geometreg {type}; heb ei mewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1341"/>
        <source>{found} geometry where a {expected} was expected; imported as is.</source>
        <translation>geometreg {found} lle disgwylid {expected}; wedi'i mewnforio fel y mae.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1357"/>
        <source>invalid geometry ({reason}); imported as is.</source>
        <translation>geometreg annilys ({reason}); wedi'i mewnforio fel y mae.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1370"/>
        <source>zero-length or zero-area geometry; imported as is, check it.</source>
        <translation>geometreg â hyd sero neu arwynebedd sero; wedi'i mewnforio fel y mae, gwiriwch hi.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1386"/>
        <source>cannot transform from EPSG:{srid} ({error}); not imported.</source>
        <translation>ni ellir trawsnewid o EPSG:{srid} ({error}); heb ei fewnforio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1470"/>
        <source>condition is not an object; ignored.</source>
        <translation>nid yw'r amod yn wrthrych; fe'i hanwybyddwyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1497"/>
        <source>condition part {key!r} not understood; ignored.</source>
        <translation>ni ddeellir rhan yr amod {key!r}; fe'i hanwybyddwyd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1578"/>
        <source>vehicle characteristic {key!r} not understood.</source>
        <translation>ni ddeellir nodwedd cerbyd {key!r}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1844"/>
        <source>D-TRO: {places} regulated place(s) from {records} record(s).</source>
        <translation>D-TRO: {places} o leoedd rheoleiddiedig o {records} o gofnodion.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1856"/>
        <source>D-TRO {file} at {path}: {problem}</source>
        <translation>D-TRO {file} yn {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="1865"/>
        <source>D-TRO: {count} problems in total; the first {listed} are listed above, all are in the problems report.</source>
        <translation>D-TRO: {count} o broblemau i gyd; rhestrir y {listed} cyntaf uchod, ac mae'r cyfan yn yr adroddiad problemau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1327"/>
        <source>no lines layer given; read the &apos;lines&apos; layer of the OSM file.</source>
        <translation>ni roddwyd haen llinellau; darllenwyd haen 'lines' y ffeil OSM.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1352"/>
        <source>Layer &apos;{layer}&apos;: {count} feature(s) with &apos;other_tags&apos; that could not be read completely; the tags before the error were kept (ids: {ids}).</source>
        <translation>Haen '{layer}': {count} o nodweddion gydag 'other_tags' nad oedd modd eu darllen yn llawn; cadwyd y tagiau cyn y gwall (IDau: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1381"/>
        <source>Layer &apos;lines&apos;: {count} ways share an osm_id; numbered #1, #2 (ids: {ids}).</source>
        <translation>Haen 'lines': mae {count} o linellau (ways) yn rhannu osm_id; wedi'u rhifo #1, #2 (IDau: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1399"/>
        <source>Layer &apos;lines&apos;: {count} carriageway width tag(s) outside {minimum:g}-{maximum:g} m ignored; used lanes or the class default (ids: {ids}).</source>
        <translation>Haen 'lines': anwybyddwyd {count} o dagiau lled cerbytffordd y tu allan i {minimum:g}-{maximum:g} m; defnyddiwyd y tag lanes neu werth diofyn y dosbarth (IDau: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1414"/>
        <source>Layer &apos;lines&apos;: {count} carriageway width tag(s) not understood ({values}); used lanes or the class default (ids: {ids}).</source>
        <translation>Haen 'lines': anwybyddwyd {count} o dagiau lled cerbytffordd nas deellir ({values}); defnyddiwyd y tag lanes neu werth diofyn y dosbarth (IDau: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1464"/>
        <source>Layer &apos;lines&apos;: street-parking or sidewalk tag values not understood, kept as tagged or ignored: {values}.</source>
        <translation>Haen 'lines': gwerthoedd tagiau parcio ar y stryd neu balmant nas deellir, wedi'u cadw fel y'u tagiwyd neu wedi'u hanwybyddu: {values}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1681"/>
        <source>No carriageway ways (highway=residential, primary... as chosen in the carriageway classes) in the lines layer: no kerbs were made. Check the layer is the &apos;lines&apos; layer of the OSM file.</source>
        <translation>Dim llinellau (ways) cerbytffordd (highway=residential, primary... fel y'u dewiswyd yn y dosbarthiadau cerbytffordd) yn yr haen llinellau: ni chrëwyd unrhyw gwrbynnau. Gwiriwch mai haen 'lines' y ffeil OSM yw'r haen.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1704"/>
        <source>OpenStreetMap kerbside: {kerbs} kerbs from {ways} ways. Parking position: {position_tagged} tagged, {position_inferred} inferred, {position_default} default; restriction: {restriction_tagged} tagged, {restriction_inferred} inferred, {restriction_default} default; sidewalk: {sidewalk_tagged} tagged, {sidewalk_inferred} inferred, {sidewalk_default} default; footway width: {footway_tagged} tagged, {footway_inferred} inferred, {footway_default} default; carriageway width: {carriageway_tagged} tagged, {carriageway_inferred} inferred, {carriageway_default} default.</source>
        <translation>Ymyl y palmant OpenStreetMap: {kerbs} o gwrbynnau o {ways} o linellau (ways). Safle parcio: {position_tagged} wedi'u tagio, {position_inferred} wedi'u casglu, {position_default} diofyn; cyfyngiad: {restriction_tagged} wedi'u tagio, {restriction_inferred} wedi'u casglu, {restriction_default} diofyn; palmant: {sidewalk_tagged} wedi'u tagio, {sidewalk_inferred} wedi'u casglu, {sidewalk_default} diofyn; lled y droetffordd: {footway_tagged} wedi'u tagio, {footway_inferred} wedi'u casglu, {footway_default} diofyn; lled y gerbytffordd: {carriageway_tagged} wedi'u tagio, {carriageway_inferred} wedi'u casglu, {carriageway_default} diofyn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/osm.py" line="1733"/>
        <source>OpenStreetMap has street-parking tags on only {tagged} of {kerbs} kerbs: the parking values of the others are defaults (no restriction known). Check parking and footways on site, or use D-TRO data.</source>
        <translation>Dim ond ar {tagged} o'r {kerbs} o gwrbynnau y mae gan OpenStreetMap dagiau parcio ar y stryd: gwerthoedd diofyn yw gwerthoedd parcio'r lleill (dim cyfyngiad hysbys). Gwiriwch y parcio a'r troetffyrdd ar y safle, neu defnyddiwch ddata D-TRO.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="378"/>
        <source>{file}: {count} session(s) without energy (kWh); kwh left empty.</source>
        <translation>{file}: {count} o sesiynau heb ynni (kWh); gadawyd kwh yn wag.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="508"/>
        <source>malformed JSON ({error}); expected OCPI 2.2.1 CDRs or Sessions.</source>
        <translation>JSON wedi'i gamffurfio ({error}); disgwylid CDRs neu Sessions OCPI 2.2.1.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="520"/>
        <source>{file}: {count} session(s) read from {records} record(s).</source>
        <translation>{file}: darllenwyd {count} o sesiynau o {records} o gofnodion.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="549"/>
        <source>Unknown key(s) in the session column mapping: {keys}; use {known}.</source>
        <translation>Allwedd(i) anhysbys ym mapio colofnau'r sesiynau: {keys}; defnyddiwch {known}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="579"/>
        <source>{file}: no column for {keys} (chargepoint id, start, end); map them (the file has: {columns}).</source>
        <translation>{file}: dim colofn ar gyfer {keys} (id pwynt gwefru, dechrau, diwedd); mapiwch nhw (mae gan y ffeil: {columns}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="638"/>
        <source>{file}: {count} session(s) read from {lines} line(s); columns used: {columns}.</source>
        <translation>{file}: darllenwyd {count} o sesiynau o {lines} o linellau; colofnau a ddefnyddiwyd: {columns}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="668"/>
        <source>neither OCPI JSON nor a CSV with a header line.</source>
        <translation>nid yw'n JSON OCPI nac yn CSV gyda llinell pennawd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="688"/>
        <source>Unknown session format {format!r}; use {formats}.</source>
        <translation>Fformat sesiynau anhysbys {format!r}; defnyddiwch {formats}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="701"/>
        <source>{file}: OCPI JSON, the CSV column mapping is ignored.</source>
        <translation>{file}: JSON OCPI, anwybyddir y mapio colofnau CSV.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="763"/>
        <source>no cp_id field to match sessions to</source>
        <translation>dim maes cp_id i baru sesiynau ag ef</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="792"/>
        <source>{count} session(s) at chargepoints not in the chargepoint layer are not imported (reported as {reason}): {ids}.</source>
        <translation>Ni chaiff {count} o sesiynau mewn pwyntiau gwefru nad ydynt yn yr haen pwyntiau gwefru eu mewnforio (rhoddir gwybod amdanynt fel {reason}): {ids}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="880"/>
        <source>not a GeoPackage (no gpkg_contents table); choose a .gpkg file or a new file name.</source>
        <translation>nid yw'n GeoPackage (dim tabl gpkg_contents); dewiswch ffeil .gpkg neu enw ffeil newydd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="908"/>
        <source>table &apos;{table}&apos; in {file} has no session_id field: it is not an EV Planner sessions table; choose another file or table name</source>
        <translation>nid oes maes session_id yn y tabl '{table}' yn {file}: nid yw'n dabl sesiynau Cynllunydd CT; dewiswch ffeil neu enw tabl arall</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="930"/>
        <source>table &apos;{table}&apos; in {file} repeats some session_id values, so sessions cannot be updated in place; remove the repeats (keep one row per session_id) first</source>
        <translation>mae'r tabl '{table}' yn {file} yn ailadrodd rhai gwerthoedd session_id, felly ni ellir diweddaru sesiynau yn eu lle; dilëwch yr ailadroddiadau (cadwch un rhes fesul session_id) yn gyntaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="988"/>
        <source>cannot open the GeoPackage ({error}).</source>
        <translation>ni ellir agor y GeoPackage ({error}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="1026"/>
        <source>could not write the sessions ({error}).</source>
        <translation>nid oedd modd ysgrifennu'r sesiynau ({error}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="1113"/>
        <source>file not found.</source>
        <translation>ni chanfuwyd y ffeil.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="1120"/>
        <source>no table &apos;{table}&apos; in {file}</source>
        <translation>dim tabl '{table}' yn {file}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="1130"/>
        <source>field(s) {fields} missing in {file}: not a sessions table</source>
        <translation>mae'r maes/meysydd {fields} ar goll yn {file}: nid yw'n dabl sesiynau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/toolbelt/i18n.py" line="115"/>
        <source>no &apos;{language}&apos; translation of EV Planner is installed; choose English, or reinstall the plugin from its release zip (which contains the translations)</source>
        <translation>nid oes cyfieithiad '{language}' o Gynllunydd CT wedi'i osod; dewiswch Saesneg (English), neu ailosodwch yr ategyn o'i ffeil zip ryddhau (sy'n cynnwys y cyfieithiadau)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="526"/>
        <source>Unknown charger type &apos;{charger_type}&apos;; choose one of {types}.</source>
        <translation>Math o wefrydd anhysbys '{charger_type}'; dewiswch un o {types}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="547"/>
        <source>Unit footprint and set-back must not be negative.</source>
        <translation>Ni chaiff ôl troed yr uned na'r pellter yn ôl fod yn negatif.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="553"/>
        <source>Bay length must be above 0 m and bays per unit at least 1.</source>
        <translation>Rhaid i hyd y gilfach fod yn fwy na 0 m a rhaid cael o leiaf 1 gilfach fesul uned.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="583"/>
        <source>Restriction mapping for &apos;{key}&apos;: expected a policy or (policy, code), got {value!r}.</source>
        <translation>Mapio cyfyngiadau ar gyfer '{key}': disgwylid polisi neu (polisi, cod), cafwyd {value!r}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="596"/>
        <source>Restriction mapping for &apos;{key}&apos;: policy &apos;{policy}&apos; is not one of {policies}.</source>
        <translation>Mapio cyfyngiadau ar gyfer '{key}': nid yw'r polisi '{policy}' yn un o {policies}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="613"/>
        <source>Restriction mapping for &apos;{key}&apos;: reason code &apos;{code}&apos; must be UPPER_CASE letters, digits and underscores.</source>
        <translation>Mapio cyfyngiadau ar gyfer '{key}': rhaid i'r cod rheswm '{code}' fod yn llythrennau UPPER_CASE, digidau a thanlinellau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="625"/>
        <source>Restriction mapping for &apos;{key}&apos;: codes of &apos;tro_change&apos; types must start with TRO_CHANGE_ (got &apos;{code}&apos;).</source>
        <translation>Mapio cyfyngiadau ar gyfer '{key}': rhaid i godau mathau 'tro_change' ddechrau gyda TRO_CHANGE_ (cafwyd '{code}').</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="637"/>
        <source>Restriction mapping for &apos;{key}&apos;: code &apos;{code}&apos; is for &apos;tro_change&apos; types.</source>
        <translation>Mapio cyfyngiadau ar gyfer '{key}': mae'r cod '{code}' ar gyfer mathau 'tro_change'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="868"/>
        <source>Layer &apos;kerbs&apos;: {count} kerb(s) with no footway width (null) in &apos;{field}&apos;; measured from the footway polygons (ids: {ids}).</source>
        <translation>Haen 'kerbs': {count} cwrbyn heb led troetffordd (null) yn '{field}'; wedi'u mesur o'r polygonau troetffyrdd (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="868"/>
        <source>Layer &apos;kerbs&apos;: {count} kerb(s) with no footway width (null) in &apos;{field}&apos;; treated as unknown (FOOTWAY_WIDTH_UNKNOWN) (ids: {ids}).</source>
        <translation>Haen 'kerbs': {count} cwrbyn heb led troetffordd (null) yn '{field}'; wedi'u trin fel rhai anhysbys (FOOTWAY_WIDTH_UNKNOWN) (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="868"/>
        <source>Layer &apos;kerbs&apos;: {count} kerb(s) with a negative footway width in &apos;{field}&apos;; measured from the footway polygons (ids: {ids}).</source>
        <translation>Haen 'kerbs': {count} cwrbyn â lled troetffordd negatif yn '{field}'; wedi'u mesur o'r polygonau troetffyrdd (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="868"/>
        <source>Layer &apos;kerbs&apos;: {count} kerb(s) with a negative footway width in &apos;{field}&apos;; treated as unknown (FOOTWAY_WIDTH_UNKNOWN) (ids: {ids}).</source>
        <translation>Haen 'kerbs': {count} cwrbyn â lled troetffordd negatif yn '{field}'; wedi'u trin fel rhai anhysbys (FOOTWAY_WIDTH_UNKNOWN) (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="868"/>
        <source>Layer &apos;kerbs&apos;: {count} kerb(s) with a footway width that is not a number in &apos;{field}&apos;; measured from the footway polygons (ids: {ids}).</source>
        <translation>Haen 'kerbs': {count} cwrbyn â lled troetffordd nad yw'n rhif yn '{field}'; wedi'u mesur o'r polygonau troetffyrdd (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="868"/>
        <source>Layer &apos;kerbs&apos;: {count} kerb(s) with a footway width that is not a number in &apos;{field}&apos;; treated as unknown (FOOTWAY_WIDTH_UNKNOWN) (ids: {ids}).</source>
        <translation>Haen 'kerbs': {count} cwrbyn â lled troetffordd nad yw'n rhif yn '{field}'; wedi'u trin fel rhai anhysbys (FOOTWAY_WIDTH_UNKNOWN) (dynodyddion: {ids}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="944"/>
        <source>Layer &apos;footways&apos; is empty: kerbs without a footway width are NO_FOOTWAY.</source>
        <translation>Mae'r haen 'footways' yn wag: mae cwrbynnau heb led troetffordd yn NO_FOOTWAY.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="993"/>
        <source>Parameter &apos;{name}&apos; must be a number of metres &gt;= 0 ({value}).</source>
        <translation>Rhaid i'r paramedr '{name}' fod yn nifer o fetrau &gt;= 0 ({value}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1111"/>
        <source>Transect spacing must be above 0 m.</source>
        <translation>Rhaid i'r bylchiad rhwng trawsluniau fod yn fwy na 0 m.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1116"/>
        <source>Policy for unmapped restriction types must be one of {policies}.</source>
        <translation>Rhaid i'r polisi ar gyfer mathau o gyfyngiad nad ydynt yn y mapio fod yn un o {policies}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1126"/>
        <source>Policy for unknown footway widths must be &apos;excluded&apos; or &apos;allowed&apos;.</source>
        <translation>Rhaid i'r polisi ar gyfer lled troetffyrdd anhysbys fod yn 'excluded' neu'n 'allowed'.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1134"/>
        <source>The charger type &apos;{charger_type}&apos; is installed in lamp columns: give a lamp column layer, or choose a post-mounted charger type.</source>
        <translation>Caiff y math o wefrydd '{charger_type}' ei osod mewn colofnau lamp: rhowch haen colofnau lamp, neu dewiswch fath o wefrydd ar bostyn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1151"/>
        <source>Layer &apos;kerbs&apos; has no kerb id field &apos;{field}&apos;; left empty.</source>
        <translation>Nid oes gan yr haen 'kerbs' faes dynodydd cwrbyn '{field}'; gadawyd yn wag.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1151"/>
        <source>Layer &apos;kerbs&apos; has no USRN field &apos;{field}&apos;; left empty.</source>
        <translation>Nid oes gan yr haen 'kerbs' faes USRN '{field}'; gadawyd yn wag.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1151"/>
        <source>Layer &apos;kerbs&apos; has no street field &apos;{field}&apos;; left empty.</source>
        <translation>Nid oes gan yr haen 'kerbs' faes stryd '{field}'; gadawyd yn wag.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1151"/>
        <source>Layer &apos;kerbs&apos; has no side field &apos;{field}&apos;; left empty.</source>
        <translation>Nid oes gan yr haen 'kerbs' faes ochr '{field}'; gadawyd yn wag.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1183"/>
        <source>Too many distinct reason codes in the restriction mapping.</source>
        <translation>Gormod o godau rheswm gwahanol yn y mapio cyfyngiadau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1207"/>
        <source>Footway width not checked: no footway width field and no footway layer.</source>
        <translation>Ni wiriwyd lled y droetffordd: dim maes lled troetffordd a dim haen troetffyrdd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="1264"/>
        <source>Layer &apos;restrictions&apos;: restriction types not in the mapping, treated as &apos;{policy}&apos;: {types}. Add them to the mapping to decide.</source>
        <translation>Haen 'restrictions': mathau o gyfyngiad nad ydynt yn y mapio, wedi'u trin fel '{policy}': {types}. Ychwanegwch nhw at y mapio i benderfynu.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/base.py" line="119"/>
        <source>Layer &apos;{layer}&apos; ({parameter}) has no features.</source>
        <translation>Nid oes nodweddion yn yr haen '{layer}' ({parameter}).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/base.py" line="158"/>
        <source>could not create the output {parameter}; check its path</source>
        <translation>ni ellid creu'r allbwn {parameter}; gwiriwch ei lwybr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/base.py" line="217"/>
        <source>field &apos;{field}&apos; chosen for {parameter} does not exist; the layer has: {fields}</source>
        <translation>nid yw'r maes '{field}' a ddewiswyd ar gyfer {parameter} yn bodoli; mae gan yr haen: {fields}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/base.py" line="386"/>
        <source>TARGET_CRS {crs} is geographic (degrees); choose a projected CRS in metres such as EPSG:27700 (British National Grid).</source>
        <translation>Mae TARGET_CRS {crs} yn ddaearyddol (graddau); dewiswch CRS tafluniedig mewn metrau fel EPSG:27700 (Grid Cenedlaethol Prydain).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/bridge.py" line="167"/>
        <source>field(s) {missing} not found; choose one of: {fields}</source>
        <translation>ni chafwyd hyd i'r maes/meysydd {missing}; dewiswch un o: {fields}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/bridge.py" line="701"/>
        <source>could not write features to the output: {error}</source>
        <translation>ni ellid ysgrifennu nodweddion i'r allbwn: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/bridge.py" line="762"/>
        <source>a layer mixes points, lines and polygons; split it by geometry type</source>
        <translation>mae haen yn cymysgu pwyntiau, llinellau a pholygonau; rhannwch hi yn ôl math o geometreg</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/bridge.py" line="793"/>
        <source>could not create layer &apos;{layer}&apos; in {path}: {error}</source>
        <translation>ni ellid creu'r haen '{layer}' yn {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="279"/>
        <source>Site planner: could not read the selection of {layer}: {error}</source>
        <translation>Cynllunydd safleoedd: ni ellid darllen y dewis yn {layer}: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="497"/>
        <source>Delivery plan not readable: {error}</source>
        <translation>Ni ellir darllen y cynllun cyflawni: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_data.py" line="294"/>
        <source>Site planner: reading {layer} through QGIS ({error})</source>
        <translation>Cynllunydd safleoedd: yn darllen {layer} drwy QGIS ({error})</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="804"/>
        <source>Delivery plan history not prepared: {error}</source>
        <translation>Ni pharatowyd hanes y cynllun cyflawni: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="831"/>
        <source>Delivery plan history not written: {error}</source>
        <translation>Ni ysgrifennwyd hanes y cynllun cyflawni: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="992"/>
        <source>Delivery plan created: {location}</source>
        <translation>Crëwyd y cynllun cyflawni: {location}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plugin.py" line="44"/>
        <source>The EV Chargepoint Planner provider is already registered.</source>
        <translation>Mae darparwr Cynllunydd Pwyntiau Gwefru CT eisoes wedi'i gofrestru.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="67"/>
        <source>User scoring presets not loaded: {error}</source>
        <translation>Ni lwythwyd rhagosodiadau sgorio'r defnyddiwr: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="259"/>
        <source>Scoring presets not loaded: {error}</source>
        <translation>Ni lwythwyd y rhagosodiadau sgorio: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/bridge.py" line="226"/>
        <source>pyogrio not used for fast GeoPackage input/output: it bundles its own GDAL library.</source>
        <translation>Ni ddefnyddir pyogrio ar gyfer mewnbwn/allbwn GeoPackage cyflym: mae'n cynnwys ei lyfrgell GDAL ei hun.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/bridge.py" line="234"/>
        <source>pyogrio not used for fast GeoPackage input/output: it uses GDAL {pyogrio_gdal}, QGIS GDAL {qgis_gdal}.</source>
        <translation>Ni ddefnyddir pyogrio ar gyfer mewnbwn/allbwn GeoPackage cyflym: mae'n defnyddio GDAL {pyogrio_gdal}, a QGIS GDAL {qgis_gdal}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/bridge.py" line="244"/>
        <source>pyogrio not used for fast GeoPackage input/output: two GDAL libraries are loaded.</source>
        <translation>Ni ddefnyddir pyogrio ar gyfer mewnbwn/allbwn GeoPackage cyflym: mae dwy lyfrgell GDAL wedi'u llwytho.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/bridge.py" line="359"/>
        <source>{layer}: read one feature at a time ({error})</source>
        <translation>{layer}: darllenwyd un nodwedd ar y tro ({error})</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/toolbelt/dependencies.py" line="35"/>
        <source>EV Planner needs these Python libraries in QGIS&apos;s Python: {libraries}. Install them with the OSGeo4W installer (Windows), or run &apos;python3 -m pip install --user &quot;shapely&gt;=2&quot; geopandas&apos; with the Python QGIS uses, then restart QGIS.</source>
        <translation>Mae Cynllunydd CT angen y llyfrgelloedd Python hyn yn Python QGIS: {libraries}. Gosodwch nhw gyda gosodwr OSGeo4W (Windows), neu rhedwch 'python3 -m pip install --user &quot;shapely&gt;=2&quot; geopandas' gyda'r Python y mae QGIS yn ei ddefnyddio, yna ailgychwynnwch QGIS.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="132"/>
        <source>chargepoint &apos;{cp_ref}&apos; is not in the chargepoint layer; add it (or check the id) and import the file again</source>
        <translation>nid yw'r pwynt gwefru '{cp_ref}' yn haen y pwyntiau gwefru; ychwanegwch ef (neu gwiriwch y dynodydd) a mewnforiwch y ffeil eto</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="137"/>
        <source>no chargepoint reference (location / chargepoint id column empty)</source>
        <translation>dim cyfeirnod pwynt gwefru (colofn y lleoliad / dynodydd y pwynt gwefru yn wag)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="141"/>
        <source>OCPI object without id</source>
        <translation>gwrthrych OCPI heb id</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="145"/>
        <source>start time missing or not a date-time</source>
        <translation>amser dechrau ar goll neu ddim yn ddyddiad-amser</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="149"/>
        <source>end time missing or not a date-time</source>
        <translation>amser gorffen ar goll neu ddim yn ddyddiad-amser</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="153"/>
        <source>end time before start time</source>
        <translation>amser gorffen cyn yr amser dechrau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="157"/>
        <source>energy (kWh) is not a number or is negative</source>
        <translation>nid yw'r ynni (kWh) yn rhif neu mae'n negatif</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="161"/>
        <source>session still {status}, no end time yet; import it again once completed</source>
        <translation>mae'r sesiwn yn dal yn {status}, dim amser gorffen eto; mewnforiwch hi eto unwaith y bydd wedi'i chwblhau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="165"/>
        <source>OCPI session status {status}: no charging session</source>
        <translation>statws sesiwn OCPI {status}: nid yw'n sesiwn wefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="169"/>
        <source>credit CDR (a billing correction); the charging session is counted once, from the original CDR</source>
        <translation>CDR credyd (cywiriad bilio); caiff y sesiwn wefru ei chyfrif unwaith, o'r CDR gwreiddiol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="174"/>
        <source>neither an OCPI CDR nor an OCPI Session</source>
        <translation>nid yw'n CDR OCPI nac yn Sesiwn OCPI</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/sessions.py" line="178"/>
        <source>malformed CSV line (wrong number of fields)</source>
        <translation>llinell CSV wedi'i chamffurfio (nifer anghywir o feysydd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="764"/>
        <source>Delivery plan {plan}: since you started editing, someone else saved other values into {count} field(s) you changed: {changes}. Nothing was saved and your changes are still there. Save again to replace their values with yours, or undo your changes to these sites.</source>
        <translation>Cynllun cyflawni {plan}: ers i chi ddechrau golygu, mae rhywun arall wedi cadw gwerthoedd eraill yn {count} maes a newidiwyd gennych: {changes}. Ni chadwyd dim ac mae eich newidiadau yno o hyd. Cadwch eto i roi eich gwerthoedd chi yn lle eu rhai nhw, neu dadwnewch eich newidiadau i'r safleoedd hyn.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="792"/>
        <source>{message} (Saved with QGIS&apos;s Save Edits: their values were replaced.)</source>
        <translation>{message} (Cadwyd gyda Cadw Golygiadau QGIS: rhoddwyd eich gwerthoedd chi yn lle eu rhai nhw.)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="723"/>
        <source>line {line} (substation {substation}): Easting &apos;{easting}&apos;, Northing &apos;{northing}&apos; is not a British National Grid position</source>
        <translation>llinell {line} (is-orsaf {substation}): nid yw Dwyreiniad '{easting}', Gogleddiad '{northing}' yn safle yng Ngrid Cenedlaethol Prydain</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/joins.py" line="730"/>
        <source>line {line}: Easting &apos;{easting}&apos;, Northing &apos;{northing}&apos; is not a British National Grid position</source>
        <translation>llinell {line}: nid yw Dwyreiniad '{easting}', Gogleddiad '{northing}' yn safle yng Ngrid Cenedlaethol Prydain</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="371"/>
        <source>row {row}</source>
        <translation>rhes {row}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/plan/store.py" line="971"/>
        <source>invalid layer</source>
        <translation>haen annilys</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/sources/dtro.py" line="799"/>
        <source>schema version {version!r} in the record; validated against the {forced}.x schema as asked (FORMAT).</source>
        <translation>fersiwn sgema {version!r} yn y cofnod; wedi'i ddilysu yn erbyn sgema {forced}.x yn ôl y gofyn (FORMAT).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="917"/>
        <source>{low}-{high} %</source>
        <translation>{low}-{high} %</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/usage.py" line="920"/>
        <source>{low} % and over</source>
        <translation>{low} % a mwy</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="196"/>
        <source>Delivery plan summary</source>
        <translation>Crynodeb o'r cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="204"/>
        <source>Summary of proposed on-street chargepoint sites · {date}</source>
        <translation>Crynodeb o'r safleoedd arfaethedig ar gyfer pwyntiau gwefru ar y stryd · {date}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="218"/>
        <source>sites</source>
        <translation>safle</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="218"/>
        <source>sockets</source>
        <translation>soced</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="218"/>
        <source>estimated cost</source>
        <translation>cost amcangyfrifedig</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="218"/>
        <source>sites approved or installed</source>
        <translation>safle wedi'u cymeradwyo neu eu gosod</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="292"/>
        <source>Sites</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="309"/>
        <source>Sockets</source>
        <translation>Socedi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="236"/>
        <source>Bays</source>
        <translation>Cilfachau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="312"/>
        <source>Cost (£)</source>
        <translation>Cost (£)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="242"/>
        <source>By ward / district</source>
        <translation>Yn ôl ward / dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="307"/>
        <source>Ward / district</source>
        <translation>Ward / dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="242"/>
        <source>By charger type</source>
        <translation>Yn ôl math o wefrydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="242"/>
        <source>Charger type</source>
        <translation>Math o wefrydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="242"/>
        <source>By status</source>
        <translation>Yn ôl statws</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="310"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="242"/>
        <source>By funding stream</source>
        <translation>Yn ôl ffrwd gyllido</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="242"/>
        <source>Funding stream</source>
        <translation>Ffrwd gyllido</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="305"/>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="306"/>
        <source>Street</source>
        <translation>Stryd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="308"/>
        <source>Charger</source>
        <translation>Gwefrydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="311"/>
        <source>Funding</source>
        <translation>Cyllid</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="313"/>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="332"/>
        <source>{title} · page {page} of {pages} · made with EV Planner for QGIS</source>
        <translation>{title} · tudalen {page} o {pages} · crëwyd gyda Chynllunydd CT ar gyfer QGIS</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/plan_report.py" line="53"/>
        <source>Electric vehicle chargepoint delivery plan</source>
        <translation>Cynllun cyflawni pwyntiau gwefru cerbydau trydan</translation>
    </message>
</context>
<context>
    <name>ReasonCodes</name>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="254"/>
        <source>There is no footway at this kerb, so nowhere to put a chargepoint.</source>
        <translation>Nid oes troetffordd wrth y cwrbyn hwn, felly nid oes unman i osod pwynt gwefru.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="262"/>
        <source>The footway width is not known here; measure it before siting.</source>
        <translation>Nid yw lled y droetffordd yn hysbys yma; mesurwch ef cyn dewis safle.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="265"/>
        <source>Waiting is prohibited here (yellow lines).</source>
        <translation>Gwaherddir aros yma (llinellau melyn).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="268"/>
        <source>Stopping is prohibited here.</source>
        <translation>Gwaherddir stopio yma.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="269"/>
        <source>Red route: stopping is controlled by red lines.</source>
        <translation>Llwybr coch: caiff stopio ei reoli gan linellau coch.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="272"/>
        <source>Clearway: stopping is prohibited.</source>
        <translation>Clirffordd: gwaherddir stopio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="273"/>
        <source>Loading bay or loading place.</source>
        <translation>Cilfach lwytho neu fan llwytho.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="274"/>
        <source>Loading is prohibited here (kerb markings).</source>
        <translation>Gwaherddir llwytho yma (marciau ar y cwrbyn).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="277"/>
        <source>Taxi rank.</source>
        <translation>Safle tacsis.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="278"/>
        <source>Zig-zag markings (school or other keep-clear): stopping is prohibited.</source>
        <translation>Marciau igam-ogam (ysgol neu farciau cadw'n glir eraill): gwaherddir stopio.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="281"/>
        <source>Bus lane, bus gate or bus-only street.</source>
        <translation>Lôn fysiau, giât fysiau neu stryd i fysiau yn unig.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="282"/>
        <source>Cycle lane: a parked car would block cyclists.</source>
        <translation>Lôn feiciau: byddai car wedi'i barcio yn rhwystro beicwyr.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="285"/>
        <source>Motorcycle parking bay.</source>
        <translation>Cilfach barcio beiciau modur.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="286"/>
        <source>Pedestrian zone or street closed to motor vehicles.</source>
        <translation>Ardal i gerddwyr neu stryd sydd ar gau i gerbydau modur.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="298"/>
        <source>Disabled badge holders&apos; bay: never replaced by a chargepoint bay.</source>
        <translation>Cilfach i ddeiliaid Bathodyn Glas: ni chaiff byth ei disodli gan gilfach wefru.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="301"/>
        <source>Cycle parking, or the space needed to reach it.</source>
        <translation>Parcio beiciau, neu'r lle sydd ei angen i'w gyrraedd.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="304"/>
        <source>Car club bay.</source>
        <translation>Cilfach ar gyfer clwb ceir.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="305"/>
        <source>Bus stop or bus stop clearway.</source>
        <translation>Arhosfan bysiau neu glirffordd arhosfan bysiau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="306"/>
        <source>Pedestrian crossing or its zig-zag controlled area.</source>
        <translation>Croesfan i gerddwyr neu ei hardal igam-ogam reoledig.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="314"/>
        <source>Too close to a junction (Highway Code rule 243: not within 10 m).</source>
        <translation>Rhy agos at gyffordd (Rheolau'r Ffordd Fawr, rheol 243: dim o fewn 10 m).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="317"/>
        <source>No lamp column at the kerb edge close enough for a lamp-column charger.</source>
        <translation>Nid oes colofn lamp ddigon agos at ymyl y cwrbyn ar gyfer gwefrydd colofn lamp.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="320"/>
        <source>The usable length of kerb here is too short for the chargepoint&apos;s bays.</source>
        <translation>Mae hyd defnyddiadwy'r cwrbyn yma yn rhy fyr ar gyfer cilfachau'r pwynt gwefru.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="323"/>
        <source>Limited waiting bay: usable after a traffic order change.</source>
        <translation>Cilfach aros cyfyngedig: gellir ei defnyddio ar ôl newid i'r Gorchymyn Rheoleiddio Traffig.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="326"/>
        <source>Permit (residents&apos;) parking: usable after a traffic order change.</source>
        <translation>Parcio â thrwydded (i breswylwyr): gellir ei ddefnyddio ar ôl newid i'r Gorchymyn Rheoleiddio Traffig.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="329"/>
        <source>Paid parking bay: usable after a traffic order change.</source>
        <translation>Cilfach barcio â thâl: gellir ei defnyddio ar ôl newid i'r Gorchymyn Rheoleiddio Traffig.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="332"/>
        <source>Designated parking place: usable after a traffic order change.</source>
        <translation>Man parcio dynodedig: gellir ei ddefnyddio ar ôl newid i'r Gorchymyn Rheoleiddio Traffig.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="335"/>
        <source>Usable after a traffic order change.</source>
        <translation>Gellir ei ddefnyddio ar ôl newid i'r Gorchymyn Rheoleiddio Traffig.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="257"/>
        <source>The footway is too narrow: with the chargepoint on it, less than the minimum clear width would be left for pedestrians (Inclusive Mobility 2021).</source>
        <translation>Mae'r droetffordd yn rhy gul: gyda'r pwynt gwefru arni, byddai llai na'r lled clir gofynnol ar ôl i gerddwyr (Inclusive Mobility 2021).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="289"/>
        <source>Another traffic order or marking that does not allow a chargepoint bay here.</source>
        <translation>Gorchymyn Rheoleiddio Traffig neu farc arall nad yw'n caniatáu cilfach wefru yma.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="293"/>
        <source>A restriction of a type that is not in the restriction mapping; treated as excluded (edit the mapping to decide).</source>
        <translation>Cyfyngiad o fath nad yw yn y mapio cyfyngiadau; caiff ei drin fel un wedi'i allgáu (golygwch y mapio i benderfynu).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="309"/>
        <source>Dropped kerb (driveway or crossing point) that must be kept clear (Highway Code rule 243).</source>
        <translation>Cwrbyn isel (dreif neu fan croesi) y mae'n rhaid ei gadw'n glir (Rheolau'r Ffordd Fawr, rheol 243).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/eligibility.py" line="336"/>
        <source>A restriction of a type that is not in the restriction mapping; treated as needing a traffic order change (edit the mapping to decide).</source>
        <translation>Cyfyngiad o fath nad yw yn y mapio cyfyngiadau; caiff ei drin fel un sydd angen newid i'r Gorchymyn Rheoleiddio Traffig (golygwch y mapio i benderfynu).</translation>
    </message>
</context>
<context>
    <name>ScoreSitesAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="121"/>
        <source>Score candidate sites</source>
        <translation>Sgorio safleoedd posibl</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="124"/>
        <source>Demand and scoring</source>
        <translation>Galw a sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="130"/>
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
        <translation>Yn rhoi sgôr 0-100 i bob safle posibl ar sail meini prawf wedi'u pwysoli, gan gadw pob gwerth crai a chyfraniad pob maen prawf fel y gellir esbonio'r dewis.

CANDIDATES: rhediadau cwrbyn cymwys neu unrhyw haen pwyntiau, llinellau neu bolygonau; caiff pellteroedd eu mesur o bwynt cynrychioliadol (canol llinell).
Meini prawf (maes crai -&gt; 0-1):
- demand (galw, raw_demand_homes): aelwydydd heb barcio oddi ar y stryd o fewn y dalgylch (catchment_radius_m, diofyn: {catchment} m): pwyntiau HOMES (mae pob un yn cyfrif fel HOMES_WEIGHT_FIELD o aelwydydd; caiff cartrefi lle mae HOMES_OFFSTREET_FIELD, diofyn: has_offstreet_parking, yn true eu hepgor), fel arall NO_OFFSTREET_FIELD yr ardaloedd (diofyn: households_no_offstreet) o bolygonau AREAS, wedi'i wasgaru dros bob ardal; marciau llawn ar demand_full ({demand_full}).
- population (poblogaeth, raw_population): POPULATION_FIELD yr ardaloedd o fewn y dalgylch.
- gap (bwlch yn y ddarpariaeth, raw_nearest_cp_m): pellter cerdded i'r agosaf o CHARGEPOINTS, ar hyd ROADS os rhoddir yr haen honno; marciau llawn ar gap_full_m ({gap} m) neu pan na ellir cyrraedd yr un ohonynt.
- survey (arolwg, raw_survey_count): awgrymiadau SURVEY o fewn survey_radius_m ({survey_radius} m); marciau llawn ar survey_full ({survey_full}).
- forecast (rhagolwg, raw_forecast_shortfall): FORECAST_FIELD yr ardal (e.e. shortfall o'r algorithm Rhagweld y galw am gerbydau trydan).
- headroom (capasiti sbâr, raw_headroom_kva) a connection (cysylltiad, raw_substation_m): HEADROOM_FIELD (diofyn: headroom_kva) yn yr agosaf o SUBSTATIONS a'r pellter iddi.
- deprivation (amddifadedd, raw_imd_decile): IMD_FIELD (diofyn: imd_decile), degradd 1 = 1.
- rurality (gwledigrwydd, raw_ruc_code): RUC_CODE_FIELD (diofyn: ruc_code) neu RUC_CLASS_FIELD (diofyn: ruc_class), trefol 0 ... pentref 1.
- flood (llifogydd, raw_flood_zone): yn cyffwrdd â FLOOD_ZONES; FLOOD_POLICY exclude (caiff y safle ei allgáu) neu penalise (1 - raw), yn ddiofyn polisi'r rhagosodiad.
- land (tir, raw_council_land): ar COUNCIL_LAND (tir y cyngor neu briffordd fabwysiedig).
Caiff maen prawf heb fewnbwn ei hepgor a chaiff y pwysiadau eraill eu hailraddio (gyda rhybudd); mae gwerth coll ar gyfer un safle posibl yn cyfrif fel MISSING_VALUE (diofyn: {missing}). Os nad oes gan yr ardaloedd feysydd ardal sydd wedi'u gadael ar eu gwerth diofyn, ni chânt eu defnyddio.

PRESET: pwysiadau, trothwyon a pholisi llifogydd wedi'u henwi, o ffeil rhagosodiadau'r ategyn ac o rai'r defnyddiwr ei hun (wedi'u cadw gyda SAVE_PRESET_AS). Mae WEIGHTS (dewisol) yn diystyru pwysiadau: JSON {{&quot;demand&quot;: 3, &quot;gap&quot;: 2}} neu'r ffurf fer demand:3,gap:2; mae'r pwysiadau'n gymharol. Mae THRESHOLDS (uwch) yn diystyru trothwyon yn yr un modd (catchment_radius_m, demand_full, population_full, gap_full_m, survey_radius_m, survey_full, forecast_full, headroom_full_kva, connection_worst_m). SAVE_PRESET_AS (enw dewisol): yn cadw pwysiadau'r rhagosodiad gyda'ch newidiadau, y trothwyon a'r polisi llifogydd yn ffeil rhagosodiadau'r defnyddiwr (&lt;QGIS settings folder&gt;/ev_planner/scoring_presets.json); yna mae'n ymddangos yn PRESET (mae SAVED_PRESET_FILE yn rhoi'r ffeil). Ni ellir disodli enw adeiledig.
TARGET_CRS: y CRS tafluniedig (metrau) y gwneir y gwaith ynddo ac yr ysgrifennir yr allbynnau ynddo (diofyn: EPSG:27700); caiff y mewnbynnau eu hail-daflunio iddo.

OUTPUT: y safleoedd posibl gyda meysydd raw_&lt;criterion&gt;, cyfraniadau c_&lt;criterion&gt; (100 x pwysiad wedi'i ailraddio x gwerth wedi'i normaleiddio; maent yn adio i'r sgôr), score (0-100), rank (1 = gorau; safleoedd cyfartal yn ôl trefn y mewnbwn; rhai wedi'u hallgáu yn olaf), excluded, exclusion_reason (FLOOD_ZONE, NO_GEOMETRY neu wag) a score_preset; wedi'u symboleiddio yn ôl y sgôr. EFFECTIVE_WEIGHTS: y pwysiadau wedi'u hailraddio a ddefnyddiwyd (JSON); CANDIDATE_COUNT ac EXCLUDED_COUNT.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="195"/>
        <source>Presets:</source>
        <translation>Rhagosodiadau:</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="198"/>
        <source>Candidate sites (e.g. eligible kerb runs)</source>
        <translation>Safleoedd posibl (e.e. rhediadau cwrbyn cymwys)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="204"/>
        <source>Homes (address points)</source>
        <translation>Cartrefi (pwyntiau cyfeiriad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="204"/>
        <source>Areas with census, IMD and RUC fields</source>
        <translation>Ardaloedd â meysydd cyfrifiad, IMD a RUC</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="204"/>
        <source>Existing public chargepoints</source>
        <translation>Pwyntiau gwefru cyhoeddus presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="204"/>
        <source>Road network for walking distances</source>
        <translation>Rhwydwaith ffyrdd ar gyfer pellteroedd cerdded</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="204"/>
        <source>Residents&apos; survey suggestions</source>
        <translation>Awgrymiadau o arolwg preswylwyr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="204"/>
        <source>Substations</source>
        <translation>Is-orsafoedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="204"/>
        <source>Flood zones</source>
        <translation>Parthau llifogydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="204"/>
        <source>Council land or adopted highway</source>
        <translation>Tir y cyngor neu briffordd fabwysiedig</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="219"/>
        <source>Households per home point</source>
        <translation>Aelwydydd fesul pwynt cartref</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="219"/>
        <source>Field marking homes with off-street parking (left out)</source>
        <translation>Maes sy'n nodi cartrefi â pharcio oddi ar y stryd (caiff y rhain eu hepgor)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="227"/>
        <source>Households without off-street parking</source>
        <translation>Aelwydydd heb barcio oddi ar y stryd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="227"/>
        <source>Population</source>
        <translation>Poblogaeth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="227"/>
        <source>IMD decile</source>
        <translation>Degradd IMD</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="227"/>
        <source>Rural-urban classification code</source>
        <translation>Cod y Dosbarthiad Gwledig-Trefol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="227"/>
        <source>Rural-urban classification text</source>
        <translation>Testun y Dosbarthiad Gwledig-Trefol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="227"/>
        <source>Forecast chargepoint shortfall</source>
        <translation>Rhagolwg o'r diffyg pwyntiau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="239"/>
        <source>Substation headroom (kVA)</source>
        <translation>Capasiti sbâr yr is-orsaf (kVA)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="247"/>
        <source>Sites in a flood zone</source>
        <translation>Safleoedd mewn parth llifogydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="247"/>
        <source>As in the preset</source>
        <translation>Fel yn y rhagosodiad</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="247"/>
        <source>Exclude</source>
        <translation>Allgáu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="247"/>
        <source>Penalise (flood criterion)</source>
        <translation>Cosbi (maen prawf llifogydd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="267"/>
        <source>Scoring preset</source>
        <translation>Rhagosodiad sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="276"/>
        <source>Weight overrides (JSON, e.g. {&quot;demand&quot;: 3})</source>
        <translation>Diystyru pwysiadau (JSON, e.e. {&quot;demand&quot;: 3})</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="279"/>
        <source>Threshold overrides (JSON, e.g. {&quot;catchment_radius_m&quot;: 250})</source>
        <translation>Diystyru trothwyon (JSON, e.e. {&quot;catchment_radius_m&quot;: 250})</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="285"/>
        <source>Value of a criterion unknown for a candidate (0-1)</source>
        <translation>Gwerth maen prawf sy'n anhysbys ar gyfer safle posibl (0-1)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="293"/>
        <source>Save these settings as a user preset named</source>
        <translation>Cadw'r gosodiadau hyn fel rhagosodiad defnyddiwr o'r enw</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="299"/>
        <source>Scored sites</source>
        <translation>Safleoedd wedi'u sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="300"/>
        <source>Weights used (JSON)</source>
        <translation>Pwysiadau a ddefnyddiwyd (JSON)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="303"/>
        <source>User preset file</source>
        <translation>Ffeil rhagosodiadau'r defnyddiwr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="306"/>
        <source>Candidates</source>
        <translation>Safleoedd posibl</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/score_sites.py" line="307"/>
        <source>Excluded</source>
        <translation>Wedi'u hallgáu</translation>
    </message>
</context>
<context>
    <name>SelectSitesAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="65"/>
        <source>Select sites for the delivery plan</source>
        <translation>Dewis safleoedd ar gyfer y cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="68"/>
        <source>Demand and scoring</source>
        <translation>Galw a sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="74"/>
        <source>Chooses the shortlist of the delivery plan from scored candidate sites (INPUT, from Score candidate sites): N sites, or as many as BUDGET allows, or both, highest SCORE_FIELD (default score) first, deterministically (ties by input order). Excluded sites (excluded = true) and sites without a score are never chosen.

Constraints:
- MIN_SPACING: chosen sites are at least this far apart (default {spacing} m, half the 400 m walking catchment).
- BUDGET with COST_BY_CHARGER_TYPE (&apos;type:cost&apos; pairs, default {costs}: indicative installed costs in GBP per site; use your framework prices); each candidate&apos;s type from CHARGER_TYPE_FIELD (default charger_type; DEFAULT_CHARGER_TYPE, default {default_type}, when empty or absent).
- MIN_RURAL_SHARE (0-1): at least this share of chosen sites rural; rural from RURAL_FIELD (true/false or an ONS RUC code), else the candidates&apos; is_rural or raw_ruc_code field.
- DISTRICT_QUOTAS: &apos;district:count&apos; (exactly), &apos;district:min-max&apos;, &apos;district:min-&apos; or &apos;district:-max&apos;, separated by commas (semicolons when a name contains a comma), e.g. &apos;Ashby Parva:5,Little Weldon:2-4&apos;. The district of a candidate is DISTRICT_FIELD (default district) or, when DISTRICT_AREAS is given, the DISTRICT_AREAS_FIELD (default district) of the area it lies in (written to the district field of the output).
Minimums (district quotas, rural share) are met first with the best feasible sites; then the best remaining sites are taken. A minimum that cannot be met is reported as a warning and in SUMMARY, never hidden.
TARGET_CRS: the projected CRS (metres) the work is done and the outputs written in (default EPSG:27700); inputs are reprojected to it.

OUTPUT: the chosen sites in selection order with their fields and selection_order (1 = first), selection_reason (TOP_SCORE, DISTRICT_QUOTA, RURAL_SHARE), selection_note (why, in words), site_cost, cumulative_cost, is_rural. SUMMARY (JSON): selected, total_score, total_cost, budget, budget_left, rural, rural_share, rural_target, by_district, stopped_by (N, BUDGET, NO_FEASIBLE_SITE), binding, skipped (SPACING, BUDGET, DISTRICT_MAX, RURAL_SHARE: sites scoring at least as high as the last chosen one that a constraint ruled out), unmet, candidates, usable. SELECTED_COUNT, TOTAL_COST, TOTAL_SCORE and UNMET_COUNT (minimums not met) repeat the main figures.</source>
        <translation>Yn dewis rhestr fer y cynllun cyflawni o blith safleoedd posibl wedi'u sgorio (INPUT, o'r algorithm Sgorio safleoedd posibl): N safle, neu gynifer ag y mae BUDGET yn ei ganiatáu, neu'r ddau, gan ddechrau gyda'r SCORE_FIELD uchaf (diofyn: score), mewn modd penderfyniadol (safleoedd cyfartal yn ôl trefn y mewnbwn). Ni chaiff safleoedd wedi'u hallgáu (excluded = true) a safleoedd heb sgôr byth eu dewis.

Cyfyngiadau:
- MIN_SPACING: mae'r safleoedd a ddewisir o leiaf y pellter hwn oddi wrth ei gilydd (diofyn: {spacing} m, hanner y dalgylch cerdded 400 m).
- BUDGET gyda COST_BY_CHARGER_TYPE (parau 'math:cost', diofyn: {costs}: costau gosod dangosol mewn GBP fesul safle; defnyddiwch brisiau eich fframwaith); daw math pob safle posibl o CHARGER_TYPE_FIELD (diofyn: charger_type; DEFAULT_CHARGER_TYPE, diofyn: {default_type}, pan fydd yn wag neu'n absennol).
- MIN_RURAL_SHARE (0-1): rhaid i o leiaf y gyfran hon o'r safleoedd a ddewisir fod yn wledig; pennir a yw'n wledig o RURAL_FIELD (true/false neu god RUC SYG), fel arall o faes is_rural neu raw_ruc_code y safleoedd posibl.
- DISTRICT_QUOTAS: 'dosbarth:nifer' (yn union), 'dosbarth:lleiaf-mwyaf', 'dosbarth:lleiaf-' neu 'dosbarth:-mwyaf', wedi'u gwahanu gan gomas (hanner colonau pan fydd enw'n cynnwys coma), e.e. 'Ashby Parva:5,Little Weldon:2-4'. Dosbarth safle posibl yw DISTRICT_FIELD (diofyn: district) neu, pan roddir DISTRICT_AREAS, DISTRICT_AREAS_FIELD (diofyn: district) yr ardal y mae ynddi (caiff ei ysgrifennu i faes district yr allbwn).
Caiff yr isafsymiau (cwotâu dosbarth, cyfran wledig) eu bodloni'n gyntaf gyda'r safleoedd dichonadwy gorau; yna cymerir y safleoedd gorau sy'n weddill. Caiff isafswm na ellir ei fodloni ei adrodd fel rhybudd ac yn SUMMARY, ac ni chaiff byth ei guddio.
TARGET_CRS: y CRS tafluniedig (metrau) y gwneir y gwaith ynddo ac yr ysgrifennir yr allbynnau ynddo (diofyn: EPSG:27700); caiff y mewnbynnau eu hail-daflunio iddo.

OUTPUT: y safleoedd a ddewiswyd yn nhrefn y dewis, gyda'u meysydd a selection_order (1 = cyntaf), selection_reason (TOP_SCORE, DISTRICT_QUOTA, RURAL_SHARE), selection_note (pam, mewn geiriau), site_cost, cumulative_cost, is_rural. SUMMARY (JSON): selected, total_score, total_cost, budget, budget_left, rural, rural_share, rural_target, by_district, stopped_by (N, BUDGET, NO_FEASIBLE_SITE), binding, skipped (SPACING, BUDGET, DISTRICT_MAX, RURAL_SHARE: safleoedd â sgôr o leiaf mor uchel â'r un olaf a ddewiswyd ond a ddiystyrwyd gan gyfyngiad), unmet, candidates, usable. Mae SELECTED_COUNT, TOTAL_COST, TOTAL_SCORE ac UNMET_COUNT (isafsymiau heb eu bodloni) yn ailadrodd y prif ffigurau.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="117"/>
        <source>Scored candidate sites</source>
        <translation>Safleoedd posibl wedi'u sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="124"/>
        <source>Score field</source>
        <translation>Maes sgôr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="131"/>
        <source>Number of sites to choose</source>
        <translation>Nifer y safleoedd i'w dewis</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="139"/>
        <source>Budget (GBP)</source>
        <translation>Cyllideb (GBP)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="140"/>
        <source>Cost per site by charger type (type:cost,...)</source>
        <translation>Cost fesul safle yn ôl math o wefrydd (math:cost,...)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="145"/>
        <source>Charger type field</source>
        <translation>Maes math o wefrydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="151"/>
        <source>Charger type when the field is empty</source>
        <translation>Math o wefrydd pan fydd y maes yn wag</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="157"/>
        <source>Minimum spacing between chosen sites (m)</source>
        <translation>Isafswm bylchiad rhwng y safleoedd a ddewisir (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="163"/>
        <source>Minimum share of rural sites (0-1)</source>
        <translation>Isafswm cyfran y safleoedd gwledig (0-1)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="170"/>
        <source>Rural field (true/false or RUC code)</source>
        <translation>Maes gwledig (true/false neu god RUC)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="173"/>
        <source>District field</source>
        <translation>Maes dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="176"/>
        <source>Or take the district from these areas</source>
        <translation>Neu cymerwch y dosbarth o'r ardaloedd hyn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="181"/>
        <source>District field of the areas</source>
        <translation>Maes dosbarth yr ardaloedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="187"/>
        <source>District quotas (e.g. Ashby Parva:5,Little Weldon:2-4)</source>
        <translation>Cwotâu dosbarth (e.e. Ashby Parva:5,Little Weldon:2-4)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="193"/>
        <source>Shortlisted sites</source>
        <translation>Safleoedd ar y rhestr fer</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="194"/>
        <source>Summary (JSON)</source>
        <translation>Crynodeb (JSON)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="195"/>
        <source>Sites chosen</source>
        <translation>Safleoedd a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="195"/>
        <source>Total cost</source>
        <translation>Cyfanswm y gost</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="195"/>
        <source>Total score</source>
        <translation>Cyfanswm y sgôr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/select_sites.py" line="195"/>
        <source>Constraints not met</source>
        <translation>Cyfyngiadau heb eu bodloni</translation>
    </message>
</context>
<context>
    <name>SiteLayout</name>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="340"/>
        <source>Yellow lines: no waiting</source>
        <translation>Llinellau melyn: dim aros</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="340"/>
        <source>No stopping: zig-zags, clearways, bus stops</source>
        <translation>Dim stopio: igam-ogamau, clirffyrdd, arosfannau bysiau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="340"/>
        <source>Parking, loading or other bay (TRO)</source>
        <translation>Cilfach barcio, lwytho neu arall (GRT)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="340"/>
        <source>Other traffic order</source>
        <translation>Gorchymyn Rheoleiddio Traffig arall</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="347"/>
        <source>Kerb suitable for a chargepoint</source>
        <translation>Cwrbyn addas ar gyfer pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="348"/>
        <source>Kerb suitable after a TRO change</source>
        <translation>Cwrbyn addas ar ôl newid i'r GRT</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="349"/>
        <source>Kerb not suitable</source>
        <translation>Cwrbyn anaddas</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="549"/>
        <source>This site</source>
        <translation>Y safle hwn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="497"/>
        <source>Existing public chargepoint</source>
        <translation>Pwynt gwefru cyhoeddus presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="497"/>
        <source>Cycle parking</source>
        <translation>Parcio beiciau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="497"/>
        <source>Disabled badge holders&apos; bay</source>
        <translation>Cilfach i ddeiliaid Bathodyn Glas</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="497"/>
        <source>Traffic regulation orders</source>
        <translation>Gorchmynion Rheoleiddio Traffig</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="497"/>
        <source>Kerbside assessment</source>
        <translation>Asesiad ymyl y palmant</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="497"/>
        <source>Footway</source>
        <translation>Troetffordd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="497"/>
        <source>Carriageway</source>
        <translation>Cerbytffordd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="547"/>
        <source>Site layout maps</source>
        <translation>Mapiau cynllun safle</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="554"/>
        <source>Sites</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="556"/>
        <source>Proposed EV charging bay</source>
        <translation>Cilfach wefru CT arfaethedig</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="560"/>
        <source>Proposed chargepoint</source>
        <translation>Pwynt gwefru arfaethedig</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="564"/>
        <source>Dimensions</source>
        <translation>Dimensiynau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/site_layout.py" line="123"/>
        <source>Contains OS data © Crown copyright and database right {year}. Map data © OpenStreetMap contributors (ODbL). Traffic regulation orders: D-TRO, Department for Transport (OGL v3.0).</source>
        <translation>Yn cynnwys data'r AO © Hawlfraint y Goron a hawliau cronfa ddata {year}. Data map © cyfranwyr OpenStreetMap (ODbL). Gorchmynion Rheoleiddio Traffig: D-TRO, yr Adran Drafnidiaeth (OGL v3.0).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="699"/>
        <source>EV bay {n}</source>
        <translation>Cilfach CT {n}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="700"/>
        <source>in the lamp column</source>
        <translation>yn y golofn lamp</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="701"/>
        <source>{distance} from the kerb</source>
        <translation>{distance} o'r cwrbyn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="702"/>
        <source>{charger}, {where}</source>
        <translation>{charger}, {where}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/core/delivery_plan.py" line="703"/>
        <source>{distance} of footway left clear</source>
        <translation>{distance} o droetffordd glir</translation>
    </message>
</context>
<context>
    <name>SiteLayoutMapsAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="84"/>
        <source>Site layout maps</source>
        <translation>Mapiau cynllun safle</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="87"/>
        <source>Delivery plan</source>
        <translation>Cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="150"/>
        <source>Sites (delivery plan or shortlist)</source>
        <translation>Safleoedd (cynllun cyflawni neu restr fer)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="165"/>
        <source>Restriction type field</source>
        <translation>Maes math o gyfyngiad</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="184"/>
        <source>Basemap (raster or vector)</source>
        <translation>Map sylfaen (raster neu fector)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="189"/>
        <source>Layout template (.qpt; empty: the shipped template)</source>
        <translation>Templed gosodiad (.qpt; gwag: y templed a ddaw gyda'r ategyn)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="195"/>
        <source>Charger type (for sites without one)</source>
        <translation>Math o wefrydd (ar gyfer safleoedd heb un)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="201"/>
        <source>Chargepoints per site (for sites without sockets)</source>
        <translation>Pwyntiau gwefru fesul safle (ar gyfer safleoedd heb socedi)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="209"/>
        <source>Bay width (m)</source>
        <translation>Lled cilfach (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="217"/>
        <source>Mark pages &apos;DRAFT - for consultation&apos;</source>
        <translation>Marcio'r tudalennau 'DRAFFT - ar gyfer ymgynghori'</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="218"/>
        <source>Data attribution</source>
        <translation>Priodoli data</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="225"/>
        <source>Map scale 1:n (0: choose from 1:500 to 1:1,250 to fit each site)</source>
        <translation>Graddfa'r map 1:n (0: dewis o 1:500 i 1:1,250 i ffitio pob safle)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="231"/>
        <source>PNG resolution (dpi)</source>
        <translation>Cydraniad PNG (dpi)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="242"/>
        <source>Site layout maps (PDF)</source>
        <translation>Mapiau cynllun safle (PDF)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="242"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="247"/>
        <source>Folder for one PNG per site</source>
        <translation>Ffolder ar gyfer un PNG fesul safle</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="269"/>
        <source>Pages printed</source>
        <translation>Tudalennau a argraffwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="270"/>
        <source>PNG images written</source>
        <translation>Delweddau PNG a ysgrifennwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="95"/>
        <source>Prints a site layout map for every site of SITES, for local engagement: one page per site in one PDF (OUTPUT_PDF) and, when PNG_FOLDER is given, one PNG per site named after its site reference. Use the 'Selected features only' option of SITES to print some sites only.

SITES: the delivery plan (Export delivery plan) or the shortlist of Select sites, or any kerb runs: lines along the kerb. They are turned into delivery-plan sites first (site_ref, street, usrn, district, charger_type, sockets, bays, status... kept when present; see Export delivery plan for the defaults). CHARGER_TYPE (default {charger}) applies to sites without a charger_type; UNITS_PER_SITE (default {units}) chargepoints per site.

Each page shows: the main map centred on the site at SCALE (default 1:{scale}; 0 chooses the largest of 1:{scales} that fits the site) with the proposed bay(s) (bay length of the charger type x BAY_WIDTH, default {bay_width} m, {bay_min}-{bay_max} m, on the carriageway side, centred on the kerb run) and the chargepoint unit on the footway at the charger type's set-back from the kerb, with dimension lines (bays' length, bay width, footway clear width left), the kerb runs coloured by eligibility (KERB_RUNS, from Kerbside eligibility), FOOTWAYS, RESTRICTIONS (traffic orders classed from RESTRICTION_TYPE_FIELD, default regulation_type, with the restriction mapping of Kerbside eligibility: yellow lines, no stopping, bays, other), ACCESSIBLE_BAYS (disabled badge holders' bays), CYCLE_PARKING, CHARGEPOINTS (existing) and ROADS (carriageway at its width and street names; also the locator map); BASEMAP (any raster or vector layer, e.g. OS MasterMap) under everything. The carriageway side comes from the footway polygons, else the side field, else the nearest road. A locator map (1:10,000), a title block (site reference, street, USRN, ward/district, charger type, sockets, bays, footway left clear, status, score), north arrow, scale bar, legend, the ATTRIBUTION text (default: OS, OpenStreetMap and D-TRO statements; edit it to the data you used), the date and, when DRAFT (default yes), a 'DRAFT - FOR CONSULTATION' mark.

TEMPLATE: a print layout template (.qpt; empty: the template shipped with the plugin). A council's own template needs a map item with the id main_map; items with the ids locator_map, legend, attribution and draft_mark are filled when present; labels may use the delivery-plan fields and bay_length_m, bay_width_m, setback_m, status_label and charger_label (the status and charger type in the print language). PNG_DPI: resolution of the PNGs (default {dpi}).

LANGUAGE: the language of the printed pages (titles, key, title block, the default attribution and the date) — the same as QGIS (default), English or Cymraeg (Welsh), whatever language QGIS runs in.

BAYS_OUTPUT (optional): the proposed bays (site_ref, bay, charger_type, length_m, width_m, label); UNITS_OUTPUT (optional): the units (site_ref, unit, charger_type, charger_label, footprint_m, setback_m, clear_width_m, label). PAGE_COUNT and PNG_COUNT: pages and images written. Files are written to a temporary name and replace existing ones only when complete; a cancelled run leaves nothing.</source>
        <translation>Yn argraffu map cynllun safle ar gyfer pob safle yn SITES, ar gyfer ymgysylltu lleol: un dudalen fesul safle mewn un PDF (OUTPUT_PDF) ac, os rhoddir PNG_FOLDER, un PNG fesul safle wedi'i enwi ar ôl cyfeirnod y safle. Defnyddiwch yr opsiwn 'Selected features only' ar gyfer SITES i argraffu rhai safleoedd yn unig.

SITES: y cynllun cyflawni (o'r algorithm Allforio'r cynllun cyflawni) neu restr fer yr algorithm Dewis safleoedd, neu unrhyw rediadau cwrbyn: llinellau ar hyd y cwrbyn. Cânt eu troi'n safleoedd cynllun cyflawni yn gyntaf (cedwir site_ref, street, usrn, district, charger_type, sockets, bays, status... pan fyddant yn bresennol; gweler Allforio'r cynllun cyflawni am y gwerthoedd diofyn). Mae CHARGER_TYPE (diofyn: {charger}) yn berthnasol i safleoedd heb charger_type; UNITS_PER_SITE (diofyn: {units}) yw nifer y pwyntiau gwefru fesul safle.

Mae pob tudalen yn dangos: y prif fap wedi'i ganoli ar y safle ar raddfa SCALE (diofyn: 1:{scale}; mae 0 yn dewis y fwyaf o 1:{scales} sy'n ffitio'r safle) gyda'r gilfach neu'r cilfachau arfaethedig (hyd cilfach y math o wefrydd x BAY_WIDTH, diofyn: {bay_width} m, {bay_min}-{bay_max} m, ar ochr y gerbytffordd, wedi'u canoli ar y rhediad cwrbyn) ac uned y pwynt gwefru ar y droetffordd ym mhellter yn ôl y math o wefrydd o'r cwrbyn, gyda llinellau dimensiwn (hyd y cilfachau, lled cilfach, lled clir y droetffordd sy'n weddill), y rhediadau cwrbyn wedi'u lliwio yn ôl cymhwysedd (KERB_RUNS, o'r algorithm Cymhwysedd ymyl y palmant), FOOTWAYS, RESTRICTIONS (Gorchmynion Rheoleiddio Traffig wedi'u dosbarthu o RESTRICTION_TYPE_FIELD, diofyn: regulation_type, gyda mapio cyfyngiadau Cymhwysedd ymyl y palmant: llinellau melyn, dim stopio, cilfachau, arall), ACCESSIBLE_BAYS (cilfachau i ddeiliaid Bathodyn Glas), CYCLE_PARKING, CHARGEPOINTS (presennol) a ROADS (y gerbytffordd ar ei lled ac enwau strydoedd; hefyd y map lleoliad); BASEMAP (unrhyw haen raster neu fector, e.e. OS MasterMap) o dan bopeth. Daw ochr y gerbytffordd o'r polygonau troetffyrdd, fel arall o'r maes ochr, fel arall o'r ffordd agosaf. Map lleoliad (1:10,000), bloc teitl (cyfeirnod safle, stryd, USRN, ward/dosbarth, math o wefrydd, socedi, cilfachau, lled y droetffordd a adewir yn glir, statws, sgôr), saeth y gogledd, bar graddfa, allwedd, testun ATTRIBUTION (diofyn: datganiadau OS, OpenStreetMap a D-TRO; golygwch ef i gyd-fynd â'r data a ddefnyddiwyd gennych), y dyddiad ac, os yw DRAFT wedi'i osod (diofyn: ydy), marc 'DRAFFT YMGYNGHORI'.

TEMPLATE: templed gosodiad argraffu (.qpt; gwag: y templed a ddaw gyda'r ategyn). Mae angen eitem map gyda'r dynodydd main_map ar dempled y cyngor ei hun; caiff eitemau gyda'r dynodyddion locator_map, legend, attribution a draft_mark eu llenwi pan fyddant yn bresennol; gall labeli ddefnyddio meysydd y cynllun cyflawni a bay_length_m, bay_width_m, setback_m, status_label a charger_label (y statws a'r math o wefrydd yn iaith yr argraffu). PNG_DPI: cydraniad y ffeiliau PNG (diofyn: {dpi}).

LANGUAGE: iaith y tudalennau a argraffir (teitlau, allwedd, bloc teitl, y testun cydnabod diofyn a'r dyddiad) — yr un fath â QGIS (diofyn), Saesneg neu Cymraeg, pa bynnag iaith y mae QGIS yn ei defnyddio.

BAYS_OUTPUT (dewisol): y cilfachau arfaethedig (site_ref, bay, charger_type, length_m, width_m, label); UNITS_OUTPUT (dewisol): yr unedau (site_ref, unit, charger_type, charger_label, footprint_m, setback_m, clear_width_m, label). PAGE_COUNT a PNG_COUNT: y tudalennau a'r delweddau a ysgrifennwyd. Caiff ffeiliau eu hysgrifennu i enw dros dro a dim ond pan fyddant yn gyflawn y byddant yn disodli ffeiliau presennol; os caiff y broses ei chanslo, ni adewir dim ar ôl.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="156"/>
        <source>Kerb runs (Kerbside eligibility)</source>
        <translation>Rhediadau cwrbyn (Cymhwysedd ymyl y palmant)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="159"/>
        <source>Footways</source>
        <translation>Troetffyrdd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="160"/>
        <source>Traffic orders (restrictions)</source>
        <translation>Gorchmynion Rheoleiddio Traffig (cyfyngiadau)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="172"/>
        <source>Disabled badge holders&apos; bays</source>
        <translation>Cilfachau i ddeiliaid Bathodyn Glas</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="177"/>
        <source>Cycle parking</source>
        <translation>Parcio beiciau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="182"/>
        <source>Existing chargepoints</source>
        <translation>Pwyntiau gwefru presennol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="183"/>
        <source>Road centrelines</source>
        <translation>Llinellau canol ffyrdd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="255"/>
        <source>Proposed bays</source>
        <translation>Cilfachau arfaethedig</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/site_layout_maps.py" line="262"/>
        <source>Proposed chargepoint units</source>
        <translation>Unedau pwyntiau gwefru arfaethedig</translation>
    </message>
</context>
<context>
    <name>SiteLayoutTemplate</name>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Made with EV Planner for QGIS</source>
        <translation>Gwnaed gyda Chynllunydd CT ar gyfer QGIS</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Printed [% format_date(now(), 'd MMMM yyyy') %]   ·   Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation>Argraffwyd [% format_date(now(), 'd MMMM yyyy', 'cy') %]   ·   Tudalen [% @atlas_featurenumber %] o [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Indicative proposal for consultation: positions and dimensions are approximate and subject to detailed design and a traffic regulation order.</source>
        <translation>Cynnig dangosol ar gyfer ymgynghori: mae'r lleoliadau a'r dimensiynau yn fras ac yn amodol ar ddyluniad manwl a Gorchymyn Rheoleiddio Traffig.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>KEY</source>
        <translation>ALLWEDD</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>[% CASE WHEN &quot;score&quot; IS NULL THEN '–' ELSE format_number(&quot;score&quot;, 0) || ' out of 100' END %]</source>
        <translation>[% CASE WHEN &quot;score&quot; IS NULL THEN '–' ELSE format_number(&quot;score&quot;, 0) || ' allan o 100' END %]</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Priority score</source>
        <translation>Sgôr blaenoriaeth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>[% CASE WHEN &quot;clear_width_m&quot; IS NULL THEN &apos;not measured&apos; ELSE format_number(&quot;clear_width_m&quot;, 2) || &apos; m&apos; END %]</source>
        <translation>[% CASE WHEN &quot;clear_width_m&quot; IS NULL THEN 'heb ei fesur' ELSE format_number(&quot;clear_width_m&quot;, 2) || ' m' END %]</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Footway left clear</source>
        <translation>Troetffordd glir</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>[% coalesce(to_string(&quot;bays&quot;), '–') || CASE WHEN &quot;bay_length_m&quot; IS NOT NULL THEN ', each ' || format_number(&quot;bay_length_m&quot;, 1) || ' m x ' || format_number(&quot;bay_width_m&quot;, 1) || ' m' ELSE '' END %]</source>
        <translation>[% coalesce(to_string(&quot;bays&quot;), '–') || CASE WHEN &quot;bay_length_m&quot; IS NOT NULL THEN ', pob un yn ' || format_number(&quot;bay_length_m&quot;, 1) || ' m x ' || format_number(&quot;bay_width_m&quot;, 1) || ' m' ELSE '' END %]</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Bays</source>
        <translation>Cilfachau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Sockets</source>
        <translation>Socedi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Charger type</source>
        <translation>Math o wefrydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Ward / district</source>
        <translation>Ward / dosbarth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>USRN</source>
        <translation>USRN</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Street</source>
        <translation>Stryd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>SITE DETAILS</source>
        <translation>MANYLION Y SAFLE</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>LOCATION</source>
        <translation>LLEOLIAD</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>[% &apos;1:&apos; || format_number(map_get(item_variables(&apos;main_map&apos;), &apos;map_scale&apos;), 0) %]
at A4</source>
        <translation>[% '1:' || format_number(map_get(item_variables('main_map'), 'map_scale'), 0) %]
ar A4</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>DRAFT - FOR CONSULTATION</source>
        <translation>DRAFFT YMGYNGHORI</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>SITE</source>
        <translation>SAFLE</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/layouts/template_texts.py" line="10"/>
        <source>Proposed on-street electric vehicle chargepoint</source>
        <translation>Pwynt gwefru cerbydau trydan arfaethedig ar y stryd</translation>
    </message>
</context>
<context>
    <name>SitePlannerDock</name>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="67"/>
        <source>Choose or create a GeoPackage for the delivery plan</source>
        <translation>Dewiswch neu crëwch GeoPackage ar gyfer y cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="71"/>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="77"/>
        <source>(keep)</source>
        <translation>(cadw)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="116"/>
        <source>Engagement notes (empty: keep)</source>
        <translation>Nodiadau ymgysylltu (gwag: cadw)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="41"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="121"/>
        <source>Charger type</source>
        <translation>Math o wefrydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="193"/>
        <source>Sockets</source>
        <translation>Socedi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="193"/>
        <source>Funding</source>
        <translation>Cyllid</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="193"/>
        <source>Estimated cost</source>
        <translation>Cost amcangyfrifedig</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="193"/>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="193"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="130"/>
        <source>Add to delivery plan</source>
        <translation>Ychwanegu at y cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="139"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="141"/>
        <source>Save plan</source>
        <translation>Cadw'r cynllun</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="143"/>
        <source>Discard changes</source>
        <translation>Gwaredu'r newidiadau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="148"/>
        <source>Print site layout…</source>
        <translation>Argraffu cynllun safle…</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="208"/>
        <source>Delivery plan GeoPackage</source>
        <translation>GeoPackage y cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="208"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="48"/>
        <source>Zoom to</source>
        <translation>Chwyddo i</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="50"/>
        <source>Flash</source>
        <translation>Fflachio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="71"/>
        <source>Select a row to see why the site is or is not suitable.</source>
        <translation>Dewiswch res i weld pam mae'r safle'n addas neu'n anaddas.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="95"/>
        <source>(no street name)</source>
        <translation>(dim enw stryd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="103"/>
        <source>{layer}, feature {fid}</source>
        <translation>{layer}, nodwedd {fid}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="114"/>
        <source>Eligibility</source>
        <translation>Cymhwysedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="124"/>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="126"/>
        <source>Bays that fit</source>
        <translation>Cilfachau sy'n ffitio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="128"/>
        <source>Footway left beside the unit</source>
        <translation>Troetffordd sy'n weddill wrth ymyl yr uned</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="138"/>
        <source>straight line</source>
        <translation>llinell syth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="138"/>
        <source>from scoring</source>
        <translation>o'r sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="143"/>
        <source>Nearest public chargepoint</source>
        <translation>Pwynt gwefru cyhoeddus agosaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="151"/>
        <source>Homes without off-street parking served</source>
        <translation>Cartrefi heb barcio oddi ar y stryd a wasanaethir</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="161"/>
        <source>Why not (or not yet)</source>
        <translation>Pam ddim (neu ddim eto)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="168"/>
        <source>Eligible: nothing stands in the way here.</source>
        <translation>Cymwys: does dim byd yn rhwystro yma.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="179"/>
        <source>Score {score:.1f} of 100</source>
        <translation>Sgôr {score:.1f} allan o 100</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="182"/>
        <source>Rank {rank} in its layer</source>
        <translation>Rhenc {rank} yn ei haen</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="181"/>
        <source>Not scored yet: use Score selection.</source>
        <translation>Heb ei sgorio eto: defnyddiwch Sgorio'r dewis.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="47"/>
        <source>Delivery plan</source>
        <translation>Cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="193"/>
        <source>Site</source>
        <translation>Safle</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="193"/>
        <source>Charger</source>
        <translation>Gwefrydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="193"/>
        <source>Updated</source>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="222"/>
        <source>Other fields</source>
        <translation>Meysydd eraill</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="233"/>
        <source>Criterion</source>
        <translation>Maen prawf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="235"/>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/detail.py" line="237"/>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="746"/>
        <source>EV Site Planner</source>
        <translation>Cynllunydd Safleoedd CT</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="121"/>
        <source>Filter by street, status or reason</source>
        <translation>Hidlo yn ôl stryd, statws neu reswm</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="155"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="156"/>
        <source>Scoring</source>
        <translation>Sgorio</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="291"/>
        <source>{layer}: {count} selected feature(s)</source>
        <translation>{layer}: {count} nodwedd wedi'u dewis</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="295"/>
        <source>(the first {shown} are listed)</source>
        <translation>(rhestrir y {shown} cyntaf)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="299"/>
        <source>select streets or kerb runs on the map</source>
        <translation>dewiswch strydoedd neu rediadau cwrbyn ar y map</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="348"/>
        <source>Select the sites to score first.</source>
        <translation>Dewiswch y safleoedd i'w sgorio yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="369"/>
        <source>Scoring {n} site(s)…</source>
        <translation>Wrthi'n sgorio {n} safle…</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="397"/>
        <source>Scored {n} site(s).</source>
        <translation>Sgoriwyd {n} safle.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="405"/>
        <source>Scoring cancelled; nothing changed.</source>
        <translation>Canslwyd y sgorio; ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="409"/>
        <source>Scoring failed: {error}</source>
        <translation>Methodd y sgorio: {error}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="428"/>
        <source>Save or discard the changes to the current plan first.</source>
        <translation>Cadwch neu waredwch y newidiadau i'r cynllun presennol yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="536"/>
        <source>Select the sites to add first.</source>
        <translation>Dewiswch y safleoedd i'w hychwanegu yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="551"/>
        <source>{n} plan site(s) changed.</source>
        <translation>Newidiwyd {n} safle yn y cynllun.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="563"/>
        <source>{added} site(s) added, {updated} updated.</source>
        <translation>Ychwanegwyd {added} safle, diweddarwyd {updated}.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="569"/>
        <source>Save the plan to keep them.</source>
        <translation>Cadwch y cynllun er mwyn eu cadw.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="684"/>
        <source>Unsaved changes to the delivery plan ({n} step(s) to undo).</source>
        <translation>Newidiadau heb eu cadw i'r cynllun cyflawni ({n} cam i'w dadwneud).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="690"/>
        <source>Delivery plan: {n} site(s), all saved.</source>
        <translation>Cynllun cyflawni: {n} safle, pob un wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="15"/>
        <source>Eligible</source>
        <translation>Cymwys</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="16"/>
        <source>Eligible with a TRO change</source>
        <translation>Cymwys gyda newid i'r GRT</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="17"/>
        <source>Not eligible</source>
        <translation>Anghymwys</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="24"/>
        <source>Candidate</source>
        <translation>Posibl</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="25"/>
        <source>Shortlisted</source>
        <translation>Ar y rhestr fer</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="26"/>
        <source>Engagement</source>
        <translation>Ymgysylltu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="27"/>
        <source>Approved</source>
        <translation>Cymeradwy</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="28"/>
        <source>Installed</source>
        <translation>Wedi'i osod</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="29"/>
        <source>Rejected</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="36"/>
        <source>LEVI capital</source>
        <translation>Cyfalaf LEVI</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="37"/>
        <source>LEVI capability</source>
        <translation>Gallu LEVI</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="38"/>
        <source>ORCS (On-street Residential Chargepoint Scheme)</source>
        <translation>ORCS (Cynllun Pwyntiau Gwefru Preswyl ar y Stryd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="39"/>
        <source>Operator-funded</source>
        <translation>Wedi'i ariannu gan y gweithredwr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="40"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="52"/>
        <source>Demand</source>
        <translation>Galw</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="53"/>
        <source>Population</source>
        <translation>Poblogaeth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="54"/>
        <source>Gap in provision</source>
        <translation>Bwlch yn y ddarpariaeth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="55"/>
        <source>Residents&apos; requests</source>
        <translation>Ceisiadau preswylwyr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="56"/>
        <source>Forecast shortfall</source>
        <translation>Diffyg a ragwelir</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="57"/>
        <source>Grid headroom</source>
        <translation>Capasiti sbâr y grid</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="58"/>
        <source>Connection cost</source>
        <translation>Cost cysylltu</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="59"/>
        <source>Deprivation</source>
        <translation>Amddifadedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="60"/>
        <source>Rurality</source>
        <translation>Gwledigrwydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="61"/>
        <source>Flood risk</source>
        <translation>Perygl llifogydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="41"/>
        <source>Council land</source>
        <translation>Tir y cyngor</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="69"/>
        <source>households without off-street parking within the catchment</source>
        <translation>aelwydydd heb barcio oddi ar y stryd o fewn y dalgylch</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="72"/>
        <source>people living within the catchment</source>
        <translation>pobl sy'n byw o fewn y dalgylch</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="73"/>
        <source>walking distance to the nearest public chargepoint</source>
        <translation>pellter cerdded i'r pwynt gwefru cyhoeddus agosaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="74"/>
        <source>residents&apos; survey suggestions nearby</source>
        <translation>awgrymiadau gerllaw o arolwg preswylwyr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="75"/>
        <source>forecast public chargepoint shortfall of the area</source>
        <translation>y diffyg a ragwelir mewn pwyntiau gwefru cyhoeddus yn yr ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="78"/>
        <source>grid headroom at the nearest substation</source>
        <translation>capasiti sbâr y grid yn yr is-orsaf agosaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="79"/>
        <source>distance to the nearest substation (connection cost)</source>
        <translation>pellter i'r is-orsaf agosaf (cost cysylltu)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="82"/>
        <source>deprivation of the area (IMD decile)</source>
        <translation>amddifadedd yr ardal (degradd IMD)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="83"/>
        <source>rurality of the area (ONS Rural-Urban Classification)</source>
        <translation>gwledigrwydd yr ardal (Dosbarthiad Gwledig-Trefol y SYG)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="86"/>
        <source>outside flood zones</source>
        <translation>y tu allan i barthau llifogydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/labels.py" line="87"/>
        <source>on council land or adopted highway</source>
        <translation>ar dir y cyngor neu briffordd fabwysiedig</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="39"/>
        <source>Street</source>
        <translation>Stryd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="40"/>
        <source>Length (m)</source>
        <translation>Hyd (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="42"/>
        <source>Reasons</source>
        <translation>Rhesymau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="43"/>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="44"/>
        <source>Criteria</source>
        <translation>Meini prawf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="45"/>
        <source>Nearest chargepoint (m)</source>
        <translation>Pwynt gwefru agosaf (m)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="46"/>
        <source>Homes served</source>
        <translation>Cartrefi a wasanaethir</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="53"/>
        <source>Street name (and side of the road)</source>
        <translation>Enw'r stryd (ac ochr y ffordd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="54"/>
        <source>Length of the kerb run or feature</source>
        <translation>Hyd y rhediad cwrbyn neu'r nodwedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="55"/>
        <source>Kerbside eligibility</source>
        <translation>Cymhwysedd ymyl y palmant</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="56"/>
        <source>Why a run is not (or only with a TRO change) eligible</source>
        <translation>Pam nad yw rhediad yn gymwys (neu'n gymwys dim ond gyda newid i'r GRT)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="57"/>
        <source>Site score 0-100 (Score candidate sites, or Score selection here)</source>
        <translation>Sgôr y safle 0-100 (Sgorio safleoedd posibl, neu Sgorio'r dewis yma)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="60"/>
        <source>Points each criterion contributes to the score</source>
        <translation>Y pwyntiau y mae pob maen prawf yn eu cyfrannu at y sgôr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="61"/>
        <source>Distance to the nearest public chargepoint</source>
        <translation>Pellter i'r pwynt gwefru cyhoeddus agosaf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="62"/>
        <source>Homes without off-street parking within the catchment</source>
        <translation>Cartrefi heb barcio oddi ar y stryd o fewn y dalgylch</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="63"/>
        <source>Status of the site in the delivery plan</source>
        <translation>Statws y safle yn y cynllun cyflawni</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/selection_model.py" line="188"/>
        <source>Score {score}</source>
        <translation>Sgôr {score}</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="41"/>
        <source>Public chargepoints</source>
        <translation>Pwyntiau gwefru cyhoeddus</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="41"/>
        <source>Homes (address points)</source>
        <translation>Cartrefi (pwyntiau cyfeiriad)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="41"/>
        <source>Areas (census, IMD, rurality)</source>
        <translation>Ardaloedd (cyfrifiad, IMD, gwledigrwydd)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="41"/>
        <source>Residents&apos; suggestions</source>
        <translation>Awgrymiadau preswylwyr</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="41"/>
        <source>Substations</source>
        <translation>Is-orsafoedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="41"/>
        <source>Roads (walking distances)</source>
        <translation>Ffyrdd (pellteroedd cerdded)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="135"/>
        <source>Flood zones</source>
        <translation>Parthau llifogydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="109"/>
        <source>Custom weights</source>
        <translation>Pwysiadau personol</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="111"/>
        <source>Preset</source>
        <translation>Rhagosodiad</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="129"/>
        <source>Penalise sites in flood zones</source>
        <translation>Gostwng sgôr safleoedd mewn parthau llifogydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="130"/>
        <source>Exclude sites in flood zones</source>
        <translation>Allgáu safleoedd mewn parthau llifogydd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="138"/>
        <source>Input layers</source>
        <translation>Haenau mewnbwn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="156"/>
        <source>Homes with off-street parking</source>
        <translation>Cartrefi â pharcio oddi ar y stryd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="162"/>
        <source>Score selection</source>
        <translation>Sgorio'r dewis</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="171"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="49"/>
        <source>delivery_plan.gpkg, or postgresql://user@host/database?schema=ev</source>
        <translation>delivery_plan.gpkg, neu postgresql://user@host/database?schema=ev</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="55"/>
        <source>The delivery plan: a GeoPackage file (created on first use) or a PostGIS database shared by several officers. Put passwords in a QGIS authentication configuration (authcfg=...), not here.</source>
        <translation>Y cynllun cyflawni: ffeil GeoPackage (caiff ei chreu y tro cyntaf y caiff ei defnyddio) neu gronfa ddata PostGIS a rennir gan sawl swyddog. Rhowch gyfrineiriau mewn ffurfweddiad dilysu QGIS (authcfg=...), nid yma.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="108"/>
        <source>The officer responsible; also recorded in the history as who saved</source>
        <translation>Y swyddog cyfrifol; caiff ei gofnodi hefyd yn yr hanes fel y sawl a gadwodd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="132"/>
        <source>Add the selected sites to the delivery plan (sites already in it get these values). Nothing is written until you save the plan.</source>
        <translation>Ychwanegu'r safleoedd a ddewiswyd at y cynllun cyflawni (bydd safleoedd sydd ynddo eisoes yn cael y gwerthoedd hyn). Ni chaiff dim ei ysgrifennu nes i chi gadw'r cynllun.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/annotation.py" line="150"/>
        <source>Open Site layout maps for the selected delivery-plan sites (or the selected features of the active layer): one page per site, ready for consultation.</source>
        <translation>Agor Mapiau cynllun safle ar gyfer y safleoedd a ddewiswyd yn y cynllun cyflawni (neu'r nodweddion a ddewiswyd yn yr haen weithredol): un dudalen i bob safle, yn barod ar gyfer ymgynghori.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="262"/>
        <source>Select streets or kerb runs on a vector layer to see them here.</source>
        <translation>Dewiswch strydoedd neu rediadau cwrbyn ar haen fector i'w gweld yma.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="443"/>
        <source>The database password is not saved in the project; use a QGIS authentication configuration (authcfg) to avoid typing it again.</source>
        <translation>Nid yw cyfrinair y gronfa ddata yn cael ei gadw yn y prosiect; defnyddiwch ffurfweddiad dilysu QGIS (authcfg) er mwyn osgoi ei deipio eto.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="519"/>
        <source>Choose where the delivery plan is kept first (Delivery plan tab: a GeoPackage file or a PostGIS connection).</source>
        <translation>Dewiswch ble y cedwir y cynllun cyflawni yn gyntaf (tab Cynllun cyflawni: ffeil GeoPackage neu gysylltiad PostGIS).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="627"/>
        <source>Delivery plan saved: {added} added, {updated} changed, {rows} history row(s).</source>
        <translation>Cadwyd y cynllun cyflawni: {added} wedi'u hychwanegu, {updated} wedi'u newid, {rows} rhes hanes.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="646"/>
        <source>Select the sites to print first (on the plan layer or a candidate layer).</source>
        <translation>Dewiswch y safleoedd i'w hargraffu yn gyntaf (ar haen y cynllun neu ar haen safleoedd posibl).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/weights.py" line="164"/>
        <source>Score the selected features with these weights and input layers (in the background; the layer itself is not changed)</source>
        <translation>Sgorio'r nodweddion a ddewiswyd gyda'r pwysiadau a'r haenau mewnbwn hyn (yn y cefndir; ni chaiff yr haen ei hun ei newid)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/gui/dock.py" line="614"/>
        <source>Not saved: another officer has saved other values into fields you changed. Your changes are kept; save again to replace their values.</source>
        <translation>Heb ei gadw: mae swyddog arall wedi cadw gwerthoedd eraill yn y meysydd a newidiwyd gennych. Mae eich newidiadau yno o hyd; cadwch eto i roi eich gwerthoedd chi yn lle eu rhai nhw.</translation>
    </message>
</context>
<context>
    <name>UsageInputs</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="82"/>
        <source>SESSIONS: the sessions table written by Import charging sessions (e.g. sessions.gpkg|layername=sessions, or the sample area's sessions table); fields cp_id, start_time, end_time (ISO 8601; without an offset they are local times in TIME_ZONE), kwh, evse_uid, connector_id, session_id.
CHARGEPOINTS: the chargepoint points; CP_ID_FIELD (default cp_id) as in the sessions' cp_id, SOCKETS_FIELD (default sockets: vehicles that can charge at once), SPEED_CLASS_FIELD (default speed_class), else POWER_FIELD (default max_power_kw) gives the class: slow &lt; 8 kW, fast 8-49, rapid 50-149, ultra &gt;= 150 (DfT/OZEV classes).
AREAS (optional): polygons (wards, LSOAs, districts); chargepoints are counted in the area they lie in. AREA_ID_FIELD (default area_code), AREA_NAME_FIELD (default area_name), POPULATION_FIELD (default population) for figures per 10,000 people, EVS_FIELD (default plugin_evs) for figures per plug-in EV.
PERIOD: month or calendar quarter (default), in the local time zone TIME_ZONE (advanced, default Europe/London: periods start at local midnight, GMT or BST).

Definitions: a session counts once, in the period it starts in; its hours plugged in are split at period boundaries and its kWh shared in proportion. hours_occupied is the time sockets were occupied — per EVSE (else connector) the union of its sessions, so overlapping sessions on one socket count once; sessions without EVSE/connector occupy at most the chargepoint's sockets at once. sockets = the sockets attribute, raised to the sockets seen in the sessions, at least 1. hours_available = sockets x hours in the period. utilisation_pct = 100 x hours_occupied / hours_available. sessions_per_day = sessions / days (per chargepoint; in area tables the mean per chargepoint). Periods run from the one in which the first session starts to the one in which the last starts; every chargepoint is taken as available all period. Changes on the previous period: sessions_change_pct, kwh_change_pct (null when the previous value is 0) and utilisation_change_pp (percentage points).</source>
        <translation>SESSIONS: y tabl sesiynau a ysgrifennwyd gan yr algorithm Mewnforio sesiynau gwefru (e.e. sessions.gpkg|layername=sessions, neu dabl sesiynau'r ardal enghreifftiol); meysydd cp_id, start_time, end_time (ISO 8601; heb wrthbwyso, amseroedd lleol yn TIME_ZONE ydynt), kwh, evse_uid, connector_id, session_id.
CHARGEPOINTS: y pwyntiau gwefru (haen bwyntiau); CP_ID_FIELD (diofyn: cp_id) yn cyfateb i cp_id y sesiynau, SOCKETS_FIELD (diofyn: sockets: nifer y cerbydau sy'n gallu gwefru ar yr un pryd), SPEED_CLASS_FIELD (diofyn: speed_class), fel arall mae POWER_FIELD (diofyn: max_power_kw) yn rhoi'r dosbarth: slow (araf) &lt; 8 kW, fast (cyflym) 8-49, rapid (cyflym iawn) 50-149, ultra (uwchgyflym) &gt;= 150 (dosbarthiadau DfT/OZEV).
AREAS (dewisol): polygonau (wardiau, ACEHI, dosbarthau); caiff pwyntiau gwefru eu cyfrif yn yr ardal y maent ynddi. AREA_ID_FIELD (diofyn: area_code), AREA_NAME_FIELD (diofyn: area_name), POPULATION_FIELD (diofyn: population) ar gyfer ffigurau fesul 10,000 o bobl, EVS_FIELD (diofyn: plugin_evs) ar gyfer ffigurau fesul cerbyd trydan plygio i mewn.
PERIOD: mis neu chwarter calendr (diofyn), yn y gylchfa amser leol TIME_ZONE (paramedr uwch, diofyn: Europe/London: mae cyfnodau'n dechrau am hanner nos amser lleol, GMT neu BST).

Diffiniadau: mae sesiwn yn cyfrif unwaith, yn y cyfnod y mae'n dechrau ynddo; caiff yr oriau y mae'r cerbyd wedi'i blygio i mewn eu rhannu ar ffiniau'r cyfnodau, a chaiff ei kWh eu rhannu'n gyfrannol. hours_occupied yw'r amser yr oedd socedi'n cael eu defnyddio — fesul EVSE (fel arall fesul cysylltydd), uniad ei sesiynau, felly mae sesiynau sy'n gorgyffwrdd ar un soced yn cyfrif unwaith; nid yw sesiynau heb EVSE/cysylltydd yn defnyddio mwy na socedi'r pwynt gwefru ar yr un pryd. sockets = y briodoledd sockets, wedi'i chodi i nifer y socedi a welir yn y sesiynau, ac o leiaf 1. hours_available = sockets x oriau yn y cyfnod. utilisation_pct = 100 x hours_occupied / hours_available. sessions_per_day = sesiynau / dyddiau (fesul pwynt gwefru; mewn tablau ardal, y cymedr fesul pwynt gwefru). Mae'r cyfnodau'n rhedeg o'r un y mae'r sesiwn gyntaf yn dechrau ynddo i'r un y mae'r sesiwn olaf yn dechrau ynddo; ystyrir bod pob pwynt gwefru ar gael drwy'r cyfnod cyfan. Newidiadau ers y cyfnod blaenorol: sessions_change_pct, kwh_change_pct (null pan fo'r gwerth blaenorol yn 0) ac utilisation_change_pp (pwyntiau canran).</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="112"/>
        <source>Charging sessions table</source>
        <translation>Tabl sesiynau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="118"/>
        <source>Chargepoints</source>
        <translation>Pwyntiau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="121"/>
        <source>Chargepoint id field</source>
        <translation>Maes dynodydd pwynt gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="121"/>
        <source>Sockets field</source>
        <translation>Maes socedi</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="121"/>
        <source>Speed class field (slow/fast/rapid/ultra)</source>
        <translation>Maes dosbarth cyflymder (slow/fast/rapid/ultra)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="121"/>
        <source>Power (kW) field</source>
        <translation>Maes pŵer (kW)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="133"/>
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="134"/>
        <source>Area id field</source>
        <translation>Maes dynodydd ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="134"/>
        <source>Area name field</source>
        <translation>Maes enw ardal</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="134"/>
        <source>Population field</source>
        <translation>Maes poblogaeth</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="134"/>
        <source>Plug-in EVs field</source>
        <translation>Maes cerbydau trydan plygio i mewn</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="146"/>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="146"/>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="146"/>
        <source>Quarter</source>
        <translation>Chwarter</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="149"/>
        <source>Local time zone</source>
        <translation>Cylchfa amser leol</translation>
    </message>
</context>
<context>
    <name>UsageSummaryAlgorithm</name>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="372"/>
        <source>Summarise chargepoint usage</source>
        <translation>Crynhoi'r defnydd o bwyntiau gwefru</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="375"/>
        <source>Monitoring</source>
        <translation>Monitro</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="381"/>
        <source>How public chargepoints are used, per chargepoint, per area and per month or quarter, from the charging sessions operators supply (see Import charging sessions); all periods are kept so areas can be compared over time.

</source>
        <translation>Y defnydd a wneir o bwyntiau gwefru cyhoeddus, fesul pwynt gwefru, fesul ardal a fesul mis neu chwarter, o'r sesiynau gwefru a ddarperir gan weithredwyr (gweler Mewnforio sesiynau gwefru); cedwir pob cyfnod fel y gellir cymharu ardaloedd dros amser.

</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="381"/>
        <source>

MAP_PERIOD (optional, e.g. 2025-Q1 or 2025-03): the period shown in AREAS_OUTPUT; default the latest.

OUTPUT (table, one row per chargepoint and period): cp_id, speed_class, area_id, period (2025-03 or 2025-Q1), period_start, period_end (first and last local day), days, sockets, sessions, kwh, hours_plugged, hours_occupied, hours_available, utilisation_pct, sessions_per_day, sessions_change_pct, kwh_change_pct, utilisation_change_pp. Chargepoints without sessions have rows of zeros (faulty or unused).

AREA_TABLE (one row per area and period; without AREAS one row per period for the whole network, area_id ALL) and AREAS_OUTPUT (area polygons of MAP_PERIOD, styled by utilisation_pct): area_id, area_name, period, period_start, period_end, days, population, plugin_evs, chargepoints, chargepoints_slow, chargepoints_fast, chargepoints_rapid, chargepoints_ultra, sockets, idle_chargepoints (no session in the period), sessions, kwh, hours_plugged, hours_occupied, hours_available, utilisation_pct (null without chargepoints), sessions_per_day (per chargepoint), chargepoints_per_10k, sessions_per_10k, kwh_per_10k (per 10,000 people), evs_per_chargepoint, sessions_per_ev, kwh_per_ev, sessions_change_pct, kwh_change_pct, utilisation_change_pp.

Sessions that cannot be used (unknown chargepoint, unreadable times, end before start) and chargepoints outside every area are left out with a warning giving the count and the first ids.</source>
        <translation>

MAP_PERIOD (dewisol, e.e. 2025-Q1 neu 2025-03): y cyfnod a ddangosir yn AREAS_OUTPUT; diofyn: y diweddaraf.

OUTPUT (tabl, un rhes fesul pwynt gwefru a chyfnod): cp_id, speed_class, area_id, period (2025-03 neu 2025-Q1), period_start, period_end (y diwrnod lleol cyntaf a'r olaf), days, sockets, sessions, kwh, hours_plugged, hours_occupied, hours_available, utilisation_pct, sessions_per_day, sessions_change_pct, kwh_change_pct, utilisation_change_pp. Mae gan bwyntiau gwefru heb sesiynau resi o sero (diffygiol neu heb eu defnyddio).

AREA_TABLE (un rhes fesul ardal a chyfnod; heb AREAS, un rhes fesul cyfnod ar gyfer y rhwydwaith cyfan, gydag area_id ALL) ac AREAS_OUTPUT (polygonau ardal MAP_PERIOD, wedi'u symboleiddio yn ôl utilisation_pct): area_id, area_name, period, period_start, period_end, days, population, plugin_evs, chargepoints, chargepoints_slow, chargepoints_fast, chargepoints_rapid, chargepoints_ultra, sockets, idle_chargepoints (dim sesiwn yn y cyfnod), sessions, kwh, hours_plugged, hours_occupied, hours_available, utilisation_pct (null heb bwyntiau gwefru), sessions_per_day (fesul pwynt gwefru), chargepoints_per_10k, sessions_per_10k, kwh_per_10k (fesul 10,000 o bobl), evs_per_chargepoint, sessions_per_ev, kwh_per_ev, sessions_change_pct, kwh_change_pct, utilisation_change_pp.

Caiff sesiynau na ellir eu defnyddio (pwynt gwefru anhysbys, amseroedd annarllenadwy, diwedd cyn y dechrau) a phwyntiau gwefru y tu allan i bob ardal eu hepgor, gyda rhybudd sy'n rhoi'r nifer a'r dynodyddion cyntaf.</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="415"/>
        <source>Period shown on the area layer</source>
        <translation>Cyfnod a ddangosir ar yr haen ardaloedd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="416"/>
        <source>Usage per chargepoint and period</source>
        <translation>Defnydd fesul pwynt gwefru a chyfnod</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="419"/>
        <source>Usage by area (map)</source>
        <translation>Defnydd fesul ardal (map)</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="422"/>
        <source>Usage per area and period</source>
        <translation>Defnydd fesul ardal a chyfnod</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="428"/>
        <source>Sessions used</source>
        <translation>Sesiynau a ddefnyddiwyd</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="429"/>
        <source>Periods</source>
        <translation>Cyfnodau</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="430"/>
        <source>Latest period</source>
        <translation>Cyfnod diweddaraf</translation>
    </message>
    <message>
        <location filename="../ev_planner_plugin/processing/algorithms/usage_summary.py" line="431"/>
        <source>Network utilisation in the latest period (%)</source>
        <translation>Cyfradd defnyddio'r rhwydwaith yn y cyfnod diweddaraf (%)</translation>
    </message>
</context>
</TS>
