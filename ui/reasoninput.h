#pragma once

#include <QString>

class QWidget;

// QInputDialog::getMultiLineText for reasons and notes, where Tab moves to the buttons (as in
// every other field of the window) instead of typing a tab character nobody means to record.
namespace reasoninput {

QString getMultiLineText(QWidget *parent, const QString &title, const QString &label, const QString &text = {},
                         bool *ok = nullptr);

} // namespace reasoninput
