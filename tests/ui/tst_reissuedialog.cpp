// Request Reissue says what the records store's own dry run decides (issue #38 item 5): the
// destination a printed or texted letter goes to, and approval by comparing values, not by
// which radio button is checked; and it warns before a letter is resent where it already
// failed to arrive.
#include "domain/codelabels.h"
#include "itemmodels/records/recordscontext.h"
#include "loadedcontext.h"
#include "records/recordsactions.h"
#include "records/reissuedialog.h"
#include "records/reissueservice.h"
#include "recordsfixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;

class TestReissueDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheDestinationOfTheLettersChannel_data();
    void showsTheDestinationOfTheLettersChannel();
    void approvalIsTheServicesDecision_data();
    void approvalIsTheServicesDecision();
    void aSpecTheServiceRefusesCannotBeRequested();
    void warnsWhenTheOriginalDestinationFailed_data();
    void warnsWhenTheOriginalDestinationFailed();
    void aRouteNoLetterCanTakeCannotBeRequested_data();
    void aRouteNoLetterCanTakeCannotBeRequested();
    void theWarningGoesWithAChangedRoute();

private:
    std::unique_ptr<ReissueDialog> dialogFor(const QString &id, const QString &status = {});
    static bool waitForPlan(ReissueDialog &dialog);
    static void changeRoute(ReissueDialog &dialog, const QString &channel, const QString &address);

    std::unique_ptr<RecordsFixture> m_fixture;
    std::unique_ptr<itemmodels::RecordsContext> m_context;
    std::unique_ptr<QWidget> m_parent;
    RecordsActions *m_actions = nullptr;
};

void TestReissueDialog::initTestCase()
{
    m_fixture = std::make_unique<RecordsFixture>();
    const QJsonObject recipient{{QStringLiteral("name"), QStringLiteral("Ana García")},
                                {QStringLiteral("email"), QStringLiteral("Ana@Example.org")},
                                {QStringLiteral("address"), QStringLiteral("1 Rue Haute, 75001 Paris")},
                                {QStringLiteral("phone"), QStringLiteral("+33 6 12 34 56 78")}};
    for (const char *channel : {"email", "print", "sms", "web"})
        m_fixture->addCommunication(
            QStringLiteral("EXS-%1").arg(QLatin1String(channel)), QStringLiteral("2026-10-03T09:00:00Z"),
            {{QStringLiteral("channel"), QLatin1String(channel)}, {QStringLiteral("recipient"), recipient}});
    m_fixture->import();
    m_fixture->grant(QStringLiteral("alice"), records::Role::Agent);
    m_context = loadedContext(*m_fixture, QStringLiteral("alice"));
    m_parent = std::make_unique<QWidget>();
    m_actions = new RecordsActions(m_context.get(), m_parent.get());
}

std::unique_ptr<ReissueDialog> TestReissueDialog::dialogFor(const QString &id, const QString &status)
{
    auto dialog = std::make_unique<ReissueDialog>(id, status,
                                                  [this](const records::ReissueSpec &spec, QObject *receiver,
                                                         std::function<void(const ReissueDialog::Plan &)> answer) {
                                                      m_actions->planReissue(spec, receiver, std::move(answer));
                                                  });
    dialog->show();
    return dialog;
}

bool TestReissueDialog::waitForPlan(ReissueDialog &dialog)
{
    QSignalSpy shown(&dialog, &ReissueDialog::planShown);
    return shown.wait(5000);
}

void TestReissueDialog::showsTheDestinationOfTheLettersChannel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("destination"); // in the original route and the plan
    QTest::newRow("email") << "EXS-email"
                           << "Ana@Example.org";
    QTest::newRow("print: the postal address, not the e-mail") << "EXS-print"
                                                               << "1 Rue Haute, 75001 Paris";
    QTest::newRow("sms: the phone") << "EXS-sms"
                                    << "+33 6 12 34 56 78";
}

