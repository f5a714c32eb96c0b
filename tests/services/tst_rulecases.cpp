// One rule, one answer (issue #38): the records rules' tables of cases (tests/rules/*.csv, the
// same files the team server's pgTAP tests read) run against each store a desk can have — the
// data folder's records.sqlite and a team's PostgreSQL database — and, where the rule is a
// function over values, against that function (domain/). A disagreement anywhere fails here.
// docs/rules.md says where each rule lives.
#include "domain/person.h"
#include "domain/reissuerules.h"
#include "records/holdregister.h"
#include "records/roles.h"
#include "recordsbackend.h"
#include "rulecases.h"

#include <functional>

using namespace storetest;

namespace {

QJsonObject recipientOn(const QString &channel, const QString &destination)
{
    const QString key = channel == QLatin1String("email")   ? QStringLiteral("email")
                        : channel == QLatin1String("print") ? QStringLiteral("address")
                                                            : QStringLiteral("phone");
    QJsonObject recipient{{QStringLiteral("name"), QStringLiteral("Ana García")}};
    if (!destination.isEmpty())
        recipient.insert(key, destination);
    return recipient;
}

} // namespace

class TestRuleCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(pgServer().start(&error), qPrintable(error));
    }
    void reissueApproval_data();
    void reissueApproval();
    void reissueDestination_data();
    void reissueDestination();
    void heldAndNotDisposed_data();
    void heldAndNotDisposed();
    void samePerson_data();
    void samePerson();
    void roles_data();
    void roles();
    void theRoleTableHasEveryAction();

private:
    // Which store a case does not apply to: none, unless `appliesTo` says otherwise.
    using AppliesTo = std::function<bool(const QString &backend, const rulecases::Case &row)>;
    static void caseRows(const QString &table, const AppliesTo &appliesTo = {});
};

// Each case once per store; the columns are the case's fields.
void TestRuleCases::caseRows(const QString &table, const AppliesTo &appliesTo)
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QVariantHash>("row");
    for (const QString &backend : {QStringLiteral("local"), QStringLiteral("team")})
        for (const auto &c : rulecases::read(table)) {
            if (appliesTo && !appliesTo(backend, c))
                continue;
            QVariantHash row;
            for (auto it = c.begin(); it != c.end(); ++it)
                row.insert(it.key(), it.value());
            QTest::newRow(qPrintable(backend + QStringLiteral(": ") + c.value(QStringLiteral("case"))))
                << backend << row;
        }
}

void TestRuleCases::reissueApproval_data()
{
    // A letter whose original is not known exists only on a team (its publisher never published
    // it): a desk's own cache knows every letter it can reissue, and the service refuses one it
    // lacks. Such a case is run against the team only (the function is checked there too).
    caseRows(QStringLiteral("reissue_approval.csv"), [](const QString &backend, const rulecases::Case &c) {
        return backend == QLatin1String("team") || !c.value(QStringLiteral("original_channel")).isEmpty();
    });
}

// tests/rules/reissue_approval.csv: a resend to the original route needs no approval;
// anything else, every regeneration, and a letter whose original is not known do.
void TestRuleCases::reissueApproval()
{
    QFETCH(QString, backend);
    QFETCH(QVariantHash, row);
    const auto at = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    const bool expected = at("needs_approval") == QLatin1String("true");
    const QString originalChannel = at("original_channel");
    const std::optional<domain::ReissueRoute> original =
        originalChannel.isEmpty() ? std::nullopt
                                  : std::optional(domain::ReissueRoute{originalChannel, at("original_destination")});
    QCOMPARE(domain::reissueNeedsApproval(at("mode"), original, {at("channel"), at("destination")}), expected);

    RecordsFixture f;
    const QJsonObject snapshot{{QStringLiteral("path"), QStringLiteral("snapshots/1.json")},
                               {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}};
    f.addCommunication(QStringLiteral("CASE-1"), QStringLiteral("2026-10-01T09:00:00Z"),
                       {{QStringLiteral("channel"), original ? originalChannel : QStringLiteral("email")},
                        {QStringLiteral("recipient"), recipientOn(originalChannel, at("original_destination"))},
                        {QStringLiteral("snapshot"), snapshot}});
    f.import();
    Backend b(f);
    if (original)
        b.publishFacts(); // unknown: the team's publisher never published it
    records::ReissueRequest made;
    b.act(QStringLiteral("alice"), Role::Agent, Action::RequestReissue, [&](RecordsStore &r) {
        made = r.reissues().requestReissue(
            {QStringLiteral("CASE-1"), at("mode"), QStringLiteral("customer asked"), at("channel"), at("destination")});
    });
    QCOMPARE(made.needsApproval, expected);
    QCOMPARE(made.status == QLatin1String("pending_approval"), expected); // else on its way (queued, sent)
}

