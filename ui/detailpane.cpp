#include "detailpane.h"

#include "documentview.h"
#include "domain/codelabels.h"
#include "fixitybadge.h"
#include "itemmodels/deliveryeventsmodel.h"
#include "itemmodels/detailloader.h"
#include "itemmodels/metadatamodel.h"
#include "itemmodels/records/pendingreissues.h"
#include "plaintooltips.h"
#include "relatedpanel.h"
#include "services/documentfetchjob.h"
#include "sync/documentfetch.h"
#include "templatepanel.h"
#include "util/cuttext.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace proofdesk::itemmodels;
using proofdesk::domain::CodeLabels;

namespace {

// A field in the title, cut: the title is one line, and a repository's record that is not
// cached may hold a field of megabytes (the cache cuts what it keeps: sync/fieldbounds.h).
QString titlePart(const QString &field) { return proofdesk::util::cutText(field, 256); }

} // namespace

DetailPane::DetailPane(const QString &databasePath, const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_loader(new DetailLoader(databasePath, dataDir, this))
    , m_metadata(new MetadataModel(this))
    , m_events(new DeliveryEventsModel(this))
    , m_title(new QLabel(this))
    , m_rowChanged(new QLabel(this))
    , m_badge(new FixityBadge(this))
    , m_refetch(new QPushButton(tr("Fetch &Again and Verify"), this))
    , m_evidence(new QPushButton(tr("E&xport Evidence…"), this))
    , m_keepOffline(new QPushButton(tr("&Keep Offline"), this))
    , m_document(new DocumentView(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_template(new TemplatePanel(this))
    , m_related(new RelatedPanel(this))
    , m_fetch(new proofdesk::services::DocumentFetchJob(databasePath, dataDir, this))
{
    setUpTitle();
    setUpButtons();
    layOut();
    connectParts();
}

void DetailPane::setUpTitle()
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleDescription(tr("Selected communication"));
    m_title->setProperty(PlainToolTips::kPlainToolTip, true);
    m_title->setTextFormat(Qt::PlainText); // fields from a repository are never markup
    m_title->setText(tr("No communication selected"));
    // The title's text grows and shrinks with each selection: were its width a minimum, the
    // main splitter would move every time a document is selected. Too long a title is cut;
    // its tooltip has it whole.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Likewise the badge: a SHA-256 is one unbreakable word as wide as a narrow pane.
    m_badge->setMinimumWidth(1);
    m_rowChanged->setObjectName(QStringLiteral("rowChangedWarning"));
    m_rowChanged->setWordWrap(true);
    m_rowChanged->setTextFormat(Qt::PlainText);
    m_rowChanged->setText(
        tr("⚠ Changed outside Proofdesk: this letter's row, its text or one of its delivery events in the cache "
           "no longer holds what was written. It is not produced and gives no evidence package (proofdesk-cli "
           "cache verify)."));
    m_rowChanged->setAccessibleName(tr("Changed outside Proofdesk"));
    QFont warningFont = m_rowChanged->font();
    warningFont.setBold(true);
    m_rowChanged->setFont(warningFont);
    // Room for three lines: a word-wrapped label under an ignored width is otherwise given the
    // height of fewer and cut (looked at in a 1280x720 window).
    m_rowChanged->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_rowChanged->setMinimumHeight(3 * QFontMetrics(warningFont).lineSpacing() + 4);
    m_rowChanged->hide();
}

// Shown with the fixity badge, once a communication is.
void DetailPane::setUpButtons()
{
    m_badge->hide();
    m_refetch->hide();
    m_refetch->setAutoDefault(false);
    m_refetch->setToolTip(tr("Ask the repository for the document's bytes again and check them against the "
                             "recorded SHA-256"));
    m_evidence->setObjectName(QStringLiteral("exportEvidenceFromDetail"));
    m_evidence->setAutoDefault(false);
    m_evidence->setToolTip(tr("Write an evidence package of this communication: the document as sent, its "
                              "delivery, template, holds and audit entries, with SHA-256 sums"));
    m_evidence->setEnabled(false);
    m_evidence->hide();
    m_keepOffline->setObjectName(QStringLiteral("keepOfflineFromDetail"));
    m_keepOffline->setAutoDefault(false);
    m_keepOffline->setToolTip(tr("Bring this communication into the cache, as a sync would: it is then searched, "
                                 "opened and audited like every cached one"));
    m_keepOffline->hide();
}

void DetailPane::layOut()
{
    m_tabs->addTab(buildMetadataTab(), tr("&Details"));
    m_tabs->addTab(buildDeliveryTab(), tr("De&livery"));
    m_tabs->addTab(m_template, tr("&Template"));
    m_tabs->addTab(m_related, tr("&Related"));
    m_tabs->setAccessibleName(tr("Communication details"));
    m_splitter->addWidget(m_document);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({560, 300}); // the document first: it is what the reviewer came for
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_rowChanged);
    auto *fixityRow = new QHBoxLayout;
    fixityRow->addWidget(m_badge, 1);
    fixityRow->addWidget(m_refetch, 0, Qt::AlignTop);
    fixityRow->addWidget(m_evidence, 0, Qt::AlignTop);
    fixityRow->addWidget(m_keepOffline, 0, Qt::AlignTop);
    fixityRow->addStretch(0); // takes the room of a hidden badge: the buttons keep their size
    layout->addLayout(fixityRow);
    layout->addWidget(m_splitter, 1);
}

void DetailPane::connectParts()
{
    connect(m_refetch, &QPushButton::clicked, this, &DetailPane::refetch);
    connect(m_keepOffline, &QPushButton::clicked, this, &DetailPane::keepOfflineRequested);
    connect(m_evidence, &QPushButton::clicked, this, [this] {
        if (!m_detail.id().isEmpty())
            emit evidenceRequested(m_detail.id());
    });
    connect(m_loader, &DetailLoader::loaded, this, &DetailPane::onLoaded);
    connect(m_template, &TemplatePanel::historyRequested, this, &DetailPane::templateHistoryRequested);
    connect(m_template, &TemplatePanel::searchRequested, this, &DetailPane::searchRequested);
    connect(m_related, &RelatedPanel::searchRequested, this, &DetailPane::searchRequested);
    connect(m_fetch, &proofdesk::services::DocumentFetchJob::finished, this,
            [this](const QString &id, const QString &fixity, const QString &, const QString &message) {
                onFetched(id, fixity, message);
            });
    connect(m_document, &DocumentView::retryRequested, this, &DetailPane::retryFetch);
}

QWidget *DetailPane::buildMetadataTab()
{
    auto *view = new QTableView(this);
    m_metadataView = view;
    view->setModel(m_metadata);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->resizeSection(MetadataModel::LabelColumn, 150);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    view->setAccessibleName(tr("Metadata"));
    view->setAccessibleDescription(tr("Double-click or press Return on a key to search for everything with it"));
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString query = index.data(MetadataModel::QueryRole).toString();
        if (!query.isEmpty())
            emit searchRequested(query);
    });
    return view;
}

