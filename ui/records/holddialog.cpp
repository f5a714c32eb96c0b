#include "holddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {
enum Cover { Selection, Search, Key };
}

HoldDialog::HoldDialog(const HoldTargets &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_cover(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_matter(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Apply Legal Hold"));
    setObjectName(QStringLiteral("holdDialog"));
    if (!targets.selectedIds.isEmpty())
        m_cover->addItem(tr("The selected communication(s): %1", nullptr, int(targets.selectedIds.size())).arg(targets.selectedIds.join(QStringLiteral(", "))),
                         QVariantList{Selection});
    // The library takes a search as given; an empty search (everything) is not a hold scope.
    if (!targets.query.trimmed().isEmpty()) {
        const QString count = targets.queryCount >= 0 ? QLocale().toString(targets.queryCount) : tr("all");
        m_cover->addItem(tr("The current search: %1 (%2 now)").arg(targets.query, count), QVariantList{Search});
    }
    for (const auto &key : targets.keys) {
        m_cover->addItem(tr("Everything for %1 %2, also what arrives later").arg(key.first, key.second),
                         QVariantList{Key, key.first, key.second});
    }
    m_cover->setAccessibleName(tr("What the hold covers"));
    m_name->setAccessibleName(tr("Hold name"));
    m_matter->setAccessibleName(tr("Matter or case"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Required; recorded in the audit trail"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply Hold"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Covers:"), m_cover);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Matter:"), m_matter);
    form->addRow(tr("&Reason:"), m_reason);
    auto *note = new QLabel(tr("Held communications cannot be disposed of or purged until every hold on them is "
                               "released. Holds are released, never deleted."), this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &HoldDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &HoldDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(560, sizeHint().height());
}

proofdesk::records::HoldSpec HoldDialog::spec() const
{
    proofdesk::records::HoldSpec spec;
    spec.name = m_name->text().trimmed();
    spec.matter = m_matter->text().trimmed();
    spec.reason = m_reason->toPlainText().trimmed();
    const QVariantList cover = m_cover->currentData().toList();
    switch (cover.value(0).toInt()) {
    case Selection:
        spec.ids = m_targets.selectedIds;
        break;
    case Search:
        spec.query = m_targets.query;
        break;
    case Key:
        spec.scopeField = cover.value(1).toString();
        spec.scopeValue = cover.value(2).toString();
        break;
    }
    return spec;
}

void HoldDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty());
}