void TestRuleCases::reissueDestination_data() { caseRows(QStringLiteral("reissue_destination.csv")); }

// tests/rules/reissue_destination.csv: a route no letter can take (print to an e-mail address,
// sms to a name, the portal with an address) is refused before anyone approves it, on every
// store (#64 item 3); a route that can be taken is requested.
void TestRuleCases::reissueDestination()
{
    QFETCH(QString, backend);
    QFETCH(QVariantHash, row);
    const auto at = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    using P = domain::DestinationProblem;
    static const QHash<QString, P> problems{{QStringLiteral("none"), P::None},
                                            {QStringLiteral("missing"), P::Missing},
                                            {QStringLiteral("not_an_email"), P::NotAnEmail},
                                            {QStringLiteral("not_a_phone"), P::NotAPhone},
                                            {QStringLiteral("not_postal"), P::NotPostal},
                                            {QStringLiteral("portal_takes_no_address"), P::PortalTakesNoAddress}};
    QVERIFY(problems.contains(at("problem")));
    const P expected = problems.value(at("problem"));
    QCOMPARE(domain::destinationProblem(at("channel"), at("destination")), expected);

    // The letter went by e-mail with no other address on record, so that every other channel
    // is a change of route and an empty destination there has nothing to fall back on.
    RecordsFixture f;
    f.addCommunication(
        QStringLiteral("CASE-1"), QStringLiteral("2026-10-01T09:00:00Z"),
        {{QStringLiteral("channel"), QStringLiteral("email")},
         {QStringLiteral("recipient"), recipientOn(QStringLiteral("email"), QStringLiteral("x@example.org"))}});
    f.import();
    Backend b(f);
    b.publishFacts();
    const QString channel = at("channel") == QLatin1String("email") && at("destination").trimmed().isEmpty()
                                ? QStringLiteral("sms") // e-mail with no address typed is the original route
                                : at("channel");
    const auto outcome = b.outcome(QStringLiteral("alice"), Role::Agent, Action::RequestReissue, [&](RecordsStore &r) {
        r.reissues().requestReissue({QStringLiteral("CASE-1"), QStringLiteral("resend"),
                                     QStringLiteral("customer asked"), channel, at("destination")});
    });
    QCOMPARE(outcome.has_value(), expected != P::None);
    if (outcome)
        QCOMPARE(*outcome, RecordsError::Kind::Invalid);
    if (backend == QLatin1String("local"))
        QCOMPARE(f.writer.queryInt("SELECT count(*) FROM rec.reissue_requests"), expected == P::None ? 1 : 0);
}

void TestRuleCases::heldAndNotDisposed_data() { caseRows(QStringLiteral("held.csv")); }

// tests/rules/held.csv: a communication is under hold while an active hold covers it as an
// item, by a business key it carries (folded: domain/textfold.h), or in its repository; a held
// one is never disposed of, an unheld one past its retention is.
void TestRuleCases::heldAndNotDisposed()
{
    QFETCH(QString, backend);
    QFETCH(QVariantHash, row);
    const auto at = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    const bool held = at("held") == QLatin1String("true");
    RecordsFixture f;
    f.addCommunication(QStringLiteral("CASE-1"), QStringLiteral("2015-03-01T09:00:00Z"),
                       {{QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}},
                        {QStringLiteral("customer_id"), at("customer")}});
    f.import();
    if (at("repo_hold") == QLatin1String("true")) // as a CMIS sync stores cmis:rm_holdIds
        f.writer.exec("UPDATE communications SET repo_hold_ids = '[\"LEGAL-7\"]' WHERE id = 'CASE-1'");
    Backend b(f);
    b.publishFacts();
    const QString kind = at("hold");
    if (!kind.isEmpty()) {
        b.act(QStringLiteral("rita"), Role::Records, Action::ApplyHold, [&](RecordsStore &r) {
            const bool item = kind == QLatin1String("item");
            const records::HoldInfo hold =
                r.holds().createHold({QStringLiteral("Litigation"),
                                      {},
                                      QStringLiteral("claim dispute"),
                                      item ? QStringList{QStringLiteral("CASE-1")} : QStringList{},
                                      {},
                                      item ? QString() : kind,
                                      item ? QString() : at("hold_value")});
            if (at("hold_state") == QLatin1String("released"))
                r.holds().releaseHold(hold.id, QStringLiteral("settled"));
            else if (at("hold_state") == QLatin1String("removed"))
                r.holds().removeHoldItems(hold.id, {QStringLiteral("CASE-1")}, QStringLiteral("not in the matter"));
        });
    }
    const auto outcome =
        b.outcome(QStringLiteral("rita"), Role::Records, Action::ApproveDisposition, [](RecordsStore &r) {
            r.disposition().approveDisposition({QStringLiteral("CASE-1")}, QStringLiteral("schedule"));
        });
    QCOMPARE(outcome.has_value(), held);
    if (outcome)
        QCOMPARE(*outcome, RecordsError::Kind::Refused);
    QCOMPARE(f.writer.queryInt("SELECT count(*) FROM communications WHERE id = 'CASE-1'"), held ? 1 : 0);
}

