// Matters on a team (issue #61): shared and server-enforced as holds are. Compliance opens and
// produces, records places holds, an agent sees nothing of a matter until added to it; two
// reviewers see each other's tags, and a review made meanwhile is refused, naming who; the
// server numbers productions, so two desks never use one number; a hold's matter is a matter.
#include "records/matterhold.h"
#include "teamdesk.h"

using namespace proofdesk;
using namespace teamtest;

class TestTeamMatters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoReviewersSeeEachOthersTags();
    void anAgentSeesOnlyTheMattersTheyWereAddedTo();
    void aReviewMadeMeanwhileIsRefusedNamingWho();
    void productionNumbersComeFromTheServer();
    void aHoldNamesATeamMatter();
    void aMemberWithASqlPromptReadsNoMatter();

private:
    QString openWithSearch(Desk &carol);

    test::PgTestServer m_server;
};

void TestTeamMatters::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

QString TestTeamMatters::openWithSearch(Desk &carol)
{
    QString id;
    carol.act(Action::ManageMatter, [&](RecordsStore &r) {
        id = r.matters().openMatter(QStringLiteral("Complaint 88"), QStringLiteral("Ombudsman"), {}).id;
        const records::AddedSearch added = r.matters().addSearch(id, QStringLiteral("issued:2026"));
        QCOMPARE(added.search.total, 2);
        QCOMPARE(added.search.added, 2);
        QCOMPARE(added.search.idsSha256.size(), 64);
    });
    return id;
}

void TestTeamMatters::twoReviewersSeeEachOthersTags()
{
    auto team = newTeam(m_server);
    Desk carol(*team, QStringLiteral("carol"), {Role::Compliance});
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    const QString matter = openWithSearch(carol);
    QCOMPARE(matter, QStringLiteral("MAT-1"));
    carol.act(Action::ReviewMatter, [&](RecordsStore &r) {
        r.matters().tag(matter, QStringLiteral("exs-1"), {QStringLiteral("RELEVANT")}, QStringLiteral("fee twice"));
    });
    rita.act(Action::ReviewMatter, [&](RecordsStore &r) {
        const QList<records::ReviewItem> items = r.matters().review(matter);
        QCOMPARE(items.size(), 2);
        const records::ReviewItem carols = items.at(items.at(0).id == QLatin1String("EXS-1") ? 0 : 1);
        QCOMPARE(carols.reviewer, QStringLiteral("carol"));
        QCOMPARE(carols.tags, QStringList{QStringLiteral("relevant")});
        QCOMPARE(carols.note, QStringLiteral("fee twice"));
        r.matters().tag(matter, QStringLiteral("EXS-2"), {QStringLiteral("escalate")}, std::nullopt);
        QCOMPARE(r.matters().show(matter)->review.reviewed, 2);
    });
    // The trail has both reviews, by whom.
    auto owner = team->asOwner();
    QCOMPARE(owner
                 ->exec(QStringLiteral("SELECT string_agg(\"user\", ',' ORDER BY seq) FROM proofdesk.audit_entries "
                                       "WHERE action = 'matter.tag'"))
                 .text(0, 0),
             QStringLiteral("carol,rita"));
}

void TestTeamMatters::anAgentSeesOnlyTheMattersTheyWereAddedTo()
{
    auto team = newTeam(m_server);
    Desk carol(*team, QStringLiteral("carol"), {Role::Compliance});
    Desk ana(*team, QStringLiteral("ana"), {Role::Agent});
    const QString matter = openWithSearch(carol);
    ana.act(Action::ReviewMatter, [&](RecordsStore &r) { QCOMPARE(r.matters().list().size(), 0); });
    QCOMPARE(ana.outcome(Action::ReviewMatter, [&](RecordsStore &r) { r.matters().show(matter); }),
             RecordsError::Kind::NotFound);
    QCOMPARE(ana.outcome(Action::ReviewMatter,
                         [&](RecordsStore &r) {
                             r.matters().tag(matter, QStringLiteral("EXS-1"), {QStringLiteral("relevant")}, {});
                         }),
             RecordsError::Kind::NotFound);
    QCOMPARE(
        ana.outcome(Action::ManageMatter,
                    [&](RecordsStore &r) { r.matters().openMatter(QStringLiteral("x"), QStringLiteral("y"), {}); }),
        RecordsError::Kind::Refused);
    carol.act(Action::ManageMatter, [&](RecordsStore &r) {
        r.matters().addMember(matter, QStringLiteral("ANA"), QStringLiteral("answers the complaint"));
    });
    ana.act(Action::ReviewMatter, [&](RecordsStore &r) {
        QCOMPARE(r.matters().list().size(), 1);
        QCOMPARE(r.matters().tag(matter, QStringLiteral("EXS-1"), {QStringLiteral("relevant")}, {}).reviewer,
                 QStringLiteral("ana"));
    });
}

