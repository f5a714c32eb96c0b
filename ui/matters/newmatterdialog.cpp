#include "newmatterdialog.h"

#include "records/matter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewMatterDialog::NewMatterDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_tags(new QLineEdit(proofdesk::records::defaultReviewTags().join(QStringLiteral(", ")), this))
{
    setWindowTitle(tr("New Matter"));
    auto *intro = new QLabel(tr("A matter gathers the searches, review, holds and productions of one question: an "
                                "examiner's request, a complaint, a litigation."),
                             this);
    intro->setWordWrap(true);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Q3 2025 fee-change notices, lending"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. Examiner request 2025-17 of 3 November"));
    m_tags->setAccessibleName(tr("Review tags"));
    m_tags->setToolTip(tr("Up to nine, separated by commas: keys 1 to 9 set them while reviewing"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Reason (recorded):"), m_reason);
    form->addRow(tr("Review ta&gs:"), m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open Matter"), QDialogButtonBox::AcceptRole);
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_title, m_reason})
        connect(edit, &QLineEdit::textChanged, this,
                [this] { m_open->setEnabled(!title().isEmpty() && !reason().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString NewMatterDialog::title() const { return m_title->text().trimmed(); }
QString NewMatterDialog::reason() const { return m_reason->text().trimmed(); }

QStringList NewMatterDialog::tags() const
{
    QStringList out;
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            out << t.trimmed();
    }
    return out;
}
