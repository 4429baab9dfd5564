#pragma once

#include "core/expected.h"

#include <QString>

namespace guichet::forms {

// A form named on a command line or in a draft: "dimona" (the newest bundled version) or
// "dimona@1". Errors: "forms.badReference" (malformed), "forms.unknown" (no such form or
// version in `formsDir`).
struct FormReference
{
    QString id;
    int version = 0;
    QString directory() const; // <formsDir>/<id>/<version>, filled by resolve
    QString formsDir;
};

Expected<FormReference> resolveFormReference(const QString &text, const QString &formsDir);

} // namespace guichet::forms
