#pragma once

#include "matter.h"
#include "matterrecords.h"

#include <optional>

namespace proofdesk::records {

class RecordsSession;

// A production's records on records.sqlite: when it starts, the numbers it may use are
// reserved in its matter (after every number any production of the matter reserved, so that
// none is used twice, even by a production killed and never finished); when it is complete,
// its count and root hash are recorded ("production.create") and, if no later production
// reserved after it, the numbers it did not use are given back. Compliance role.
class ProductionNumbers
{
public:
    explicit ProductionNumbers(const RecordsSession &session);

    ProductionInfo start(const QString &matterId, const ProductionRequest &request);
    ProductionInfo complete(const QString &productionId, qint64 documents, qint64 exceptions,
                            const QString &rootSha256);

    // A production number's prefix: 1 to 20 letters, digits, '-' or '_' (it names files).
    // Empty: the matter's id and a '-'. Throws RecordsError(Invalid).
    static QString checkedPrefix(const QString &prefix, const QString &matterId);

private:
    // The production this person started with `key` and has not completed.
    std::optional<ProductionInfo> started(const QString &key) const;

    const RecordsSession &m_session;
};

} // namespace proofdesk::records
