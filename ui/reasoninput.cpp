#include "reasoninput.h"

#include <QInputDialog>
#include <QPlainTextEdit>

namespace reasoninput {

QString getMultiLineText(QWidget *parent, const QString &title, const QString &label, const QString &text, bool *ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(text);
    for (QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>())
        edit->setTabChangesFocus(true);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

} // namespace reasoninput
