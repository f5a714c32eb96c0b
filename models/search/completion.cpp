#include "completion.h"

#include "fields.h"
#include "findingconditions.h"

#include <algorithm>

namespace proofdesk::search {

namespace {

// Distinct values of an indexed column, from `prefix` on, one index seek per value (a
// "loose index scan"). `table` and `column` come from this file, never from the user.
// The recursion stops at the first value past the prefix: the values are in folded order
// (the columns are COLLATE fold), and simple folding keeps a text's length in characters,
// so a value starts with the prefix when its first characters equal it once folded.
QStringList distinctIndexed(cache::Database &db, const char *table, const char *column, const QString &prefix,
                            int limit)
{
    const QString sql = QStringLiteral("WITH RECURSIVE v(x) AS ("
                                       " SELECT min(%2) FROM %1 WHERE %2 >= ?1"
                                       " UNION ALL"
                                       " SELECT (SELECT min(%2) FROM %1 WHERE %2 > v.x) FROM v"
                                       " WHERE substr(v.x, 1, length(?1)) = ?1 COLLATE fold LIMIT ?2)"
                                       " SELECT x FROM v WHERE substr(x, 1, length(?1)) = ?1 COLLATE fold")
                            .arg(QLatin1String(table), QLatin1String(column));
    cache::Statement st = db.prepare(sql);
    st.bind(1, prefix.isNull() ? QStringLiteral("") : prefix).bind(2, limit + 1);
    QStringList values;
    while (values.size() < limit && st.step())
        values << st.columnText(0);
    return values;
}

// Template versions have no index of their own: walk them per template id through
// comm_template_issued(template_id, template_version, issued_at).
QStringList templateVersions(cache::Database &db, const QString &prefix, int limit)
{
    QStringList versions;
    const QStringList templates = distinctIndexed(db, "communications", "template_id", QString(), 1000);
    for (const QString &templateId : templates) {
        cache::Statement st = db.prepare("WITH RECURSIVE v(x) AS ("
                                         " SELECT min(template_version) FROM communications WHERE template_id = ?1"
                                         " UNION ALL SELECT (SELECT min(template_version) FROM communications"
                                         " WHERE template_id = ?1 AND template_version > v.x) FROM v"
                                         " WHERE v.x IS NOT NULL LIMIT 1000)"
                                         " SELECT x FROM v WHERE x IS NOT NULL");
        st.bind(1, templateId);
        while (st.step()) {
            const QString v = st.columnText(0);
            if (v.startsWith(prefix, Qt::CaseInsensitive) && !versions.contains(v))
                versions << v;
        }
    }
    // Numeric versions in numeric order ("7" before "10"), others after them by text.
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        bool aNum = false, bNum = false;
        const qlonglong an = a.toLongLong(&aNum), bn = b.toLongLong(&bNum);
        if (aNum && bNum)
            return an < bn;
        if (aNum != bNum)
            return aNum;
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return versions.mid(0, limit);
}

QStringList listed(cache::Database &db, const char *sql, const QString &prefix, int limit, QStringList values = {})
{
    cache::Statement st = db.prepare(sql);
    while (st.step())
        values << st.columnText(0);
    QStringList matching;
    for (const QString &v : values) {
        if (matching.size() < limit && v.startsWith(prefix, Qt::CaseInsensitive))
            matching << v;
    }
    return matching;
}

} // namespace

QStringList knownValues(cache::Database &db, const QString &field, const QString &prefix, int limit)
{
    const FieldInfo *info = findField(field);
    if (!info || limit <= 0)
        return {};
    switch (info->kind) {
    case FieldKind::Column:
        if (info->column == QLatin1String("template_version"))
            return templateVersions(db, prefix, limit);
        return distinctIndexed(db, "communications", info->column.data(), prefix, limit);
    case FieldKind::Block:
        return distinctIndexed(db, "comm_blocks", "block_id", prefix, limit);
    case FieldKind::Hold:
        return listed(db, "SELECT id FROM rec.holds ORDER BY released_at IS NOT NULL, id", prefix, limit,
                      {QStringLiteral("any")});
    case FieldKind::Repo:
        return listed(db, "SELECT name FROM repositories ORDER BY name", prefix, limit);
    case FieldKind::Finding: {
        QStringList matching;
        for (const QString &v : findingsql::kindNames() + QStringList{QString(findingsql::kAny)}) {
            if (matching.size() < limit && v.startsWith(prefix, Qt::CaseInsensitive))
                matching << v;
        }
        return matching;
    }
    case FieldKind::Issued:
        break;
    }
    return {};
}

} // namespace proofdesk::search
