#include "holddialog.h"

#include "holdqueryfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {
enum Cover { Selection, Search, Key };
}

HoldDialog::HoldDialog(const HoldTargets &targets, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_cover(new QComboBox(this))
    , m_query(new HoldQueryField(databasePath, this))
    , m_name(new QLineEdit(this))
    , m_matter(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_form(new QFormLayout(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Apply Legal Hold"));
    setObjectName(QStringLiteral("holdDialog"));
    if (!targets.selectedIds.isEmpty())
        m_cover->addItem(tr("The selected communication(s): %1", nullptr, int(targets.selectedIds.size()))
                             .arg(targets.selectedIds.join(QStringLiteral(", "))),
                         QVariantList{Selection});
    // Always offered: the search can be typed here when the window's box is empty. It starts
    // as the box reads now, and is counted here, so no count of an earlier search is shown.
    m_cover->addItem(tr("What a search finds now"), QVariantList{Search});
    m_query->setQuery(targets.query);
    for (const auto &key : targets.keys) {
        m_cover->addItem(tr("Everything for %1 %2, also what arrives later").arg(key.first, key.second),
                         QVariantList{Key, key.first, key.second});
    }
    m_cover->setAccessibleName(tr("What the hold covers"));
    m_name->setAccessibleName(tr("Hold name"));
    m_matter->setAccessibleName(tr("The matter the hold is for"));
    m_matter->setPlaceholderText(tr("Optional: a matter's id, MAT-…"));
    m_matter->setToolTip(tr("The matter this hold is for, as the Matters tab lists it; the hold then shows in the "
                            "matter"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Required; recorded in the audit trail"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply Hold"));

    m_form->addRow(tr("&Covers:"), m_cover);
    m_form->addRow(tr("&Search:"), m_query);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Matter:"), m_matter);
    m_form->addRow(tr("&Reason:"), m_reason);
    auto *note = new QLabel(tr("Held communications cannot be disposed of or purged until every hold on them is "
                               "released. Holds are released, never deleted."),
                            this);
    note->setWordWrap(true);
    m_form->addRow(note);
    m_form->addRow(m_buttons);

    connect(m_cover, &QComboBox::currentIndexChanged, this, &HoldDialog::update);
    connect(m_query, &HoldQueryField::stateChanged, this, &HoldDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &HoldDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &HoldDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canApply()) // Return in the search box while it is still counting applies nothing
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(560, sizeHint().height());
}

bool HoldDialog::coversSearch() const { return m_cover->currentData().toList().value(0).toInt() == Search; }

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
        spec.query = m_query->query(); // the query counted here, resolved again as the hold is applied
        break;
    case Key:
        spec.scopeField = cover.value(1).toString();
        spec.scopeValue = cover.value(2).toString();
        break;
    }
    return spec;
}

bool HoldDialog::canApply() const
{
    return !m_name->text().trimmed().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty()
           && (!coversSearch() || m_query->isReady());
}

void HoldDialog::update()
{
    m_form->setRowVisible(m_query, coversSearch());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canApply());
}
