#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::records {

// A compliance officer's question (an examiner's request, a complaint, a litigation) and what
// gathers around it: its searches, its review set, its holds and its productions (DESIGN.md
// "Matters and productions"). The JSON forms are spec/cli.md's.
struct MatterInfo
{
    QString id; // MAT-<number>
    QString title;
    QString reason;
    QStringList tags; // the review tags defined for it, in the order their keys are given
    QString openedBy;
    qint64 openedAt = 0;
    QString state = QStringLiteral("open"); // open | closed
    QString closedBy;
    std::optional<qint64> closedAt;
    QString closeReason;
    int revision = 1;

    bool isOpen() const { return state == QLatin1String("open"); }
    QJsonObject toJson() const;
    static MatterInfo fromJson(const QJsonObject &o);
};

// One search of a matter: what was asked, when, and what it found then (its ids frozen in
// the review set).
struct MatterSearch
{
    int seq = 0; // 1, 2, … within its matter
    QString query;
    QString ranBy;
    qint64 ranAt = 0;
    qint64 total = 0; // the exact total found
    qint64 added = 0; // of them, ids not already in the review set
    bool watch = false;
    QString idsSha256; // of the ids found, in the order found, each followed by a line feed

    QJsonObject toJson() const;
    static MatterSearch fromJson(const QJsonObject &o);
};

// A letter of a matter's review set, with its review.
struct ReviewItem
{
    QString id; // the communication
    QStringList tags;
    QString note;
    QString reviewer; // empty until reviewed
    std::optional<qint64> reviewedAt;
    int revision = 0; // 0: never reviewed; each review makes it one more

    bool reviewed() const { return !reviewer.isEmpty(); }
    QJsonObject toJson() const;
    static ReviewItem fromJson(const QJsonObject &o);
};

// How far a review has got: "812 of 4,310 reviewed", and how many letters carry each tag.
struct ReviewSummary
{
    qint64 items = 0;
    qint64 reviewed = 0;
    QMap<QString, qint64> tags;

    QJsonObject toJson() const;
};

// Which letters of a review set to list: all, those tagged so, those by one reviewer, the
// unreviewed ones.
struct ReviewFilter
{
    QString tag;
    QString reviewer;
    bool unreviewedOnly = false;
    qint64 limit = -1; // -1: all
};

// A production of a matter's letters: its numbers (prefix + zero-padded number, first …
// first + documents - 1) and its root hash (the SHA-256 of its manifest).
struct ProductionInfo
{
    QString id; // PROD-<number>
    QString matter;
    QString prefix;
    QString tag; // only the letters tagged so, when set
    qint64 firstNumber = 0;
    qint64 reserved = 0;
    QString state; // started | complete
    qint64 documents = 0;
    qint64 exceptions = 0;
    QString rootSha256;
    QString path;
    QString createdBy;
    qint64 createdAt = 0;
    std::optional<qint64> completedAt;
    // The entry that reserved its numbers ("production.start"): the anchor the production
    // carries, every entry it holds about its letters being older. Not part of its state.
    qint64 anchorSeq = 0;
    QString anchorHash;

    bool complete() const { return state == QLatin1String("complete"); }
    QJsonObject toJson() const;
    static ProductionInfo fromJson(const QJsonObject &o);
};

// What a matter's watched search finds now that its review set does not hold.
struct MatterNews
{
    QString matter;
    int search = 0;
    QString query;
    QStringList ids;

    QJsonObject toJson() const;
};

// `matter show`: the matter and what gathers around it.
struct MatterOverview
{
    MatterInfo matter;
    QList<MatterSearch> searches;
    QStringList holds;
    QStringList members;
    ReviewSummary review;
    QList<ProductionInfo> productions;

    QJsonObject toJson() const;
    static MatterOverview fromJson(const QJsonObject &o); // MatterInfo's and the lists'
};

// The tags a matter starts with when none are named.
QStringList defaultReviewTags();

} // namespace proofdesk::records
