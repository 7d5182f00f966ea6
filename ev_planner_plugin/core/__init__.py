"""Domain logic of EV Planner: pure Python (numpy, pandas, shapely 2, geopandas).

Nothing in this package may import qgis or Qt: it is usable and testable without QGIS.
All functions work on GeoDataFrames in a projected, metric CRS (EPSG:27700 by default).
"""
