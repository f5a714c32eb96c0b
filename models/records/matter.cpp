#include "matter.h"

#include <QJsonArray>

namespace proofdesk::records {

namespace {

QJsonValue textOrNull(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }
QJsonValue timeOrNull(const std::optional<qint64> &at) { return at ? QJsonValue(*at) : QJsonValue(); }

QStringList texts(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

std::optional<qint64> timeOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

} // namespace

QStringList defaultReviewTags()
{
    return {QStringLiteral("relevant"), QStringLiteral("not relevant"), QStringLiteral("escalate")};
}

QJsonObject MatterInfo::toJson() const
{
    return {{QStringLiteral("matter"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("opened_by"), openedBy},
            {QStringLiteral("opened_at"), openedAt},
            {QStringLiteral("state"), state},
            {QStringLiteral("closed_by"), textOrNull(closedBy)},
            {QStringLiteral("closed_at"), timeOrNull(closedAt)},
            {QStringLiteral("close_reason"), textOrNull(closeReason)},
            {QStringLiteral("revision"), revision}};
}

QJsonObject MatterSearch::toJson() const
{
    return {{QStringLiteral("search"), seq},   {QStringLiteral("query"), query},
            {QStringLiteral("ran_by"), ranBy}, {QStringLiteral("ran_at"), ranAt},
            {QStringLiteral("total"), total},  {QStringLiteral("added"), added},
            {QStringLiteral("watch"), watch},  {QStringLiteral("ids_sha256"), idsSha256}};
}

QJsonObject ReviewItem::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("note"), textOrNull(note)},
            {QStringLiteral("reviewer"), textOrNull(reviewer)},
            {QStringLiteral("reviewed_at"), timeOrNull(reviewedAt)},
            {QStringLiteral("revision"), revision}};
}

QJsonObject ReviewSummary::toJson() const
{
    QJsonObject counts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        counts.insert(it.key(), it.value());
    return {{QStringLiteral("items"), items}, {QStringLiteral("reviewed"), reviewed}, {QStringLiteral("tags"), counts}};
}

QJsonObject ProductionInfo::toJson() const
{
    return {{QStringLiteral("production"), id},
            {QStringLiteral("matter"), matter},
            {QStringLiteral("prefix"), prefix},
            {QStringLiteral("tag"), textOrNull(tag)},
            {QStringLiteral("first_number"), firstNumber},
            {QStringLiteral("reserved"), reserved},
            {QStringLiteral("state"), state},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("exceptions"), exceptions},
            {QStringLiteral("root_sha256"), textOrNull(rootSha256)},
            {QStringLiteral("path"), path},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("completed_at"), timeOrNull(completedAt)}};
}

ProductionInfo ProductionInfo::fromJson(const QJsonObject &o)
{
    ProductionInfo p;
    p.id = o.value(QStringLiteral("production")).toString();
    p.matter = o.value(QStringLiteral("matter")).toString();
    p.prefix = o.value(QStringLiteral("prefix")).toString();
    p.tag = o.value(QStringLiteral("tag")).toString();
    p.firstNumber = o.value(QStringLiteral("first_number")).toInteger();
    p.reserved = o.value(QStringLiteral("reserved")).toInteger();
    p.state = o.value(QStringLiteral("state")).toString();
    p.documents = o.value(QStringLiteral("documents")).toInteger();
    p.exceptions = o.value(QStringLiteral("exceptions")).toInteger();
    p.rootSha256 = o.value(QStringLiteral("root_sha256")).toString();
    p.path = o.value(QStringLiteral("path")).toString();
    p.createdBy = o.value(QStringLiteral("created_by")).toString();
    p.createdAt = o.value(QStringLiteral("created_at")).toInteger();
    if (o.value(QStringLiteral("completed_at")).isDouble())
        p.completedAt = o.value(QStringLiteral("completed_at")).toInteger();
    return p;
}

