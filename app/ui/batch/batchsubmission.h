#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace guichet::sync {
class Outbox;
}

namespace guichet::ui::batch {

// Turns a request for many declarations of one form (an employer's Dimona for each of its
// workers) into one outbox batch, as Submit does for one: the form's latest bundled version, each
// document validated in full (formats asserted), then Outbox::enqueueBatch, all or nothing.
//
//   auto batch = BatchSubmission::queue(space->outbox(), {formId, documents, enterprise, label});
//   if (!batch) showError(batch.error().message); else { wakeOutbox(); show the BatchDialog; }
class BatchSubmission
{
public:
    struct Request
    {
        QString formId;
        QList<QByteArray> documents; // one JSON document per declaration
        QString onBehalfOf;          // the enterprise (10 digits), or empty
        QString label;               // what the user calls the batch (sealed at rest)
        QStringList itemLabels;      // optional, one per document (e.g. the worker's name)
    };

    // A document that would not be accepted as it is: its position (0-based) and the messages,
    // in the UI language.
    struct Problem
    {
        int index = -1;
        QStringList messages;
    };

    // Checks then queues. Errors: "forms.unknown" (not in the catalogue), "batch-invalid" (some
    // documents are not valid: the message says which, params are their 1-based numbers), the
    // form loading errors, outbox-invalid, storage-*.
    static Expected<QString> queue(sync::Outbox &outbox, const Request &request);

    // Every document that fails the form's latest version (empty: all valid). Errors: as queue()
    // for the form.
    static Expected<std::vector<Problem>> check(const QString &formId,
                                                const QList<QByteArray> &documents);

    // The form's latest version in the bundled catalogue, 0 if it has none.
    static int latestVersion(const QString &formId);
};

} // namespace guichet::ui::batch
