#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the recorded reason of an action that cannot be undone (a disposition, a hold's
// release): says what will happen, starts with an empty reason, and keeps the action's
// button disabled until one is typed. The action is never the default button: Return in
// the reason does not destroy anything; Cancel is the default.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &message, const QString &actionText, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Runs the dialog; the trimmed reason, or empty when cancelled.
    static QString ask(QWidget *parent, const QString &title, const QString &message, const QString &actionText);

private:
    QLineEdit *m_reason;
    QPushButton *m_action;
    QPushButton *m_cancel;
};
