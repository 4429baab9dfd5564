// Not a test: prints how long the form renderer takes on a document, for the developer's own
// checks (the official benchmark lives in bench/). Release build, offscreen:
//   form_timing SCHEMA_OR_FORM_DIR DATA [ARRAY_POINTER] [MEMBER] [NESTED_ARRAY NESTED_MEMBER]
// e.g. form_timing bench/dmfa/schema.json dmfa-10000.json /workers lastName
#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/model/formmodel.h"
#include "ui/form/arraytablemodel.h"
#include "ui/form/formpanel.h"
#include "ui/form/formview.h"
#include "ui/form/tableeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>

#include <cstdio>

using namespace guichet;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: form_timing SCHEMA|FORM_DIR DATA [ARRAY] [MEMBER]\n");
        return 2;
    }
    const QString schemaPath = QString::fromLocal8Bit(argv[1]);
    const std::string arrayPointer = argc > 3 ? argv[3] : "/workers";
    const std::string member = argc > 4 ? argv[4] : "lastName";
    auto definition = QFileInfo(schemaPath).isDir()
                          ? forms::FormDefinition::load(schemaPath)
                          : forms::FormDefinition::fromFiles(schemaPath, {}, {});
    if (!definition) {
        std::fprintf(stderr, "%s\n", qPrintable(definition.error().message));
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray bytes = file.readAll();

    QElapsedTimer timer;
    timer.start();
    auto document = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!document)
        return 2;
    const double parseMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    model::FormModel model((*definition)->compiled());
    model.setDocument(std::move(*document));
    ui::form::FormView view(*definition, &model);
    view.resize(1180, 900);
    view.show();
    QCoreApplication::processEvents();
    const double buildMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    model.waitForValidation();
    QCoreApplication::processEvents();
    const double validationMs = timer.nsecsElapsed() / 1e6;

    ui::form::TableEditor *table = view.tableAt(arrayPointer);
    if (!table) {
        std::printf("parse %.1f ms, build+show %.1f ms, validation done %.1f ms later\n", parseMs,
                    buildMs, validationMs);
        return 0;
    }
    const int row = table->tableModel()->rowCount() / 2;
    table->selectRow(row);
    QCoreApplication::processEvents();
    QLineEdit *edit = nullptr;
    for (const ui::form::FieldBinding &b : table->detail()->bindings())
        if (b.node->name == member && b.line)
            edit = b.line;
    if (!edit) {
        std::fprintf(stderr, "no line edit for %s\n", member.c_str());
        return 2;
    }
    const int keystrokes = 50;
    auto type = [&](QLineEdit *target, double &mean, double &worst) {
        const QString original = target->text();
        double total = 0;
        worst = 0;
        for (int i = 0; i < keystrokes; ++i) {
            timer.restart();
            // One keystroke: the text changes, the model revalidates, widgets and errors follow.
            target->setText(i % 2 ? original : original + QLatin1Char('x'));
            QCoreApplication::processEvents();
            const double ms = timer.nsecsElapsed() / 1e6;
            worst = std::max(worst, ms);
            total += ms;
        }
        mean = total / keystrokes;
    };
    double mean = 0, worst = 0;
    type(edit, mean, worst);
    std::printf("rows %d: parse %.1f ms, build+show %.1f ms, background validation done %.1f ms "
                "later; keystroke in row %d: mean %.2f ms, worst %.2f ms (%d keystrokes)\n",
                table->tableModel()->rowCount(), parseMs, buildMs, validationMs, row, mean, worst,
                keystrokes);
    // A field of a nested row whose object has an if/then/else (its branches are asked again).
    if (argc > 6) {
        const std::string nested = argv[5];
        const std::string nestedMember = argv[6];
        for (ui::form::TableEditor *inner : table->detail()->tables()) {
            if (inner->arrayPointer().substr(inner->arrayPointer().rfind('/') + 1) != nested)
                continue;
            inner->selectRow(0);
            QCoreApplication::processEvents();
            for (const ui::form::FieldBinding &b : inner->detail()->bindings())
                if (b.node->name == nestedMember && b.line) {
                    type(b.line, mean, worst);
                    std::printf("keystroke in %s/0/%s: mean %.2f ms, worst %.2f ms\n",
                                inner->arrayPointer().c_str(), nestedMember.c_str(), mean, worst);
                }
        }
    }
    return 0;
}
