#include "roleswitcher.h"

#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/roletitle.h"
#include "messagebox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using proofdesk::itemmodels::RecordsContext;
using proofdesk::records::Role;

RoleSwitcher::RoleSwitcher(RecordsContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_user(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_single(new QLabel(this))
{
    setObjectName(QStringLiteral("roleSwitcher"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_user);
    layout->addWidget(m_combo);
    layout->addWidget(m_single);
    m_user->setAccessibleDescription(tr("Current user"));
    m_combo->setAccessibleName(tr("Current role"));
    m_combo->setToolTip(tr("The role you act in; switching is recorded in the audit trail"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_single->setAccessibleName(tr("Current role"));
    m_user->setText(tr("Signed in as <b>%1</b>").arg(m_context->identity().user.toHtmlEscaped()));
    m_user->setToolTip(m_context->identity().source == QLatin1String("os")
                           ? tr("The operating-system account")
                           : tr("The login of %1").arg(m_context->identity().source));
    m_combo->hide();
    m_single->setText(tr("(no role)"));

    connect(m_context, &RecordsContext::rolesChanged, this, &RoleSwitcher::fill);
    connect(m_context, &RecordsContext::roleChanged, this, &RoleSwitcher::showRole);
    connect(m_context, &RecordsContext::switchRefused, this,
            [this](const QString &message) { MessageBox::warning(this, tr("Switch Role"), message); });
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (!m_filling && index >= 0)
            m_context->switchRole(Role(m_combo->itemData(index).toInt()));
    });
    if (m_context->loaded())
        fill();
}

QString RoleSwitcher::shownText() const
{
    return m_combo->isVisible() || !m_combo->isHidden() ? m_combo->currentText() : m_single->text();
}

void RoleSwitcher::fill()
{
    m_filling = true;
    m_combo->clear();
    for (const Role role : m_context->roles())
        m_combo->addItem(proofdesk::itemmodels::roleTitle(proofdesk::records::roleName(role)), int(role));
    m_filling = false;
    const bool several = m_context->roles().size() > 1;
    m_combo->setVisible(several);
    m_single->setVisible(!several);
    showRole();
}

void RoleSwitcher::showRole()
{
    const auto role = m_context->role();
    m_filling = true;
    m_combo->setCurrentIndex(role ? m_combo->findData(int(*role)) : -1);
    m_filling = false;
    m_single->setText(role ? tr("as %1").arg(proofdesk::itemmodels::roleTitle(proofdesk::records::roleName(*role)))
                           : tr("with no role in this data folder"));
}
