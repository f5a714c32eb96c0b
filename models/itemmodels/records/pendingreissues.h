#pragma once

#include "records/reissue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QTimer;

namespace proofdesk::itemmodels {

class RecordsContext;

// The reissue requests that have not ended (ReissueRequest::isPending), by communication,
// read through the records store as the reissue queue reads them (on a team: the team's
// queue). The results mark their letters and Details lists them, so they are read as one set
// and again only when the records change (an action in this window, another desk's, a sync),
// never once a row: the results list asks contains() for each cell it paints.
class PendingReissues : public QObject
{
    Q_OBJECT

public:
    // Reads once the context's roles are known, and whenever its records change.
    explicit PendingReissues(RecordsContext *context, QObject *parent = nullptr);

    // Reads again, a moment later: a burst of changes (a team notification relayed as a
    // records change) is one read.
    void refresh();
    bool contains(const QString &communicationId) const { return m_byCommunication.contains(communicationId); }
    // Newest first, as the store lists them.
    QList<records::ReissueRequest> of(const QString &communicationId) const
    {
        return m_byCommunication.value(communicationId);
    }
    QSet<QString> communicationIds() const;
    // What can change of requests while they are pending, to tell whether a shown list is
    // still current: "id|status" of each, in order.
    static QStringList states(const QList<records::ReissueRequest> &requests);

signals:
    // The set or a request's status changed (not emitted when a read finds what was there).
    void changed();
    // A read finished, changed or not (tests wait on it). A read that failed leaves the last
    // set read in place.
    void read();

private:
    void readNow();
    void apply(const QList<records::ReissueRequest> &pending);

    RecordsContext *m_context;
    QTimer *m_soon;
    bool m_reading = false;
    bool m_readAgain = false; // a change arrived while a read was under way
    QHash<QString, QList<records::ReissueRequest>> m_byCommunication;
};

} // namespace proofdesk::itemmodels
