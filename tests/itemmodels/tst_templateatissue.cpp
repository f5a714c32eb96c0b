// Which approval the Template tab names for a letter (#64 item 6): the last one given before the
// letter was issued, the sign-off, where it named the first of three steps ("content review").
#include "itemmodels/detailqueries.h"

#include <QJsonArray>
#include <QTest>

using namespace proofdesk::itemmodels;

namespace {

QJsonObject approval(const char *step, const char *by, const char *at, const char *decision = "approved")
{
    return {{QStringLiteral("step"), QLatin1String(step)},
            {QStringLiteral("by"), QLatin1String(by)},
            {QStringLiteral("at"), QLatin1String(at)},
            {QStringLiteral("decision"), QLatin1String(decision)}};
}

} // namespace

class TestTemplateAtIssue : public QObject
{
    Q_OBJECT

private slots:
    void namesTheLastApprovalBeforeIssue_data()
    {
        QTest::addColumn<QJsonArray>("approvals");
        QTest::addColumn<QString>("issued");
        QTest::addColumn<bool>("approved");
        QTest::addColumn<QString>("named"); // the step named, empty = none
        const QJsonArray three{approval("content review", "e.lindqvist", "2025-01-02T10:00:00Z"),
                               approval("legal review", "m.okafor", "2025-01-03T10:00:00Z"),
                               approval("compliance sign-off", "a.romero", "2025-01-04T10:00:00Z")};
        QTest::newRow("three steps before issue: the sign-off")
            << three << "2025-02-01T00:00:00Z" << true << "compliance sign-off";
        QTest::newRow("issued between the second and third step")
            << three << "2025-01-03T12:00:00Z" << true << "legal review";
        QTest::newRow("issued before any step") << three << "2025-01-01T00:00:00Z" << false << "";
        QTest::newRow("listed out of order: the latest") << QJsonArray{three.at(2), three.at(0), three.at(1)}
                                                         << "2025-02-01T00:00:00Z" << true << "compliance sign-off";
        QTest::newRow("a rejection after the approval is not named")
            << QJsonArray{three.at(0), approval("legal review", "m.okafor", "2025-01-03T10:00:00Z", "rejected")}
            << "2025-02-01T00:00:00Z" << true << "content review";
    }

    void namesTheLastApprovalBeforeIssue()
    {
        QFETCH(QJsonArray, approvals);
        QFETCH(QString, issued);
        QFETCH(bool, approved);
        QFETCH(QString, named);
        CommunicationDetail detail;
        detail.record = {{QStringLiteral("issued_at"), issued},
                         {QStringLiteral("template_version"), QJsonObject{{QStringLiteral("approvals"), approvals}}}};
        detailqueries::judgeTemplateAtIssue(detail);
        QVERIFY(detail.templateApprovedAtIssue.has_value());
        QCOMPARE(*detail.templateApprovedAtIssue, approved);
        QCOMPARE(detail.approvalAtIssue.value(QStringLiteral("step")).toString(), named);
    }
};

QTEST_GUILESS_MAIN(TestTemplateAtIssue)
#include "tst_templateatissue.moc"
