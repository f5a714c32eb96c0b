#pragma once

// Two decisions on one reissue request at once (issue #62 item 1), as tst_reissuerace (two
// writer connections) and tst_cli_reissuerace (two proofdesk-cli processes) make them: the
// later decision read the request before the first committed, and must be refused.
#include <QString>
#include <QTest>

// Who takes each decision (approve, reject, cancel): carol and dave are compliance officers;
// alice asked for the reissue and withdraws it.
struct ReissueDecider
{
    QString user;
    QString action; // its audit entry
    QString wonAs;  // how the refusal of the later decision names this one: "… was already <wonAs> by <user>"
};

inline ReissueDecider reissueDeciderOf(const QString &decision)
{
    if (decision == QLatin1String("approve"))
        return {QStringLiteral("carol"), QStringLiteral("reissue.approve"), QStringLiteral("approved")};
    if (decision == QLatin1String("reject"))
        return {QStringLiteral("dave"), QStringLiteral("reissue.reject"), QStringLiteral("rejected")};
    return {QStringLiteral("alice"), QStringLiteral("reissue.cancel"), QStringLiteral("cancelled")};
}

// The rows: `late` decides on what it read before `first` committed; the request ends `status`,
// `approvedStatus` where the approval won (queued; sent where the action sends the outbox after
// it, as the CLI does).
inline void addReissueRaceRows(const QString &approvedStatus)
{
    QTest::addColumn<QString>("late");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("status");
    const QString approve = QStringLiteral("approve"), reject = QStringLiteral("reject"),
                  cancel = QStringLiteral("cancel");
    QTest::newRow("an approval after a rejection") << approve << reject << QStringLiteral("rejected");
    QTest::newRow("an approval after a cancellation") << approve << cancel << QStringLiteral("cancelled");
    QTest::newRow("a rejection after an approval") << reject << approve << approvedStatus;
    QTest::newRow("a cancellation after an approval") << cancel << approve << approvedStatus;
    QTest::newRow("a rejection after a cancellation") << reject << cancel << QStringLiteral("cancelled");
    QTest::newRow("a cancellation after a rejection") << cancel << reject << QStringLiteral("rejected");
}
