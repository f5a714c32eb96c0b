#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

// Message boxes that tests can answer without a person (KeePassXC's idea): with a next
// answer set, the box is not shown and that answer is returned once. The last text asked
// is kept, so a test can check what the user would have read.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text,
                                                const QString &details = {});
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               const QString &details = {});
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);

    // Answer every box with `answer` until reset (QMessageBox::NoButton shows them again).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static int shownCount();
    // The default button of the last box asked (NoButton: Qt's choice). A question's is No.
    static QMessageBox::StandardButton lastDefaultButton();
    // Called in place of the box's own event loop while an answered box "is on screen": a test
    // looks at what else is there meanwhile (no progress box left on top of it). Empty: none.
    static void setWhileShown(std::function<void()> hook);

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            const QString &details = {});
};
