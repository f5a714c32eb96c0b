#include "reasoninput.h"

#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>

namespace reasoninput {

QString getMultiLineText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("reasonInputDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(text);
    // The label carries what others typed (a requester's reason of 400 characters): it wraps,
    // as plain text, and the dialog stays within a 1280 px screen (#41: it was 2,627 px wide).
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    for (QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>()) {
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(title);
        edit->setAccessibleDescription(label);
    }
    dialog.setMinimumWidth(420);
    dialog.setMaximumWidth(640);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

} // namespace reasoninput