void TestTeamMatters::aReviewMadeMeanwhileIsRefusedNamingWho()
{
    auto team = newTeam(m_server);
    Desk carol(*team, QStringLiteral("carol"), {Role::Compliance});
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    const QString matter = openWithSearch(carol);
    int seen = -1;
    carol.act(Action::ReviewMatter, [&](RecordsStore &r) {
        for (const records::ReviewItem &i : r.matters().review(matter))
            seen = i.id == QLatin1String("EXS-1") ? i.revision : seen;
    });
    rita.act(Action::ReviewMatter, [&](RecordsStore &r) {
        r.matters().tag(matter, QStringLiteral("EXS-1"), {QStringLiteral("escalate")}, {}, seen);
    });
    try {
        carol.act(Action::ReviewMatter, [&](RecordsStore &r) {
            r.matters().tag(matter, QStringLiteral("EXS-1"), {QStringLiteral("not relevant")}, {}, seen);
        });
        QFAIL("a stale review overwrote another's");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("rita")), qPrintable(e.message()));
    }
}

void TestTeamMatters::productionNumbersComeFromTheServer()
{
    auto team = newTeam(m_server);
    Desk carol(*team, QStringLiteral("carol"), {Role::Compliance});
    Desk cleo(*team, QStringLiteral("cleo"), {Role::Compliance});
    const QString matter = openWithSearch(carol);
    records::ProductionInfo first, second;
    carol.act(Action::ProduceMatter, [&](RecordsStore &r) {
        first = r.matters().startProduction(
            matter, {QStringLiteral("/a"), QStringLiteral("ACME-"), {}, 2, QStringLiteral("k1")});
        // Asked again with its key (after a kill): the same production.
        QCOMPARE(
            r.matters()
                .startProduction(matter, {QStringLiteral("/a"), QStringLiteral("ACME-"), {}, 2, QStringLiteral("k1")})
                .id,
            first.id);
    });
    cleo.act(Action::ProduceMatter, [&](RecordsStore &r) {
        second = r.matters().startProduction(
            matter, {QStringLiteral("/b"), QStringLiteral("ACME-"), {}, 2, QStringLiteral("k1")});
    });
    QCOMPARE(first.firstNumber, 1);
    QCOMPARE(second.firstNumber, 3);
    QVERIFY(first.anchorSeq > 0 && first.anchorHash.size() == 64);
    carol.act(Action::ProduceMatter, [&](RecordsStore &r) {
        QCOMPARE(r.matters().completeProduction(first.id, 2, 0, QString(64, QLatin1Char('a'))).state,
                 QStringLiteral("complete"));
        QCOMPARE(r.matters().show(matter)->productions.size(), 2);
    });
}

void TestTeamMatters::aHoldNamesATeamMatter()
{
    auto team = newTeam(m_server);
    Desk carol(*team, QStringLiteral("carol"), {Role::Compliance});
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    const QString matter = openWithSearch(carol);
    QCOMPARE(rita.outcome(Action::ApplyHold,
                          [&](RecordsStore &r) {
                              r.holds().createHold({QStringLiteral("Lit"),
                                                    QStringLiteral("Smith v. Bank"),
                                                    QStringLiteral("court"),
                                                    {QStringLiteral("EXS-1")},
                                                    {},
                                                    {},
                                                    {}});
                          }),
             RecordsError::Kind::NotFound);
    rita.act(Action::ApplyHold, [&](RecordsStore &r) {
        const records::HoldInfo hold = records::placeMatterHold(
            r.matters(), r.holds(), matter, QStringLiteral("Complaint hold"), QStringLiteral("ombudsman asked"));
        QCOMPARE(hold.matter, matter);
        QCOMPARE(r.matters().show(matter.toLower())->holds, QStringList{hold.id});
    });
}

void TestTeamMatters::aMemberWithASqlPromptReadsNoMatter()
{
    auto team = newTeam(m_server);
    Desk carol(*team, QStringLiteral("carol"), {Role::Compliance});
    Desk ana(*team, QStringLiteral("ana"), {Role::Agent});
    openWithSearch(carol);
    auto psql = team->as(QStringLiteral("ana"));
    for (const char *sql : {"SELECT * FROM proofdesk.matters", "SELECT * FROM proofdesk.matter_items",
                            "UPDATE proofdesk.matter_items SET tags = '[\"relevant\"]'",
                            "SELECT proofdesk.matter_show('compliance', 'MAT-1')",
                            "SELECT proofdesk.insert_matter('agent', 'x', 't', 'r', '[]', 'w', NULL)"}) {
        bool refused = false;
        try {
            psql->exec(QString::fromLatin1(sql));
        } catch (const team::TeamError &) {
            refused = true;
        }
        QVERIFY2(refused, sql);
    }
}

QTEST_GUILESS_MAIN(TestTeamMatters)
#include "tst_teammatters.moc"
