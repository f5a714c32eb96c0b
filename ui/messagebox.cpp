#include "messagebox.h"

#include "quitonsignal.h"

#include <QLoggingCategory>
#include <QStandardPaths>

namespace {
QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
QString s_lastText;
int s_shown = 0;
std::function<void()> s_whileShown;
QMessageBox::StandardButton s_lastDefault = QMessageBox::NoButton;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
QString MessageBox::lastText() { return s_lastText; }
int MessageBox::shownCount() { return s_shown; }
QMessageBox::StandardButton MessageBox::lastDefaultButton() { return s_lastDefault; }
void MessageBox::setWhileShown(std::function<void()> hook) { s_whileShown = std::move(hook); }

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             const QString &details)
{
    s_lastText = text;
    ++s_shown;
    // The answer that changes nothing is the default: a Return pressed in haste removes nothing.
    s_lastDefault = buttons.testFlag(QMessageBox::No) ? QMessageBox::No : QMessageBox::NoButton;
    if (s_nextAnswer != QMessageBox::NoButton) {
        if (s_whileShown)
            s_whileShown();
        return s_nextAnswer;
    }
    if (terminationRequested()) {
        // Quitting on a signal: a box now would keep the process waiting for nobody.
        qWarning().noquote() << "Not shown while quitting:" << title << "-" << text;
        return buttons.testFlag(QMessageBox::No) ? QMessageBox::No : QMessageBox::Ok;
    }
    if (QStandardPaths::isTestModeEnabled()) {
        // A box no test answered would wait for a person who never comes: the test would hang
        // until ctest kills it, with nothing said. Say what it showed and take the answer that
        // changes nothing (No to a question), so that the test fails on what it checks.
        qWarning().noquote() << "Unanswered message box in a test:" << title << "-" << text << details;
        return buttons.testFlag(QMessageBox::No) ? QMessageBox::No : QMessageBox::Ok;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (s_lastDefault != QMessageBox::NoButton)
        box.setDefaultButton(s_lastDefault);
    box.setAccessibleName(title);
    box.setAccessibleDescription(text);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                                 const QString &details)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, details);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                const QString &details)
{
    return show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, details);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No);
}