void TestRuleCases::samePerson_data()
{
    // A login with white space in it is a role name psql quotes; the table's rule holds for it
    // (the first check below), the stores are asked with the logins a team can be given.
    caseRows(QStringLiteral("same_person.csv"), [](const QString &, const rulecases::Case &c) {
        return !c.value(QStringLiteral("a")).contains(QLatin1Char(' '))
               && !c.value(QStringLiteral("b")).contains(QLatin1Char(' '));
    });
}

// tests/rules/same_person.csv (#65 item 3): the desk's rule, then the four-eyes rule on each
// store: b may approve a's request exactly when they are two people.
void TestRuleCases::samePerson()
{
    QFETCH(QString, backend);
    QFETCH(QVariantHash, row);
    const QString a = row.value(QStringLiteral("a")).toString(), b = row.value(QStringLiteral("b")).toString();
    const bool same = row.value(QStringLiteral("same")).toString() == QLatin1String("true");
    QCOMPARE(domain::samePerson(a, b), same);
    QCOMPARE(domain::samePerson(b, a), same);

    RecordsFixture f;
    f.addCommunication(
        QStringLiteral("CASE-1"), QStringLiteral("2026-10-01T09:00:00Z"),
        {{QStringLiteral("channel"), QStringLiteral("email")},
         {QStringLiteral("recipient"), recipientOn(QStringLiteral("email"), QStringLiteral("jane@example.com"))}});
    f.import();
    Backend store(f);
    QString id;
    store.act(a, Role::Compliance, Action::RequestReissue, [&](RecordsStore &r) {
        const records::ReissueRequest made = r.reissues().requestReissue(
            {QStringLiteral("CASE-1"), QStringLiteral("resend"), QStringLiteral("customer asked"),
             QStringLiteral("email"), QStringLiteral("new@example.org")});
        QCOMPARE(made.status, QStringLiteral("pending_approval"));
        id = made.id;
    });
    const auto outcome = store.outcome(b, Role::Compliance, Action::ApproveReissue, [&](RecordsStore &r) {
        r.reissues().approveReissue(id, QStringLiteral("checked"));
    });
    QCOMPARE(outcome, same ? std::optional(RecordsError::Kind::Refused) : std::nullopt);
}

// tests/rules/roles.csv (#65 item 5): DESIGN.md's role table, a row an action, as the desk
// decides it (records::AccessPolicy, which both stores ask before every action; the team server
// decides the same rows in pgTAP 20_role_table.sql).
void TestRuleCases::roles_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    for (const rulecases::Case &c : rulecases::read(QStringLiteral("roles.csv")))
        for (const records::Role role : records::allRoles()) {
            const QString action = c.value(QStringLiteral("case"));
            const QString name = records::roleName(role);
            QTest::newRow(qPrintable(action + QStringLiteral(" as ") + name))
                << action << name << (c.value(name) == QLatin1String("true"));
        }
}

void TestRuleCases::roles()
{
    QFETCH(QString, action);
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    std::optional<records::Action> named;
    for (int i = 0; i <= int(records::Action::ProduceMatter); ++i)
        if (records::actionName(records::Action(i)) == action)
            named = records::Action(i);
    QVERIFY2(named, qPrintable(action + QStringLiteral(" is no action of the desk")));
    QCOMPARE(records::AccessPolicy::permits(*records::parseRole(role), *named), allowed);
}

// Every action the desk checks is a row of the table, once: an action added to the desk without
// its row would be decided by nobody's table.
void TestRuleCases::theRoleTableHasEveryAction()
{
    QStringList rows;
    for (const rulecases::Case &c : rulecases::read(QStringLiteral("roles.csv")))
        rows << c.value(QStringLiteral("case"));
    QStringList actions;
    for (int i = 0; i <= int(records::Action::ProduceMatter); ++i)
        actions << records::actionName(records::Action(i));
    rows.sort();
    actions.sort();
    QCOMPARE(rows, actions);
}

QTEST_MAIN(TestRuleCases) // a disposition certificate is a PDF: QPdfWriter needs the GUI application
#include "tst_rulecases.moc"