void TestReissueDialog::showsTheDestinationOfTheLettersChannel()
{
    QFETCH(QString, id);
    QFETCH(QString, destination);
    auto dialog = dialogFor(id);
    QVERIFY(waitForPlan(*dialog));
    auto *original = dialog->findChild<QRadioButton *>();
    QVERIFY(original);
    QStringList radios;
    for (auto *b : dialog->findChildren<QRadioButton *>())
        radios << b->text();
    QVERIFY2(radios.join(QLatin1Char('|')).contains(destination), qPrintable(radios.join(QLatin1Char('|'))));
    QVERIFY2(dialog->planText().contains(destination), qPrintable(dialog->planText()));
    QVERIFY2(!dialog->planText().contains(QStringLiteral("Ana@")) || id == QLatin1String("EXS-email"),
             qPrintable(dialog->planText()));
    QVERIFY2(dialog->planText().contains(QStringLiteral("needs no approval")), qPrintable(dialog->planText()));
    // A resend to the original destination is what the dialog starts from, and shows checked.
    for (auto *b : dialog->findChildren<QRadioButton *>())
        QCOMPARE(b->isChecked(),
                 b->text().contains(QStringLiteral("Resend")) || b->text().contains(QStringLiteral("Original")));
}

void TestReissueDialog::approvalIsTheServicesDecision_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("needsApproval");
    QTest::newRow("the original address retyped under 'changed'") << "email"
                                                                  << "ana@example.org" << false;
    QTest::newRow("retyped with spaces and capitals") << "email"
                                                      << "  ANA@example.ORG " << false;
    QTest::newRow("another address") << "email"
                                     << "ana.garcia@example.org" << true;
    QTest::newRow("another channel") << "print"
                                     << "1 Rue Haute, 75001 Paris" << true;
}

void TestReissueDialog::approvalIsTheServicesDecision()
{
    QFETCH(QString, channel);
    QFETCH(QString, address);
    QFETCH(bool, needsApproval);
    auto dialog = dialogFor(QStringLiteral("EXS-email"));
    QVERIFY(waitForPlan(*dialog));
    QList<QRadioButton *> radios = dialog->findChildren<QRadioButton *>();
    QRadioButton *changed = *std::find_if(
        radios.begin(), radios.end(), [](QRadioButton *b) { return b->text().contains(QStringLiteral("Changed")); });
    changed->setChecked(true);
    auto *channels = dialog->findChild<QComboBox *>();
    channels->setCurrentIndex(channels->findData(channel));
    // The channel's word, not its code (#64: "email" in German too); the code is what is asked.
    QCOMPARE(channels->currentText(), proofdesk::domain::CodeLabels::label(channel));
    QVERIFY(channels->currentIndex() >= 0);
    dialog->findChild<QLineEdit *>()->setText(address);
    dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Customer asked"));
    QVERIFY(waitForPlan(*dialog));
    const QString plan = dialog->planText();
    QVERIFY2(plan.contains(needsApproval ? QStringLiteral("must approve") : QStringLiteral("needs no approval")),
             qPrintable(plan));
    // And the service, asked for real, decides the same.
    records::RecordsSession agent = m_fixture->as(QStringLiteral("bob"), records::Role::Agent);
    const records::ReissueRequest made = records::ReissueService(agent).draft(dialog->spec());
    QCOMPARE(made.needsApproval, needsApproval);
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestReissueDialog::aSpecTheServiceRefusesCannotBeRequested()
{
    // The fixture's letters have no data snapshot: the service refuses to regenerate them.
    auto dialog = dialogFor(QStringLiteral("EXS-email"));
    QVERIFY(waitForPlan(*dialog));
    for (auto *b : dialog->findChildren<QRadioButton *>())
        if (b->text().contains(QStringLiteral("generate")))
            b->setChecked(true);
    dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Customer asked"));
    QVERIFY(waitForPlan(*dialog));
    QVERIFY2(dialog->planText().contains(QStringLiteral("snapshot")), qPrintable(dialog->planText()));
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestReissueDialog::warnsWhenTheOriginalDestinationFailed_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected"); // a part of the warning, empty = none
    QTest::newRow("bounced") << "bounced"
                             << "bounced";
    QTest::newRow("returned") << "returned"
                              << "was returned";
    QTest::newRow("failed") << "failed"
                            << "failed";
    QTest::newRow("delivered") << "delivered"
                               << "";
    QTest::newRow("opened") << "opened"
                            << "";
    QTest::newRow("unknown") << ""
                             << "";
}

void TestReissueDialog::warnsWhenTheOriginalDestinationFailed()
{
    QFETCH(QString, status);
    QFETCH(QString, expected);
    auto dialog = dialogFor(QStringLiteral("EXS-print"), status);
    QVERIFY(waitForPlan(*dialog));
    const QString warning = dialog->destinationWarning();
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("destinationWarning"));
    QVERIFY(label);
    if (expected.isEmpty()) {
        QVERIFY(warning.isEmpty());
        QVERIFY(!label->isVisible());
        return;
    }
    QVERIFY2(warning.contains(expected), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("1 Rue Haute")), qPrintable(warning)); // where it went, as text
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->isVisible());
}

