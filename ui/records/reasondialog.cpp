#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(const QString &title, const QString &message, const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *text = new QLabel(message, this);
    text->setTextFormat(Qt::PlainText); // names and ids from repositories are never markup
    text->setWordWrap(true);
    auto *reasonLabel = new QLabel(tr("&Reason (required, recorded in the audit trail):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason"));

    auto *buttons = new QDialogButtonBox(this);
    m_action = buttons->addButton(actionText, QDialogButtonBox::DestructiveRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_action->setAutoDefault(false);
    m_action->setDefault(false);
    m_action->setEnabled(false);
    m_cancel->setDefault(true);
    connect(m_action, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_action->setEnabled(!t.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString ReasonDialog::reason() const { return m_reason->text().trimmed(); }

QString ReasonDialog::ask(QWidget *parent, const QString &title, const QString &message, const QString &actionText)
{
    ReasonDialog dialog(title, message, actionText, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}