QJsonObject MatterNews::toJson() const
{
    return {{QStringLiteral("matter"), matter},
            {QStringLiteral("search"), search},
            {QStringLiteral("query"), query},
            {QStringLiteral("new"), ids.size()},
            {QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
}

QJsonObject MatterOverview::toJson() const
{
    QJsonObject out = matter.toJson();
    QJsonArray searchList, productionList;
    for (const MatterSearch &s : searches)
        searchList.append(s.toJson());
    for (const ProductionInfo &p : productions)
        productionList.append(p.toJson());
    out.insert(QStringLiteral("searches"), searchList);
    out.insert(QStringLiteral("holds"), QJsonArray::fromStringList(holds));
    out.insert(QStringLiteral("members"), QJsonArray::fromStringList(members));
    out.insert(QStringLiteral("review"), review.toJson());
    out.insert(QStringLiteral("productions"), productionList);
    return out;
}

MatterInfo MatterInfo::fromJson(const QJsonObject &o)
{
    MatterInfo m;
    m.id = o.value(QStringLiteral("matter")).toString();
    m.title = o.value(QStringLiteral("title")).toString();
    m.reason = o.value(QStringLiteral("reason")).toString();
    m.tags = texts(o.value(QStringLiteral("tags")));
    m.openedBy = o.value(QStringLiteral("opened_by")).toString();
    m.openedAt = o.value(QStringLiteral("opened_at")).toInteger();
    m.state = o.value(QStringLiteral("state")).toString();
    m.closedBy = o.value(QStringLiteral("closed_by")).toString();
    m.closedAt = timeOf(o.value(QStringLiteral("closed_at")));
    m.closeReason = o.value(QStringLiteral("close_reason")).toString();
    m.revision = int(o.value(QStringLiteral("revision")).toInteger(1));
    return m;
}

MatterSearch MatterSearch::fromJson(const QJsonObject &o)
{
    MatterSearch s;
    s.seq = int(o.value(QStringLiteral("search")).toInteger());
    s.query = o.value(QStringLiteral("query")).toString();
    s.ranBy = o.value(QStringLiteral("ran_by")).toString();
    s.ranAt = o.value(QStringLiteral("ran_at")).toInteger();
    s.total = o.value(QStringLiteral("total")).toInteger();
    s.added = o.value(QStringLiteral("added")).toInteger();
    s.watch = o.value(QStringLiteral("watch")).toBool();
    s.idsSha256 = o.value(QStringLiteral("ids_sha256")).toString();
    return s;
}

ReviewItem ReviewItem::fromJson(const QJsonObject &o)
{
    ReviewItem i;
    i.id = o.value(QStringLiteral("id")).toString();
    i.tags = texts(o.value(QStringLiteral("tags")));
    i.note = o.value(QStringLiteral("note")).toString();
    i.reviewer = o.value(QStringLiteral("reviewer")).toString();
    i.reviewedAt = timeOf(o.value(QStringLiteral("reviewed_at")));
    i.revision = int(o.value(QStringLiteral("revision")).toInteger());
    return i;
}

MatterOverview MatterOverview::fromJson(const QJsonObject &o)
{
    MatterOverview v;
    v.matter = MatterInfo::fromJson(o);
    for (const QJsonValue &s : o.value(QStringLiteral("searches")).toArray())
        v.searches << MatterSearch::fromJson(s.toObject());
    v.holds = texts(o.value(QStringLiteral("holds")));
    v.members = texts(o.value(QStringLiteral("members")));
    const QJsonObject review = o.value(QStringLiteral("review")).toObject();
    v.review.items = review.value(QStringLiteral("items")).toInteger();
    v.review.reviewed = review.value(QStringLiteral("reviewed")).toInteger();
    const QJsonObject tags = review.value(QStringLiteral("tags")).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        v.review.tags.insert(it.key(), it.value().toInteger());
    for (const QJsonValue &p : o.value(QStringLiteral("productions")).toArray())
        v.productions << ProductionInfo::fromJson(p.toObject());
    return v;
}

} // namespace proofdesk::records
