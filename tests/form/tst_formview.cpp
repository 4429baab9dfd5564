// FormView with real widgets: typing reaches the model, conditionals show and hide fields, the
// error summary takes you to the field, tables of 10,000 rows, accessibility, keyboard only.
#include "formtestutil.h"
#include "formviewschemas.h"

#include "core/i18n.h"
#include "core/json/pointer.h"
#include "core/model/formmodel.h"
#include "ui/form/arraytablemodel.h"
#include "ui/form/dateedit.h"
#include "ui/form/errorsummary.h"
#include "ui/form/formview.h"
#include "ui/form/numberedit.h"
#include "ui/form/tableeditor.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace guichet;
using ui::form::FieldBinding;
using ui::form::FormView;

namespace {

struct Fixture
{
    std::shared_ptr<const forms::FormDefinition> definition;
    std::unique_ptr<model::FormModel> model;
    std::unique_ptr<FormView> view;

    Fixture(const QByteArray &schema, const QByteArray &ui, const QByteArray &data)
    {
        definition = formtest::definition(schema, ui);
        model = std::make_unique<model::FormModel>(definition->compiled());
        model->setDocument(formtest::parse(data), model::FormModel::Validation::Sync);
        view = std::make_unique<FormView>(definition, model.get());
        view->resize(900, 700);
    }

    const FieldBinding &binding(const std::string &rel) const
    {
        const FieldBinding *b = formtest::binding(view->rootPanel(), rel);
        Q_ASSERT(b);
        return *b;
    }
    std::string value(const std::string &pointer) const
    {
        const json::Value *v = model->value(pointer);
        return v ? formtest::compact(*v) : std::string("(absent)");
    }
    void showActive()
    {
        view->show();
        QApplication::setActiveWindow(view.get());
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
    }
};

json::Value manyOrders(int n)
{
    json::Array orders;
    orders.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        json::Object o;
        o.appendUnique("id", json::Value(std::int64_t(i)));
        o.appendUnique("label", json::Value("order " + std::to_string(n - i)));
        orders.push_back(json::Value(std::move(o)));
    }
    json::Object root;
    root.appendUnique("customer", json::Value("Anna"));
    root.appendUnique("orders", json::Value(std::move(orders)));
    return json::Value(std::move(root));
}

} // namespace

class TestFormView : public QObject
{
    Q_OBJECT

private slots:
    void init() { i18n::setLanguage(QStringLiteral("en")); }