QWidget *DetailPane::buildDeliveryTab()
{
    auto *page = new QWidget(this);
    m_deliveryStatus = new QLabel(page);
    m_deliveryStatus->setAccessibleDescription(tr("Delivery status"));
    m_deliveryStatus->setTextFormat(Qt::RichText); // markup of our own; the status in it is escaped
    auto *view = new QTableView(page);
    m_eventsView = view;
    view->setModel(m_events);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setShowGrid(false);
    view->setTabKeyNavigation(false);
    view->setAccessibleName(tr("Delivery timeline"));
    // The short columns as wide as what they hold, the detail takes the rest: nothing is cut
    // in a narrow pane but a long detail, whole in its tooltip.
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int c : {DeliveryEventsModel::TimeColumn, DeliveryEventsModel::EventColumn, DeliveryEventsModel::ChannelColumn,
                  DeliveryEventsModel::ReferenceColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeliveryEventsModel::DetailColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_deliveryStatus);
    layout->addWidget(view, 1);
    return page;
}

QString DetailPane::deliveryStatusText() const { return m_deliveryStatus->text(); }

void DetailPane::showCommunication(std::optional<qint64> rowid)
{
    if (rowid == m_rowid && !m_showsRemote)
        return;
    m_rowid = rowid;
    if (m_showsRemote && rowid) {
        m_showsRemote = false;
        m_keepOffline->hide();
    }
    if (!rowid) {
        m_loader->cancel();
        clear();
        return;
    }
    m_title->setText(tr("Loading…"));
    m_loader->load(*rowid);
}

