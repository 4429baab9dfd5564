#pragma once

#include <QIcon>

namespace guichet::ui {

// Guichet's icon: the bundled SVG when Qt can render it, else the bundled raster sizes, else the
// desktop theme's icon of that name, else a generic office icon from the theme. Needs a
// QGuiApplication.
QIcon applicationIcon();

} // namespace guichet::ui
