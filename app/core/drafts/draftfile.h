#pragma once

#include "core/drafts/draft.h"
#include "core/drafts/scryptkdf.h"

#include <QByteArray>
#include <QString>

// A draft exported to a file, to move it to another machine or keep it aside: protected by a
// passphrase of its own (scrypt, then AES-256-GCM), nothing in clear but the format's name and
// the scrypt parameters.
//   {"format": "guichet-draft", "version": 1, "cipher": "AES-256-GCM",
//    "kdf": {"name": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": base64},
//    "data": base64(envelope of {"formId", "formVersion", "title", "onBehalfOf", "validity",
//                                "errorCount", "created", "updated", "document": JSON text})}
namespace guichet::drafts {

class DraftFile
{
public:
    struct Content
    {
        QString formId;
        int formVersion = 0;
        QString title;
        QString onBehalfOf;
        QByteArray document;
        DraftValidity validity;
        QDateTime created;
        QDateTime updated;
    };

    // An empty passphrase is refused (passphrase-needed).
    static Expected<QByteArray> seal(const Content &content, const QString &passphrase,
                                     const ScryptKdf::Params &params = ScryptKdf::freshParams());
    // Errors: export-invalid (not a draft file, unknown version, malformed), export-refused
    // (wrong passphrase, or the file was altered), kdf-params.
    static Expected<Content> open(const QByteArray &file, const QString &passphrase);
};

} // namespace guichet::drafts
