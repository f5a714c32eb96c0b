#include "finding.h"

#include <QCoreApplication>

namespace proofdesk::compliance {

QString kindName(FindingKind kind)
{
    // The names are search/findingconditions.h's, in the order of FindingKind.
    return search::findingsql::kindNames().value(int(kind));
}

std::optional<FindingKind> parseKind(const QString &name)
{
    for (FindingKind kind : allKinds()) {
        if (kindName(kind).compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

const QList<FindingKind> &allKinds()
{
    static const QList<FindingKind> kinds = {FindingKind::UnapprovedTemplate, FindingKind::RetiredBlock,
                                             FindingKind::Undelivered,        FindingKind::FixityFailed,
                                             FindingKind::RetentionOverdue,   FindingKind::ReissueUnfulfilled};
    return kinds;
}

QString kindTitle(FindingKind kind)
{
    const char *text = "";
    switch (kind) {
    case FindingKind::UnapprovedTemplate:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Template not approved at issue");
        break;
    case FindingKind::RetiredBlock:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Retired content block");
        break;
    case FindingKind::Undelivered:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Undelivered, not reissued");
        break;
    case FindingKind::FixityFailed:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Fixity failed or document missing");
        break;
    case FindingKind::RetentionOverdue:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Past retention, not disposed");
        break;
    case FindingKind::ReissueUnfulfilled:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Reissue not fulfilled");
        break;
    }
    return QCoreApplication::translate("proofdesk::compliance", text);
}

QString kindShortTitle(FindingKind kind)
{
    const char *text = "";
    switch (kind) {
    case FindingKind::UnapprovedTemplate:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Unapproved template");
        break;
    case FindingKind::RetiredBlock:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Retired block");
        break;
    case FindingKind::Undelivered:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Undelivered");
        break;
    case FindingKind::FixityFailed:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Fixity failed");
        break;
    case FindingKind::RetentionOverdue:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Retention overdue");
        break;
    case FindingKind::ReissueUnfulfilled:
        text = QT_TRANSLATE_NOOP("proofdesk::compliance", "Reissue open");
        break;
    }
    return QCoreApplication::translate("proofdesk::compliance", text);
}

qint64 FindingsReport::count(FindingKind kind) const
{
    return std::count_if(findings.cbegin(), findings.cend(), [kind](const Finding &f) { return f.kind == kind; });
}

} // namespace proofdesk::compliance
