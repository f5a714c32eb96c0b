#include "workflowoutcome.h"

#include "workflowsettings.h"

#include <QStringList>

namespace proofdesk::sync {

namespace {

// Words a decision variable holds when the work was refused.
bool isRefusal(const QString &word)
{
    static const QStringList refusals{QStringLiteral("rejected"), QStringLiteral("reject"), QStringLiteral("declined"),
                                      QStringLiteral("denied"), QStringLiteral("refused")};
    return refusals.contains(word.trimmed().toLower());
}

// A boolean variable that is false, as JSON false or as the text "false" (a form field).
bool isFalse(const QJsonValue &v)
{
    return (v.isBool() && !v.toBool())
           || (v.isString() && v.toString().trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0);
}

} // namespace

bool saysRejected(const QString &deleteReason)
{
    QString first;
    for (const QChar ch : deleteReason.trimmed()) {
        if (!ch.isLetter())
            break;
        first += ch;
    }
    return isRefusal(first);
}

WorkflowRejection readRejection(const QJsonObject &variables, const QJsonObject &settings)
{
    WorkflowRejection out;
    const QString configured = workflowSetting(settings, QStringLiteral("outcome_variable"));
    if (variables.contains(configured)) {
        out.rejected = isRefusal(variables.value(configured).toString());
    } else {
        for (const char *name : {"decision", "result", "status"})
            out.rejected = out.rejected || isRefusal(variables.value(QLatin1String(name)).toString());
        for (const char *name : {"approved", "fulfilled", "accepted"})
            out.rejected = out.rejected || isFalse(variables.value(QLatin1String(name)));
    }
    if (!out.rejected)
        return out;
    const QString reasonName = workflowSetting(settings, QStringLiteral("outcome_reason_variable"));
    for (const QString &name : {reasonName, QStringLiteral("rejection_reason"), QStringLiteral("rejectionReason"),
                                QStringLiteral("comment")}) {
        const QString text = variables.value(name).toString().trimmed();
        if (!text.isEmpty()) {
            out.reason = text;
            break;
        }
    }
    return out;
}

} // namespace proofdesk::sync
