#pragma once

#include <QString>

class QWidget;

// What F1 is about: the form and field the keyboard focus is in, or a help page a part of the
// window asked for. Read from the widget tree, so nothing has to register with the help.
namespace guichet::ui::help {

// A widget (and everything inside it) may name its help page, e.g. a workspace page:
//   page->setProperty(kHelpTopicProperty, QStringLiteral("employer"));
// Optionally with an anchor of that page: "employer#csv".
inline constexpr char kHelpTopicProperty[] = "guichetHelpTopic";

struct HelpContext
{
    QString formId;  // FormDefinition::id() of the form the widget is in
    QString pointer; // the field's JSON Pointer, rows as their index ("/naturalPersons/3/inss")
    QString topic;   // the closest kHelpTopicProperty above the widget ("employer#csv")

    bool isEmpty() const { return formId.isEmpty() && topic.isEmpty(); }
};

// Walks from widget up to its window: the innermost form field (a FormPanel binding, a table
// cell of a TableEditor), the FormView's form, and the closest help topic.
HelpContext helpContextFor(const QWidget *widget);
// The same for QApplication::focusWidget() (an empty context when nothing has the focus).
HelpContext currentHelpContext();

} // namespace guichet::ui::help
