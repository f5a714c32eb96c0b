#include "auditreason.h"

#include "canonicaljson.h"
#include "util/keyedtexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::audit {

namespace {

constexpr char kContext[] = "proofdesk::audit::AuditReason";

// Every coded reason and phrase, in English; lupdate files them under AuditReason. A code,
// once written to a trail, keeps its meaning: change a text's wording, never what it says.
// A table at namespace scope, not in a function: it is data, read once into catalogue().
constexpr util::KeyedText kCatalogue[] = {
    // Lists.
    {"none", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "none")},
    {"either", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "%1 or %2")},
    // The role table (records::AccessPolicy, records::RecordsSession).
    {"role.grant_unexplained",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "the role %2 of %1 in this data folder was granted by no entry of the audit trail: it was "
                       "added outside Proofdesk, and gives nothing; `audit verify` names each such row")},
    {"role.not_granted",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "%1 has not been granted the %2 role in this data folder (granted: %3). An admin "
                       "grants roles.")},
    {"role.needed", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                                      "%1 needs the %2 role; %3 has %4 in this data folder. An admin grants roles.")},
    {"role.not_permitted",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "%1 is not permitted in the %2 role: %3 needs the %4 role. Switch role if you have "
                       "it, or ask someone who does.")},
    // What each action is, as the messages above name it (records::actionPhrase).
    {"phrase.search", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "searching communications")},
    {"phrase.communication.view", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "viewing a communication")},
    {"phrase.results.export", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "exporting search results")},
    {"phrase.reissue.request", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "requesting a reissue")},
    {"phrase.reissue.approve", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "approving a reissue")},
    {"phrase.evidence.export", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "exporting an evidence package")},
    {"phrase.audit.view_own", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "viewing your own audit entries")},
    {"phrase.audit.view",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "viewing, verifying or exporting the whole audit trail")},
    {"phrase.findings.run", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "running the compliance findings")},
    {"phrase.finding.review", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "marking a finding reviewed")},
    {"phrase.exception_case.open",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "opening an exception case from a finding")},
    {"phrase.hold.apply", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "applying or changing a legal hold")},
    {"phrase.hold.release", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "releasing a legal hold")},
    {"phrase.disposition.review",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "reviewing what is due for disposition")},
    {"phrase.disposition.approve", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "approving a disposition")},
    {"phrase.retention.extend", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "changing retention")},
    {"phrase.repository.configure",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "adding or configuring repositories")},
    {"phrase.role.grant", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "granting roles")},
    {"phrase.settings.change", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "changing settings")},
    {"phrase.matter.manage",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "opening, changing or closing a matter")},
    {"phrase.matter.review", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "reviewing a matter's letters")},
    {"phrase.matter.produce", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "producing a matter's letters")},
    // Reissues (records::ReissueService).
    {"reissue.needs_approval",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "a regeneration or a changed channel or destination needs a compliance officer's "
                       "approval")},
    {"reissue.no_approval_needed",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "a resend to the original destination needs no approval")},
    {"reissue.waiting_in_outbox",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "waiting in the outbox for the repository")},
    {"reissue.approved", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "approved")},
    {"reissue.own_request",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "%1 requested reissue %2 and cannot approve it: nobody approves their own request. "
                       "Another compliance officer must approve it.")},
    {"reissue.engine_rejected",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "the workflow engine rejected it without giving a reason")},
    {"reissue.engine_deleted",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "the workflow engine deleted its process instance without giving a reason")},
    {"reissue.fulfilled",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "the repository returned %1 for this request")},
    {"reissue.altered",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "the request is not what the audit trail says: %1; `audit verify` names each such row")},
    {"reissue.withheld",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "the request was %1 when its outbox item was to leave: withdrawn, not sent")},
    // Holds, retention and disposition.
    // Matters (records::MatterGate, records::MatterService).
    {"matter.not_member",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "%1 was not added to matter %2 and may not see it.")},
    {"matter.carried_over",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "Carried over from the matter that legal holds named in free text before matters existed.")},
    {"hold.released", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                                        "Legal hold %1 was released on %2 and cannot be changed; create a new hold.")},
    {"retention.never_shortened",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "Retention of %1 ends %2; %3 would shorten it, and retention is never shortened here.")},
    {"disposition.not_eligible",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "%1 is not in the cache or has no retention class with a trigger date")},
    {"disposition.kept_until", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "%1 is kept until %2 (%3)")},
    {"disposition.held",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "%1 is under an active legal hold and cannot be disposed of")},
    {"disposition.holds_altered",
     QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                       "the legal holds are not what the audit trail says (%1: %2); `audit verify` names each such "
                       "row")},
    // Repositories.
    {"repository.drop_import", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason", "import of a drop folder")},
    {"roles.first_use", QT_TRANSLATE_NOOP("proofdesk::audit::AuditReason",
                                          "first use of a demo or empty data folder: its first user gets every role")},
};

