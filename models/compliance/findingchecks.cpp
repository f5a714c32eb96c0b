#include "findingchecks.h"

#include <QDateTime>

namespace proofdesk::compliance {

FindingChecks::FindingChecks(cache::Database &db, const FindingScope &scope, const FindingOptions &options)
    : m_db(db)
    , m_scope(scope)
    , m_options(options)
{
    if (m_options.now == 0)
        m_options.now = QDateTime::currentMSecsSinceEpoch();
}

const char *FindingChecks::commonColumns() { return "c.rowid, c.id, c.issued_at, c.template_id, c.template_version"; }

Finding FindingChecks::common(FindingKind kind, const cache::Statement &st)
{
    Finding f;
    f.kind = kind;
    f.rowid = st.isNull(0) ? 0 : st.columnInt(0);
    f.commId = st.columnText(1);
    f.issuedAt = st.columnInt(2);
    f.templateId = st.columnText(3);
    f.templateVersion = st.columnText(4);
    return f;
}

// Replaces "%SCOPE%" with the scope's condition on `c`, "%FROM%" with the scope's FROM clause
// of `c`, "%ROWS%" with its rowid table (small scopes only), and "%COLUMNS%" with the
// common ones.
QString FindingChecks::scoped(const char *sql) const { return scoped(QString::fromUtf8(sql)); }

QString FindingChecks::scoped(QString text) const
{
    text.replace(QLatin1String("%SCOPE%"), m_scope.condition(QStringLiteral("c")));
    text.replace(QLatin1String("%FROM%"), m_scope.from(QStringLiteral("c")));
    text.replace(QLatin1String("%ROWS%"), m_scope.rowTable());
    text.replace(QLatin1String("%COLUMNS%"), QLatin1String(commonColumns()));
    return text;
}

void FindingChecks::run(FindingKind kind, QList<Finding> &out) const
{
    switch (kind) {
    case FindingKind::UnapprovedTemplate:
        unapprovedTemplate(out);
        break;
    case FindingKind::RetiredBlock:
        retiredBlock(out);
        break;
    case FindingKind::Undelivered:
        undelivered(out);
        break;
    case FindingKind::FixityFailed:
        fixityFailed(out);
        break;
    case FindingKind::RetentionOverdue:
        retentionOverdue(out);
        break;
    case FindingKind::ReissueUnfulfilled:
        reissueUnfulfilled(out);
        break;
    }
}

} // namespace proofdesk::compliance
