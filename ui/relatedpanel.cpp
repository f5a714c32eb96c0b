#include "relatedpanel.h"

#include <QListWidget>
#include <QLocale>
#include <QTextDocument>
#include <QVBoxLayout>

using proofdesk::itemmodels::RelatedLink;

RelatedPanel::RelatedPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    m_list->setAccessibleName(tr("Related communications"));
    m_list->setAccessibleDescription(tr("Press Return or double-click to search for them"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit searchRequested(item->data(Qt::UserRole).toString()); });
}

void RelatedPanel::showLinks(const QList<RelatedLink> &links)
{
    m_list->clear();
    for (const auto &link : links) {
        QString text = link.label;
        if (link.kind == RelatedLink::Kind::BusinessKey)
            text = tr("%1 — %n communication(s)", nullptr, int(link.count)).arg(link.label);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, link.query);
        // A tooltip guesses its format: a key with a tag would render unless converted.
        item->setToolTip(Qt::convertFromPlainText(tr("Search: %1").arg(link.query)));
        if (link.kind != RelatedLink::Kind::BusinessKey) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    if (links.isEmpty())
        new QListWidgetItem(tr("Nothing related in the cache."), m_list);
}