void DetailPane::clear()
{
    m_detail = CommunicationDetail();
    m_shownReissueStates.clear();
    m_title->setText(tr("No communication selected"));
    m_rowChanged->hide();
    m_badge->hide();
    m_refetch->hide();
    m_evidence->hide();
    m_evidence->setEnabled(false);
    m_showsRemote = false;
    m_keepOffline->hide();
    m_document->showMessage(tr("Select a communication in the results to see the document sent."));
    m_metadata->setRecord({});
    m_events->setEvents({});
    m_deliveryStatus->clear();
    m_template->clear();
    m_related->showLinks({});
    emit cleared();
}

void DetailPane::showRemoteHit(const QJsonObject &record, const QString &repository)
{
    m_loader->cancel();
    m_rowid.reset();
    clear();
    m_showsRemote = true;
    const QString id = record.value(QStringLiteral("id")).toString();
    m_title->setText(tr("%1 · %2 · in %3, not cached")
                         .arg(titlePart(id),
                              titlePart(CodeLabels::label(record.value(QStringLiteral("type")).toString())),
                              repository));
    m_title->setToolTip(m_title->text()); // plain: PlainToolTips shows it so, a reader reads it so
    m_document->showMessage(tr("%1 holds this communication; the cache does not. Keep it offline, or open it "
                               "(Return or a double-click), to bring it into the cache: its document is then "
                               "fetched from %1 and verified.")
                                .arg(repository));
    m_metadata->setRecord(record);
    m_metadataView->scrollToTop();
    m_keepOffline->show();
}

void DetailPane::showHeader(const CommunicationDetail &detail)
{
    const QJsonObject &r = detail.record;
    m_title->setText(
        tr("%1 · %2 · %3 · %4")
            .arg(titlePart(detail.id()), titlePart(CodeLabels::label(r.value(QStringLiteral("type")).toString())),
                 titlePart(r.value(QStringLiteral("recipient")).toObject().value(QStringLiteral("name")).toString()),
                 DeliveryEventsModel::displayTime(r.value(QStringLiteral("issued_at")).toString())));
    // A tooltip guesses its format: PlainToolTips shows this one as text (a field with a tag).
    m_title->setToolTip(m_title->text()); // plain: PlainToolTips shows it so, a reader reads it so
    m_badge->setState(detail.documentState, detail.expectedSha256, detail.actualSha256);
    m_badge->show();
}

void DetailPane::onLoaded(const CommunicationDetail &detail)
{
    const bool another = detail.rowid != m_detail.rowid;
    m_detail = detail;
    m_refetch->setVisible(detail.error.isEmpty() && detail.documentState == DocumentState::Failed
                          && proofdesk::sync::DocumentFetch::fetchesOnDemand(detail.repoKind)
                          && !m_fetch->isFetching(detail.id()));
    m_evidence->setVisible(detail.error.isEmpty());
    m_evidence->setEnabled(detail.error.isEmpty() && !detail.rowChanged);
    m_rowChanged->setVisible(detail.error.isEmpty() && detail.rowChanged);
    if (!detail.error.isEmpty()) {
        m_title->setText(detail.error);
        m_badge->hide();
        m_document->showMessage(detail.error);
        return;
    }
    showHeader(detail);
    m_document->showDetail(detail);
    showFetchState(detail);
    const QList<proofdesk::records::ReissueRequest> reissues = pendingReissuesOfShown();
    m_shownReissueStates = PendingReissues::states(reissues);
    m_metadata->setRecord(detail.record, detail.holds, reissues);
    m_events->setEvents(detail.record.value(QStringLiteral("delivery")).toArray());
    m_deliveryStatus->setText(
        tr("Resulting status: <b>%1</b> (%n event(s))", nullptr, m_events->rowCount())
            .arg(DeliveryEventsModel::eventLabel(detail.record.value(QStringLiteral("status")).toString())
                     .toHtmlEscaped()));
    m_template->showDetail(detail);
    m_related->showLinks(detail.related);
    if (another) { // a new letter is read from its first line, not where the last one was left
        m_metadataView->scrollToTop();
        m_eventsView->scrollToTop();
    }
    emit detailShown(detail.rowid);
}

