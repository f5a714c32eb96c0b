#include "templatepanel.h"

#include "flowlayout.h"
#include "itemmodels/deliveryeventsmodel.h"
#include "itemmodels/metadatamodel.h"
#include "itemmodels/templateversionsmodel.h"
#include "itemmodels/tones.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

using proofdesk::itemmodels::CommunicationDetail;

TemplatePanel::TemplatePanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_approval(new QLabel(this))
    , m_history(new QPushButton(tr("Template &history…"), this))
    , m_produced(new QPushButton(tr("Communications with this version"), this))
    , m_blocks(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // only fields from a repository, never markup
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleDescription(tr("Template version"));
    m_approval->setWordWrap(true);
    m_approval->setTextFormat(Qt::RichText); // markup of our own; every field in it is escaped
    m_approval->setAccessibleName(tr("Approval at issue time"));
    m_history->setAccessibleDescription(tr("Show every version of this template, with approvals and differences"));
    m_produced->setAccessibleDescription(tr("Search for every communication produced with this template version"));
    m_blocks->setColumnCount(5);
    m_blocks->setHeaderLabels({tr("Content block"), tr("Version"), tr("Title"), tr("Kind"), tr("Status")});
    m_blocks->setRootIsDecorated(false);
    m_blocks->setAccessibleName(tr("Content blocks"));
    m_blocks->header()->setStretchLastSection(true);

    // Wrapping, the two buttons do not set the document pane's narrowest width.
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_history);
    buttons->addWidget(m_produced);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_approval);
    layout->addLayout(buttons);
    layout->addWidget(m_blocks, 1);

    connect(m_history, &QPushButton::clicked, this, [this] { emit historyRequested(m_templateId, m_version); });
    connect(m_produced, &QPushButton::clicked, this, [this] {
        using proofdesk::itemmodels::MetadataModel;
        emit searchRequested(MetadataModel::fieldQuery(QStringLiteral("template"), m_templateId) + QLatin1Char(' ')
                             + MetadataModel::fieldQuery(QStringLiteral("version"), m_version));
    });
    clear();
}

void TemplatePanel::clear()
{
    m_templateId.clear();
    m_version.clear();
    m_summary->setText(tr("No communication selected."));
    m_approval->clear();
    m_blocks->clear();
    m_history->setEnabled(false);
    m_produced->setEnabled(false);
}

QString TemplatePanel::summaryText() const { return m_summary->text() + QLatin1Char('\n') + m_approval->text(); }

namespace {

// The catalogues' strings name a red and a green; the palette's readable ones are put in their
// place (#41: "Approved at issue time" was 3.19:1 on white), whatever the translation says.
QString withTones(QString html)
{
    using proofdesk::itemmodels::tones::text;
    using proofdesk::itemmodels::tones::Tone;
    return html.replace(QLatin1String("#e53935"), text(Tone::Bad).name())
        .replace(QLatin1String("#43a047"), text(Tone::Good).name());
}

} // namespace

QString TemplatePanel::approvalText(const CommunicationDetail &detail) const
{
    if (!detail.templateApprovedAtIssue)
        return withTones(
            tr("<span style=\"color:#e53935\"><b>Unknown template version</b>: the cache has no record of it, "
               "so it cannot be shown to have been approved.</span>"));
    if (!*detail.templateApprovedAtIssue)
        return withTones(
            tr("<span style=\"color:#e53935\"><b>Not approved at issue time.</b></span> This communication was "
               "produced with a version that had no approval in force when it was issued."));
    const QJsonObject &a = detail.approvalAtIssue;
    const auto field = [&a](const char *key) { return a.value(QLatin1String(key)).toString().toHtmlEscaped(); };
    return withTones(
               tr("<span style=\"color:#43a047\"><b>&#10004; Approved at issue time</b></span>: %1 by %2 on %3%4"))
        .arg(field("step"), field("by"),
             proofdesk::itemmodels::DeliveryEventsModel::displayTime(a.value(QStringLiteral("at")).toString())
                 .toHtmlEscaped(),
             field("note").isEmpty() ? QString() : QStringLiteral(" (“%1”)").arg(field("note")));
}

void TemplatePanel::showDetail(const CommunicationDetail &detail)
{
    const QJsonObject tpl = detail.record.value(QStringLiteral("template")).toObject();
    m_templateId = tpl.value(QStringLiteral("id")).toString();
    m_version = tpl.value(QStringLiteral("version")).toString();
    const QJsonObject tv = detail.record.value(QStringLiteral("template_version")).toObject();
    const auto date = [&tv](const char *key) {
        return proofdesk::itemmodels::DeliveryEventsModel::displayTime(tv.value(QLatin1String(key)).toString());
    };
    m_summary->setText(tr("%1 version %2 — %3\nStatus now: %4. Effective from %5%6")
                           .arg(m_templateId, m_version, tv.value(QStringLiteral("name")).toString(),
                                tv.value(QStringLiteral("status")).toString(tr("unknown")), date("effective_from"),
                                tv.value(QStringLiteral("effective_to")).isString()
                                    ? tr(" to %1").arg(date("effective_to"))
                                    : QString()));
    m_approval->setText(approvalText(detail));
    m_history->setEnabled(!m_templateId.isEmpty());
    m_produced->setEnabled(!m_templateId.isEmpty());
    showBlocks(detail);
}

void TemplatePanel::showBlocks(const CommunicationDetail &detail)
{
    m_blocks->clear();
    for (const auto &b : detail.blocks) {
        auto *item = new QTreeWidgetItem(m_blocks, {b.id, b.version, b.title, b.kind, b.status});
        item->setToolTip(2, Qt::convertFromPlainText(b.title)); // a tooltip would render a tag
    }
    for (int c = 0; c < 4; ++c)
        m_blocks->resizeColumnToContents(c);
}