const QHash<QString, const char *> &catalogue()
{
    static const auto texts = util::textsByKey<QHash<QString, const char *>>(kCatalogue);
    return texts;
}

QString render(const QString &code, const QJsonArray &args);

QString renderArg(const QJsonValue &arg)
{
    if (arg.isObject()) {
        const QJsonObject nested = arg.toObject();
        return render(nested.value(QLatin1String("code")).toString(), nested.value(QLatin1String("args")).toArray());
    }
    if (arg.isArray()) { // alternatives: "a, b or c"
        const QJsonArray items = arg.toArray();
        if (items.isEmpty())
            return render(QStringLiteral("none"), {});
        QString text = renderArg(items.at(0));
        for (qsizetype i = 1; i < items.size(); ++i)
            text = render(QStringLiteral("either"), {text, renderArg(items.at(i))});
        return text;
    }
    if (arg.isDouble())
        return QString::number(arg.toInteger());
    return arg.toString();
}

QString render(const QString &code, const QJsonArray &args)
{
    const char *text = catalogue().value(code);
    if (!text)
        return code; // a code of a newer build: named rather than lost
    QString out = QCoreApplication::translate(kContext, text);
    for (const QJsonValue &arg : args)
        out = out.arg(renderArg(arg));
    return out;
}

// The code and parameters of a stored reason, if it is one this build knows.
bool parse(const QString &stored, QString *code, QJsonArray *args)
{
    if (!stored.startsWith(QLatin1String("{\"")))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    const QJsonValue c = o.value(QLatin1String("code"));
    if (!c.isString() || !catalogue().contains(c.toString()) || o.size() > 2
        || (o.size() == 2 && !o.value(QLatin1String("args")).isArray()))
        return false;
    *code = c.toString();
    *args = o.value(QLatin1String("args")).toArray();
    return true;
}

} // namespace

AuditReason::AuditReason(const char *code, const QJsonArray &args)
    : AuditReason(QString::fromLatin1(code), args)
{}

AuditReason::AuditReason(const QString &code, const QJsonArray &args)
    : m_code(code)
    , m_args(args)
{
    Q_ASSERT_X(catalogue().contains(m_code), "AuditReason", qPrintable(code));
}

QJsonValue AuditReason::phrase(const char *code) { return phrase(QLatin1String(code)); }

QJsonValue AuditReason::phrase(const QString &code) { return QJsonObject{{QStringLiteral("code"), code}}; }

QString AuditReason::stored() const
{
    if (m_code.isEmpty())
        return {};
    QJsonObject o{{QStringLiteral("code"), m_code}};
    if (!m_args.isEmpty())
        o.insert(QStringLiteral("args"), m_args);
    return QString::fromUtf8(canonicalJson(o));
}

QString AuditReason::rendered() const { return m_code.isEmpty() ? QString() : render(m_code, m_args); }

QString renderReason(const QString &stored)
{
    QString code;
    QJsonArray args;
    return parse(stored, &code, &args) ? render(code, args) : stored;
}

QJsonObject entryJsonForReader(const AuditEntry &entry)
{
    QJsonObject json = entry.toJson();
    if (isCodedReason(entry.reason))
        json.insert(QStringLiteral("reason_text"), renderReason(entry.reason));
    return json;
}

bool isCodedReason(const QString &stored)
{
    QString code;
    QJsonArray args;
    return parse(stored, &code, &args);
}

} // namespace proofdesk::audit
