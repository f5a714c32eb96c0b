#include "mappingsanity.h"

#include "cache/cachefile.h"

#include <QFileInfo>
#include <QSet>
#include <functional>

namespace proofdesk::sync {

namespace {

// Most of the values: a field some records leave odd is not what a wrong mapping looks like.
constexpr double kMost = 0.8;

struct Field
{
    const char *name;
    QString domain::Communication::*member;
    bool key; // a business key: usually holds a digit
};

const QList<Field> &fields()
{
    using C = domain::Communication;
    static const QList<Field> all{
        {"type", &C::type, false},
        {"channel", &C::channel, false},
        {"template_id", &C::templateId, false},
        {"template_version", &C::templateVersion, false},
        {"customer_id", &C::customerId, true},
        {"account_id", &C::accountId, true},
        {"policy_id", &C::policyId, true},
        {"claim_id", &C::claimId, true},
        {"loan_id", &C::loanId, true},
        {"case_id", &C::caseId, true},
        {"business_unit", &C::businessUnit, false},
        {"batch", &C::batch, false},
        {"campaign", &C::campaign, false},
        {"language", &C::language, false},
    };
    return all;
}

bool isChannel(const QString &v)
{
    static const QStringList channels{QStringLiteral("print"), QStringLiteral("email"), QStringLiteral("web"),
                                      QStringLiteral("mobile"), QStringLiteral("sms")};
    return channels.contains(v, Qt::CaseInsensitive);
}

int letters(const QString &v)
{
    return int(std::count_if(v.begin(), v.end(), [](QChar c) { return c.isLetter(); }));
}

bool hasDigit(const QString &v)
{
    return std::any_of(v.begin(), v.end(), [](QChar c) { return c.isDigit(); });
}

// The non-empty values of a field, in the records' order.
QStringList valuesOf(const QList<domain::Communication> &records, const Field &f)
{
    QStringList out;
    for (const domain::Communication &c : records)
        if (!(c.*f.member).isEmpty())
            out << c.*f.member;
    return out;
}

// The first of `values` for which `odd` holds, when it holds for most of them.
QString mostly(const QStringList &values, const std::function<bool(const QString &)> &odd)
{
    if (values.size() < MappingSanity::kMinimumSample)
        return QString();
    const auto n = std::count_if(values.begin(), values.end(), odd);
    if (n < kMost * values.size())
        return QString();
    return *std::find_if(values.begin(), values.end(), odd);
}

QString fieldLooksLikeOther(const QList<domain::Communication> &records, const Field &f)
{
    const QStringList values = valuesOf(records, f);
    // Channels are known by name: a field holding them is found as such, and channels that
    // are channels are where they belong whatever other field also holds them.
    if (f.member == &domain::Communication::channel)
        return QString();
    for (const Field &g : fields()) {
        if (g.member == f.member || g.member == &domain::Communication::channel)
            continue;
        // Two fields read from one property hold the same values by design.
        if (std::all_of(records.begin(), records.end(),
                        [&](const domain::Communication &c) { return c.*f.member == c.*g.member; }))
            continue;
        QSet<QString> others;
        for (const QString &v : valuesOf(records, g))
            others.insert(v.toCaseFolded());
        const QString example = mostly(values, [&](const QString &v) { return others.contains(v.toCaseFolded()); });
        if (!example.isEmpty())
            return QStringLiteral("%1 reads values like %2's (\"%3\")")
                .arg(QLatin1String(f.name), QLatin1String(g.name), example);
    }
    return QString();
}

} // namespace

QStringList MappingSanity::valueWarnings(const QList<domain::Communication> &records)
{
    QStringList out;
    const QString check =
        QStringLiteral(": check the mapping (--map %1=PROPERTY) before believing the findings it leads to");
    for (const Field &f : fields()) {
        const QStringList values = valuesOf(records, f);
        const QString name = QLatin1String(f.name);
        QString problem;
        if (f.member == &domain::Communication::channel) {
            if (const QString v = mostly(values, [](const QString &s) { return !isChannel(s); }); !v.isEmpty())
                problem =
                    QStringLiteral("channel reads \"%1\", which is no channel (print, email, web, mobile, sms)").arg(v);
        } else if (const QString v = mostly(values, isChannel); !v.isEmpty()) {
            problem = QStringLiteral("%1 reads \"%2\", which is a channel").arg(name, v);
        }
        if (problem.isEmpty())
            problem = fieldLooksLikeOther(records, f);
        if (problem.isEmpty() && f.key)
            if (const QString v = mostly(values, [](const QString &s) { return !hasDigit(s); }); !v.isEmpty())
                problem = QStringLiteral("%1 reads \"%2\", which has no digit, as keys usually do").arg(name, v);
        if (problem.isEmpty() && f.member == &domain::Communication::templateVersion)
            if (const QString v = mostly(values, [](const QString &s) { return letters(s) >= 3; }); !v.isEmpty())
                problem = QStringLiteral("template_version reads \"%1\", which looks like an id, not a version").arg(v);
        if (!problem.isEmpty())
            out << problem + check.arg(name);
    }
    return out;
}

QString MappingSanity::templateWarning(const QList<domain::Communication> &records,
                                       const QList<domain::TemplateVersion> &known, const QString &dataDir)
{
    QList<const domain::Communication *> named;
    for (const domain::Communication &c : records)
        if (!c.templateId.isEmpty())
            named << &c;
    if (named.size() < kMinimumSample)
        return QString();
    QSet<QPair<QString, QString>> versions;
    for (const domain::TemplateVersion &t : known)
        versions.insert({t.templateId.toCaseFolded(), t.version.toCaseFolded()});
    std::optional<cache::Database> db;
    const QString path = dataDir.isEmpty() ? QString() : cache::CacheFile::databasePath(dataDir);
    if (!path.isEmpty() && QFileInfo::exists(path))
        db = cache::CacheFile::openReader(path);
    for (const domain::Communication *c : named) {
        if (versions.contains({c->templateId.toCaseFolded(), c->templateVersion.toCaseFolded()}))
            return QString();
        if (db) {
            cache::Statement st =
                db->prepare("SELECT 1 FROM template_versions WHERE template_id = ?1 AND version = ?2");
            st.bind(1, c->templateId).bind(2, c->templateVersion);
            if (st.step())
                return QString();
        }
    }
    const domain::Communication &first = *named.first();
    return QStringLiteral(
               "none of the %1 communications read has a template version known to this data folder or the "
               "repository (e.g. %2 version %3): each would be reported as unapproved_template; check the mapping "
               "of template_id and template_version, and where the repository keeps its templates")
        .arg(named.size())
        .arg(first.templateId, first.templateVersion);
}

} // namespace proofdesk::sync
