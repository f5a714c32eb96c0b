#pragma once

#include <QString>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

class RecordsSession;

// What the parts of a data folder's own records store share (LocalRecordsStore): the session
// acting on records.sqlite, the data folder (certificates, purges), and whether changes are
// refused.
class LocalRecordsFolder
{
public:
    // `session` must outlive it.
    LocalRecordsFolder(const RecordsSession &session, QString dataDir);

    const RecordsSession &session() const { return m_session; }
    const QString &dataDir() const { return m_dataDir; }
    // Every change is refused with `why` (a copy of a team's records after `team disconnect`);
    // reads, and the records of reads, go on.
    void setReadOnly(const QString &why) { m_readOnly = why; }
    // Throws RecordsError(Refused) when changes are refused.
    void writable() const;
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }

private:
    const RecordsSession &m_session;
    QString m_dataDir;
    QString m_readOnly;
};

} // namespace proofdesk::records