    void typingUpdatesTheModel_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("text") << "en"
                              << "/name"
                              << "Anna"
                              << "\"Anna\"";
        QTest::newRow("number with a decimal comma in French") << "fr"
                                                               << "/amount"
                                                               << "1234,5"
                                                               << "1234.5";
        QTest::newRow("number keeps every digit typed") << "en"
                                                        << "/amount"
                                                        << "0.1000000000000000055511"
                                                        << "0.1000000000000000055511";
        QTest::newRow("cents typed as euros in Dutch") << "nl"
                                                       << "/cents"
                                                       << "12,50"
                                                       << "1250";
        QTest::newRow("date typed the Belgian way") << "fr"
                                                    << "/born"
                                                    << "28/02/2024"
                                                    << "\"2024-02-28\"";
        QTest::newRow("date typed in ISO") << "en"
                                           << "/born"
                                           << "2024-02-29"
                                           << "\"2024-02-29\"";
        QTest::newRow("not a number stays as typed, never rounded") << "en"
                                                                    << "/amount"
                                                                    << "12..5"
                                                                    << "\"12..5\"";
    }

    void typingUpdatesTheModel()
    {
        QFETCH(QString, language);
        QFETCH(QString, pointer);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        i18n::setLanguage(language);
        Fixture f(kPersonSchema, kPersonUi, "{}");
        const FieldBinding &b = f.binding(pointer.toStdString());
        QLineEdit *edit = b.line ? b.line : b.number ? b.number : b.date->lineEdit();
        QTest::keyClicks(edit, typed);
        QCOMPARE(QString::fromStdString(f.value(pointer.toStdString())), stored);
        // Clearing the field removes the member: an empty answer is no answer.
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QCOMPARE(QString::fromStdString(f.value(pointer.toStdString())),
                 QStringLiteral("(absent)"));
    }

    void numbersShowInTheUserLanguage()
    {
        i18n::setLanguage(QStringLiteral("fr"));
        Fixture f(kPersonSchema, kPersonUi, R"({"amount": 1234.50, "cents": 1250})");
        QCOMPARE(f.binding("/amount").number->text(), QStringLiteral("1234,50"));
        QCOMPARE(f.binding("/cents").number->text(), QStringLiteral("12,50"));
    }

    void ifThenElseShowsAndHidesFields()
    {
        Fixture f(kPersonSchema, kPersonUi, R"({"name": "Anna"})");
        QVERIFY(!f.binding("/region").visible);
        QVERIFY(f.binding("/department").visible); // else branch: no country is not BE
        QComboBox *country = f.binding("/country").combo;
        country->setCurrentIndex(country->findText(QStringLiteral("BE")));
        emit country->activated(country->currentIndex());
        QCOMPARE(QString::fromStdString(f.value("/country")), QStringLiteral("\"BE\""));
        QVERIFY(f.binding("/region").visible);
        QVERIFY(f.binding("/region").required);
        QVERIFY(f.binding("/region").label->text().endsWith(QLatin1String(" *")));
        QVERIFY(!f.binding("/department").visible);
        country->setCurrentIndex(country->findText(QStringLiteral("FR")));
        emit country->activated(country->currentIndex());
        QVERIFY(!f.binding("/region").visible);
        QVERIFY(f.binding("/department").visible);
    }

    void hiddenValuesAreKept()
    {
        Fixture f(kPersonSchema, kPersonUi,
                  R"({"name": "Anna", "country": "BE", "region": "BRU"})");
        QComboBox *country = f.binding("/country").combo;
        country->setCurrentIndex(country->findText(QStringLiteral("NL")));
        emit country->activated(country->currentIndex());
        QVERIFY(!f.binding("/region").visible);
        QCOMPARE(QString::fromStdString(f.value("/region")), QStringLiteral("\"BRU\""));
    }

    void dependentRequiredMarksTheField()
    {
        Fixture f(kPersonSchema, kPersonUi, R"({"name": "Anna"})");
        QVERIFY(!f.binding("/phone").required);
        QTest::keyClicks(f.binding("/email").line, QStringLiteral("a@b.be"));
        QVERIFY(f.binding("/phone").required);
        QVERIFY(f.binding("/phone").label->text().endsWith(QLatin1String(" *")));
    }

    void oneOfSwitchKeepsCompatibleValues()
    {
        Fixture f(kPersonSchema, kPersonUi,
                  R"({"name": "Anna", "payment": {"kind": "card", "number": "4111"}})");
        const FieldBinding &selector = f.binding("/payment");
        QCOMPARE(selector.widget, FieldBinding::Widget::Alternative);
        QCOMPARE(selector.combo->currentText(), QStringLiteral("Card"));
        QVERIFY(f.binding("/payment/number").visible);
        QVERIFY(!f.binding("/payment/iban").visible);
        selector.combo->setCurrentIndex(2);
        emit selector.combo->activated(2);
        QCOMPARE(QString::fromStdString(f.value("/payment")),
                 QStringLiteral(R"({"kind":"transfer"})"));
        QVERIFY(!f.binding("/payment/number").visible);
        QVERIFY(f.binding("/payment/iban").visible);
        f.model->undo();
        QCOMPARE(QString::fromStdString(f.value("/payment/number")), QStringLiteral("\"4111\""));
    }

    void jsonFallbackForUnknownShapes()
    {
        Fixture f(kPersonSchema, kPersonUi, R"({"name": "Anna", "extra": {"a": [1, 2]}})");
        const FieldBinding &b = f.binding("/extra");
        QCOMPARE(b.widget, FieldBinding::Widget::Json);
        b.plain->setPlainText(QStringLiteral("{\"a\": [1, 2, 3]}"));
        QCOMPARE(QString::fromStdString(f.value("/extra")), QStringLiteral(R"({"a":[1,2,3]})"));
        b.plain->setPlainText(QStringLiteral("{\"a\": ")); // not JSON: the value is kept
        QCOMPARE(QString::fromStdString(f.value("/extra")), QStringLiteral(R"({"a":[1,2,3]})"));
        QVERIFY(b.error->isVisibleTo(f.view.get()));
    }

    void errorsShowAfterTouchOrSubmit()
    {
        Fixture f(kPersonSchema, kPersonUi, R"({"name": "A"})");
        f.showActive();
        const FieldBinding &name = f.binding("/name");
        QVERIFY(!name.error->isVisible());
        QVERIFY(!f.view->validateAll());
        QVERIFY(name.error->isVisible());
        QVERIFY(name.error->text().startsWith(QStringLiteral("⚠")));
        QVERIFY(f.view->errorSummary()->isVisible());
    }

    void errorSummaryTakesYouToTheField()
    {
        Fixture f(kPersonSchema, kPersonUi, R"({"name": "A", "email": "x"})");
        f.showActive();
        f.view->validateAll();
        QListView *list = f.view->errorSummary()->list();
        int phoneRow = -1;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            if (list->model()->index(r, 0).data(Qt::UserRole).toString() == QLatin1String("/phone"))
                phoneRow = r;
        QVERIFY(phoneRow >= 0);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(phoneRow, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), f.binding("/phone").editor);
    }

    // After "Check", the summary's rows follow each edit (no re-read of every error) and stay
    // those of the model, in its order.
    void errorSummaryFollowsEdits()
    {
        Fixture f(kOrdersSchema, {},
                  R"({"orders": [{"id": 1}, {"label": "no id"}, {"id": "x"}, {}]})");
        f.showActive();
        QVERIFY(!f.view->validateAll());
        QListView *list = f.view->errorSummary()->list();
        auto same = [&] {
            const auto &errors = f.model->errors();
            if (list->model()->rowCount() != int(errors.size()))
                return false;
            for (int r = 0; r < int(errors.size()); ++r)
                if (list->model()->index(r, 0).data(Qt::UserRole).toString().toStdString() !=
                    errors[std::size_t(r)].fieldLocation)
                    return false;
            return f.view->errorSummary()->count() == int(errors.size());
        };
        QVERIFY(same());
        f.model->setValue("/orders/2/id", json::Value(std::int64_t(3)));
        QVERIFY(same());
        f.model->setValue("/orders/0/id", json::Value("bad"));
        QVERIFY(same());
        f.model->removeItems("/orders", {1});
        QVERIFY(same());
        f.model->insertItems("/orders", 0, {formtest::parse("{}"), formtest::parse("{}")});
        QVERIFY(same());
        f.model->setValue("/customer", json::Value("Anna"));
        QVERIFY(same());
        f.model->undo();
        f.model->undo();
        QVERIFY(same());
        QCoreApplication::processEvents();
        QVERIFY(f.view->errorSummary()->list()->accessibleName().contains(
            QString::number(f.model->errorCount())));
    }

    void errorSummaryOpensTheTableRow()
    {
        Fixture f(kOrdersSchema, {},
                  R"({"customer": "A", "orders": [{"id": 1}, {"label": "no id"}]})");
        f.showActive();
        f.view->validateAll();
        ui::form::TableEditor *table = f.view->tableAt("/orders");
        QVERIFY(table);
        QCOMPARE(table->tableModel()
                     ->index(1, 0)
                     .data(ui::form::ArrayTableModel::ErrorCountRole)
                     .toInt(),
                 1);
        QVERIFY(!table->tableModel()->index(1, 0).data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(f.view->focusPointer(QStringLiteral("/orders/1/id")));
        QCOMPARE(table->currentRow(), 1);
        QVERIFY(table->detail()->isVisible());
        QCOMPARE(QApplication::focusWidget(), formtest::binding(table->detail(), "/id")->editor);
    }

    void tableOfTenThousandRows()
    {
        Fixture f(kOrdersSchema, {}, "{}");
        f.model->setDocument(manyOrders(10000), model::FormModel::Validation::Sync);
        ui::form::TableEditor *table = f.view->tableAt("/orders");
        ui::form::ArrayTableModel *rows = table->tableModel();
        QCOMPARE(rows->rowCount(), 10000);

        // Add: defaults applied.
        table->addRow();
        QCOMPARE(rows->rowCount(), 10001);
        QCOMPARE(QString::fromStdString(f.value("/orders/10000")),
                 QStringLiteral(R"({"label":"new"})"));
        QCOMPARE(table->currentRow(), 10000);

        // Edit a cell through the view's model.
        QVERIFY(rows->setData(rows->index(5000, 2), QStringLiteral("edited"), Qt::EditRole));
        QCOMPARE(QString::fromStdString(f.value("/orders/5000/label")),
                 QStringLiteral("\"edited\""));

        // Remove several selected rows.
        QItemSelection selection;
        for (int r : {1, 2, 3}) {
            const QModelIndex i = table->proxy()->mapFromSource(rows->index(r, 1));
            selection.select(i, i);
        }
        table->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
        table->removeSelectedRows();
        QCOMPARE(rows->rowCount(), 9998);
        QCOMPARE(QString::fromStdString(f.value("/orders/1/id")), QStringLiteral("4"));

        // Paste rows from a spreadsheet at the end.
        table->selectRow(rows->rowCount() - 1);
        table->view()->setCurrentIndex(
            table->proxy()->mapFromSource(rows->index(rows->rowCount() - 1, 1)));
        table->pasteRows(QStringLiteral("77\tpasted one\n78\tpasted two\n"));
        QCOMPARE(rows->rowCount(), 9999);
        QCOMPARE(QString::fromStdString(f.value("/orders/9997")),
                 QStringLiteral(R"({"label":"pasted one","id":77})"));
        QCOMPARE(QString::fromStdString(f.value("/orders/9998")),
                 QStringLiteral(R"({"label":"pasted two","id":78})"));

        // Sorting shows another order without touching the document.
        const std::string before = formtest::compact(*f.model->value("/orders"));
        table->view()->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(table->proxy()->index(0, 1).data().toString(), QStringLiteral("9999"));
        QCOMPARE(formtest::compact(*f.model->value("/orders")), before);
        // Filtering too.
        table->filterEdit()->setText(QStringLiteral("pasted"));
        QCOMPARE(table->proxy()->rowCount(), 2);
        QCOMPARE(formtest::compact(*f.model->value("/orders")), before);

        // Undo the paste, the edit, the removal and the addition.
        f.model->undo();
        f.model->undo();
        f.model->undo();
        f.model->undo();
        QCOMPARE(rows->rowCount(), 10000);
        QCOMPARE(formtest::compact(*f.model->value("/orders")),
                 formtest::compact(manyOrders(10000)["orders"]));
    }

    void accessibleNamesAndDescriptions()
    {
        Fixture f(kPersonSchema, kPersonUi, R"({"name": "A"})");
        f.showActive();
        f.view->validateAll();
        const FieldBinding &name = f.binding("/name");
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(name.editor);
        QVERIFY(a);
        QCOMPARE(a->text(QAccessible::Name), QStringLiteral("Name"));
        const QString description = a->text(QAccessible::Description);
        QVERIFY2(description.contains(QStringLiteral("Required")), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("As on the identity card")));
        QVERIFY(description.contains(QStringLiteral("Error:")));
        QCOMPARE(name.label->buddy(), name.editor);
        QCOMPARE(name.line->placeholderText(), QStringLiteral("Anna Peeters"));
        // Every input has a name.
        for (const auto &field : f.view->fields()) {
            QAccessibleInterface *i = QAccessible::queryAccessibleInterface(field.widget);
            QVERIFY(i);
            QVERIFY2(!i->text(QAccessible::Name).isEmpty(), qPrintable(field.pointer));
        }
    }

    void keyboardOnly()
    {
        Fixture f(kOrdersSchema, {}, R"({"orders": []})");
        f.showActive();
        const FieldBinding &customer = f.binding("/customer");
        customer.editor->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Anna"));
        QCOMPARE(QString::fromStdString(f.value("/customer")), QStringLiteral("\"Anna\""));
        // Tab to the table (past its toolbar buttons), add a row with the keyboard.
        ui::form::TableEditor *table = f.view->tableAt("/orders");
        for (int i = 0; i < 20 && QApplication::focusWidget() != table->view(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), table->view());
        QTest::keyClick(table->view(), Qt::Key_Insert);
        QCOMPARE(table->tableModel()->rowCount(), 1);
        // The new row's editor has the focus: type the id, Tab to the label, type.
        QCOMPARE(QApplication::focusWidget(), formtest::binding(table->detail(), "/id")->editor);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("42"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), formtest::binding(table->detail(), "/label")->editor);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("first"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // "Paid"
        QCOMPARE(QString::fromStdString(f.value("/orders/0")),
                 QStringLiteral(R"({"label":"first","id":42,"paid":true})"));
        // Shift+Tab goes back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), formtest::binding(table->detail(), "/label")->editor);
        // Submit with the keyboard.
        QSignalSpy validated(f.view.get(), &FormView::validated);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(validated.count(), 1);
        QCOMPARE(validated.first().first().toBool(), true);
        // Undo with the keyboard (from the check box: a line edit undoes its own typing first).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(QString::fromStdString(f.value("/orders/0/paid")), QStringLiteral("(absent)"));
    }
};

QTEST_MAIN(TestFormView)
#include "tst_formview.moc"