namespace {

// A fetch is tried once a session for each version of a document: a sync that brings a new
// version (another SHA-256) makes it worth fetching again.
QString fetchKey(const QString &id, const QString &expectedSha256) { return id + QLatin1Char('@') + expectedSha256; }

} // namespace

void DetailPane::showFetchState(const CommunicationDetail &detail)
{
    if (detail.documentState != DocumentState::Missing
        || !proofdesk::sync::DocumentFetch::fetchesOnDemand(detail.repoKind))
        return;
    const QString id = detail.id();
    const QString key = fetchKey(id, detail.expectedSha256);
    const QString repository = detail.record.value(QStringLiteral("repo")).toString();
    if (const auto error = m_fetchErrors.constFind(key); error != m_fetchErrors.cend()) {
        m_document->showRetryableMessage(*error);
        return;
    }
    // Fetched before, the bytes hashed to content_sha256 but the repository gave no hash.
    const bool unverifiable = detail.record.value(QStringLiteral("fixity")).toString() == QLatin1String("missing")
                              && !detail.actualSha256.isEmpty();
    // Verified before and no longer stored: the bounded store evicted it to free space. It is
    // fetched (and verified) again whenever it is shown, also after an earlier fetch.
    const bool evicted = detail.record.value(QStringLiteral("fixity")).toString() == QLatin1String("verified");
    if (m_fetch->isFetching(id) || ((!m_fetched.contains(key) || evicted) && !unverifiable)) {
        if (m_fetch->fetch(id)) // not a second one while one is under way
            m_fetching.insert(id, key);
        m_document->showMessage(evicted ? tr("This document was removed from this computer to free space: fetching "
                                             "it again from %1 and verifying it…")
                                              .arg(repository)
                                        : tr("Fetching the document from %1…").arg(repository));
        return;
    }
    if (unverifiable)
        m_document->showMessage(tr("%1 gives no SHA-256 for this document: its bytes were fetched but cannot be "
                                   "verified, so they are not shown as the version sent.")
                                    .arg(repository));
}

void DetailPane::onFetched(const QString &id, const QString &fixity, const QString &message)
{
    const QString key = m_fetching.take(id);
    m_fetched.insert(key);
    if (fixity.isEmpty())
        m_fetchErrors.insert(key, message);
    else
        m_fetchErrors.remove(key);
    if (!fixity.isEmpty())
        emit documentFetched(id);
    // Another communication's document is now in the cache for when it is shown again.
    if (m_rowid && *m_rowid == m_detail.rowid && id == m_detail.id())
        m_loader->load(*m_rowid);
}

void DetailPane::retryFetch()
{
    const QString key = fetchKey(m_detail.id(), m_detail.expectedSha256);
    if (!m_fetchErrors.remove(key))
        return;
    m_fetched.remove(key);
    showFetchState(m_detail);
}

void DetailPane::refetch()
{
    const QString id = m_detail.id();
    if (id.isEmpty() || !m_fetch->fetch(id))
        return;
    m_fetching.insert(id, fetchKey(id, m_detail.expectedSha256));
    m_refetch->hide();
    m_document->showMessage(
        tr("Fetching the document from %1 again…").arg(m_detail.record.value(QStringLiteral("repo")).toString()));
}

void DetailPane::setPendingReissues(PendingReissues *pending)
{
    m_pendingReissues = pending;
    connect(pending, &PendingReissues::changed, this, &DetailPane::onPendingReissuesChanged);
    onPendingReissuesChanged();
}

QList<proofdesk::records::ReissueRequest> DetailPane::pendingReissuesOfShown() const
{
    if (!m_pendingReissues || !m_detail.error.isEmpty() || m_detail.id().isEmpty())
        return {};
    return m_pendingReissues->of(m_detail.id());
}

void DetailPane::onPendingReissuesChanged()
{
    const QList<proofdesk::records::ReissueRequest> reissues = pendingReissuesOfShown();
    const QStringList states = PendingReissues::states(reissues);
    // Another letter's request changed: Details stays as the person scrolled it.
    if (states == m_shownReissueStates || m_detail.id().isEmpty() || !m_detail.error.isEmpty())
        return;
    m_shownReissueStates = states;
    m_metadata->setRecord(m_detail.record, m_detail.holds, reissues);
}

void DetailPane::focusDocument() { m_document->currentWidget()->setFocus(Qt::OtherFocusReason); }
