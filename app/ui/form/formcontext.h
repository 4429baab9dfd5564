#pragma once

#include "core/forms/formdefinition.h"
#include "core/model/formmodel.h"

#include <QLocale>
#include <QString>

#include <memory>

namespace guichet::ui::form {

class FormView;

// What every part of a rendered form shares: the definition (schema, UI schema, texts), the
// model being edited and the view (for focus requests). Texts are looked up in the current UI
// language each time, so a language switch only needs a retranslation pass.
struct FormContext
{
    std::shared_ptr<const forms::FormDefinition> definition;
    model::FormModel *model = nullptr;
    FormView *view = nullptr;

    QString text(const QString &key, const QString &fallback) const;
    // The label of a field: the control's label/i18n, <key>.title, the schema's title, or the
    // property name made readable ("lastName" -> "Last name").
    QString title(const forms::FieldNode &node, const forms::UiElement *control = nullptr) const;
    QString help(const forms::FieldNode &node, const forms::UiElement *control = nullptr) const;
    QString placeholder(const forms::FieldNode &node,
                        const forms::UiElement *control = nullptr) const;
    QString choiceLabel(const forms::Choice &choice) const;
    QString message(const schema::ValidationError &error) const;
    QLocale locale() const { return QLocale(); }

    static QString humanize(const std::string &name);
};

// Appends a property name to a pointer ("/a" + "b~c" -> "/a/b~0c").
std::string childPointer(const std::string &pointer, std::string_view name);
std::string itemPointer(const std::string &pointer, int index);

} // namespace guichet::ui::form
