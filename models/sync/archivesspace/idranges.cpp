#include "idranges.h"

#include <algorithm>

namespace proofdesk::sync {

QList<qint64> IdRanges::decode(const QByteArray &text)
{
    QList<qint64> ids;
    for (const QByteArray &part : text.split(',')) {
        if (part.isEmpty())
            continue;
        const int dash = part.indexOf('-', 1);
        const qint64 from = (dash < 0 ? part : part.left(dash)).toLongLong();
        const qint64 to = dash < 0 ? from : part.mid(dash + 1).toLongLong();
        for (qint64 id = from; id <= to; ++id)
            ids << id;
    }
    return ids;
}

QByteArray IdRanges::encode(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QByteArray out;
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j + 1 < ids.size() && ids.at(j + 1) == ids.at(j) + 1)
            ++j;
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(ids.at(i));
        if (j > i)
            out += '-' + QByteArray::number(ids.at(j));
        i = j + 1;
    }
    return out;
}

} // namespace proofdesk::sync