void TestReissueDialog::changeRoute(ReissueDialog &dialog, const QString &channel, const QString &address)
{
    for (auto *b : dialog.findChildren<QRadioButton *>())
        if (b->text().contains(QStringLiteral("Changed")))
            b->setChecked(true);
    auto *channels = dialog.findChild<QComboBox *>();
    channels->setCurrentIndex(channels->findData(channel));
    dialog.findChild<QLineEdit *>()->setText(address);
}

void TestReissueDialog::aRouteNoLetterCanTakeCannotBeRequested_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("said");
    QTest::newRow("print to an e-mail address (#64)") << "print"
                                                      << "someone@example.org"
                                                      << "not a postal address";
    QTest::newRow("e-mail to a street") << "email"
                                        << "1 Rue Haute, 75001 Paris"
                                        << "not an e-mail address";
    QTest::newRow("sms to a name") << "sms"
                                   << "Ana García"
                                   << "not a phone number";
}

// The dialog took any address for any channel ("It goes by print to someone@example.org"); the
// service's dry run refuses such a route, and the dialog says why and offers no Request.
void TestReissueDialog::aRouteNoLetterCanTakeCannotBeRequested()
{
    QFETCH(QString, channel);
    QFETCH(QString, address);
    QFETCH(QString, said);
    auto dialog = dialogFor(QStringLiteral("EXS-email"));
    QVERIFY(waitForPlan(*dialog));
    dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Customer asked"));
    changeRoute(*dialog, channel, address);
    QVERIFY(waitForPlan(*dialog));
    QVERIFY2(dialog->planText().contains(said), qPrintable(dialog->planText()));
    QVERIFY2(!dialog->planText().contains(QStringLiteral("It goes by")), qPrintable(dialog->planText()));
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

// The bounced-address warning stood after another address was chosen; it now goes with the
// route it is about, and comes back when that route is chosen again. The portal takes no address.
void TestReissueDialog::theWarningGoesWithAChangedRoute()
{
    auto dialog = dialogFor(QStringLiteral("EXS-email"), QStringLiteral("bounced"));
    QVERIFY(waitForPlan(*dialog));
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("destinationWarning"));
    QVERIFY(warning->isVisible());
    changeRoute(*dialog, QStringLiteral("email"), QStringLiteral("ana.garcia@example.org"));
    QVERIFY(!warning->isVisible());
    QVERIFY(dialog->destinationWarning().isEmpty());
    changeRoute(*dialog, QStringLiteral("email"), QStringLiteral(" ANA@example.org"));
    QVERIFY(warning->isVisible()); // the same address, retyped
    changeRoute(*dialog, QStringLiteral("print"), QString());
    QVERIFY(!warning->isVisible());
    changeRoute(*dialog, QStringLiteral("web"), QString());
    QVERIFY(!dialog->findChild<QLineEdit *>()->isEnabled());
    for (auto *b : dialog->findChildren<QRadioButton *>())
        if (b->text().contains(QStringLiteral("Original")))
            b->setChecked(true);
    QVERIFY(warning->isVisible());
}

QTEST_MAIN(TestReissueDialog)
#include "tst_reissuedialog.moc"
