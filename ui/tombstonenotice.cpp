#include "tombstonenotice.h"

#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/recordstablemodel.h"
#include "records/tombstones.h"

#include <QDir>
#include <QUrl>

using namespace proofdesk;

namespace {

struct Lookup : itemmodels::RecordsOutcome
{
    std::optional<records::Tombstone> tombstone;
};

} // namespace

TombstoneNotice::TombstoneNotice(itemmodels::RecordsContext *context, QWidget *parent)
    : QLabel(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("tombstoneNotice"));
    setAccessibleName(tr("Disposed communication"));
    setTextFormat(Qt::RichText); // our own markup; every field in it is escaped
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setOpenExternalLinks(true);
    setMargin(6);
    // A fixed dark brown with white text: readable on light and dark palettes alike.
    setStyleSheet(QStringLiteral("QLabel#tombstoneNotice { background-color: #5d4037; color: white; "
                                 "border-radius: 4px; }"));
    hide();
}

void TombstoneNotice::showFor(const QString &query, qint64 total)
{
    m_pendingQuery = query;
    const QString id = total == 0 ? records::singleIdOf(query) : QString();
    if (id.isEmpty()) {
        hide();
        return;
    }
    m_context->run<Lookup>(
        records::Action::Search, this, // the search that found nothing asks
        [id](services::ActionContext &a) {
            Lookup out;
            out.tombstone = a.records.disposition().tombstone(id);
            return out;
        },
        [this, query](Lookup found) {
            if (query != m_pendingQuery)
                return;
            if (!found.tombstone) {
                hide();
                emit looked(false);
                return;
            }
            const records::Tombstone &t = *found.tombstone;
            QString text =
                tr("<b>%1 was disposed of</b> on %2 by %3, under retention class %4 (batch %5).")
                    .arg(t.communicationId.toHtmlEscaped(), itemmodels::formatRecordsTime(t.disposedAt),
                         t.approvedBy.toHtmlEscaped(), t.retentionClass.toHtmlEscaped(), t.batchId.toHtmlEscaped());
            if (!t.certificatePath.isEmpty())
                text += QLatin1Char(' ')
                        + tr("Certificate: <a href=\"%1\" style=\"color: #ffe0b2\">%2</a> (SHA-256 %3).")
                              .arg(QUrl::fromLocalFile(t.certificatePath).toString().toHtmlEscaped(),
                                   QDir::toNativeSeparators(t.certificatePath).toHtmlEscaped(),
                                   t.certificateSha256.toHtmlEscaped());
            setText(text);
            show();
            emit looked(true);
        });
}
