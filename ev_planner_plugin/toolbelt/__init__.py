"""Plugin plumbing shared by processing, gui and layouts: settings, logging, tr(), paths,
Qt5/Qt6 and QGIS-version compatibility. Imports qgis; core/ must never import this."""
