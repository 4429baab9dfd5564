#pragma once

#include <QString>

// Where Guichet finds its bundled files, whether it runs from the build tree or installed.
namespace guichet::paths {

// The bundled forms: $GUICHET_FORMS_DIR if set; <prefix>/share/guichet/forms next to an
// installed executable; else the source tree's forms/ (runs from the build tree).
QString formsDirectory();

} // namespace guichet::paths
