#pragma once

#include <QString>

namespace guichet::ui {

// Versions of Guichet and of the libraries it runs on, as shown in About and Diagnostics.
class ComponentVersions
{
public:
    static QString guichet();
    // The Qt library loaded at run time (may differ from the one Guichet was built with).
    static QString qtRuntime();
    static QString qtBuild();
    // OpenSSL's own version line, e.g. "OpenSSL 3.0.11 19 Sep 2023".
    static QString openSsl();
    static QString qtKeychain();
};

} // namespace guichet::ui
