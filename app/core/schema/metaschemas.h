#pragma once

#include <string_view>

// The draft metaschemas, transcribed from the specifications, so that "$schema" and "$ref" to
// them resolve offline.
namespace guichet::schema {

// The JSON text of the built-in metaschema at uri (without fragment), or an empty view.
std::string_view builtinMetaschema(std::string_view uri);

} // namespace guichet::schema
