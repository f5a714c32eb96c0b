// A field from a repository is shown as the text it is, wherever it is shown: markup in a
// type, a recipient's name, a template's name or an approval step is never rendered.
#include "datafolder/datafolder.h"
#include "detailpane.h"
#include "dropbuilder.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "plaintooltips.h"
#include "relatedpanel.h"
#include "resultsview.h"
#include "searchbar.h"
#include "sync/dropimport.h"
#include "tempdatafolder.h"
#include "templatehistorydialog.h"
#include "templatepanel.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <memory>

namespace {

const QString hostile = QStringLiteral("<b>bold</b><img src=\"file:///etc/passwd\">");
const QString hostileId = QStringLiteral("EXS-H-1");

// What a person sees of `text` shown in `format`: labels in AutoText and tooltips guess.
QString shownText(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// One communication and its template, every free-text field hostile.
struct HostileCache
{
    TempDataFolder data;
    QTemporaryDir dropDir;
    DropBuilder drop{dropDir.path()};
    std::unique_ptr<proofdesk::datafolder::DataFolder> folder;

    HostileCache()
    {
        QJsonObject approval{{QStringLiteral("step"), hostile},
                             {QStringLiteral("by"), hostile},
                             {QStringLiteral("at"), QStringLiteral("2025-12-20T10:00:00Z")},
                             {QStringLiteral("decision"), QStringLiteral("approved")},
                             {QStringLiteral("note"), hostile}};
        QJsonObject tpl{{QStringLiteral("template_id"), QStringLiteral("TPL-H")},
                        {QStringLiteral("version"), QStringLiteral("1")},
                        {QStringLiteral("name"), hostile},
                        {QStringLiteral("status"), QStringLiteral("approved")},
                        {QStringLiteral("effective_from"), QStringLiteral("2026-01-01T00:00:00Z")},
                        {QStringLiteral("approvals"), QJsonArray{approval}},
                        {QStringLiteral("body"), QStringLiteral("Dear customer")}};
        drop.appendRecord(QStringLiteral("templates/h.ndjson"), tpl);
        const QJsonObject overrides{
            {QStringLiteral("type"), hostile},
            {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("name"), hostile}}},
            {QStringLiteral("customer_id"), hostile},
            {QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), QStringLiteral("TPL-H")},
                                                     {QStringLiteral("version"), QStringLiteral("1")}}}};
        drop.appendRecord(QStringLiteral("communications/h.ndjson"),
                          drop.communication(hostileId, QStringLiteral("2026-10-03T09:00:00Z"), overrides));
        folder = std::make_unique<proofdesk::datafolder::DataFolder>(data.path());
        proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(folder->databasePath());
        const auto outcome = proofdesk::sync::importDrop(writer, folder->contentStore(), dropDir.path());
        if (!outcome.report.error.isEmpty())
            qFatal("hostile fixture import failed: %s", qPrintable(outcome.report.error));
    }
};

} // namespace

class TestPlainFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detailPaneShowsFieldsLiterally();
    void templateHistoryShowsFieldsLiterally();

private:
    std::unique_ptr<HostileCache> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void TestPlainFields::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_plainfields"));
    QSettings().clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_cache = std::make_unique<HostileCache>();
    m_window = std::make_unique<MainWindow>(m_cache->folder->databasePath(), m_cache->folder->path());
    m_window->show();
}

void TestPlainFields::detailPaneShowsFieldsLiterally()
{
    m_window->searchBar()->setQuery(QStringLiteral("id:") + hostileId);
    auto *model = m_window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1, 5000);
    m_window->resultsView()->setCurrentIndex(model->index(0, 0));
    DetailPane *pane = m_window->detailPane();
    QTRY_COMPARE_WITH_TIMEOUT(pane->shownId(), hostileId, 5000);

    // Every label: where a field with markup appears, it appears whole, as typed.
    int showingField = 0;
    for (QLabel *label : pane->findChildren<QLabel *>()) {
        for (const auto &[text, format] :
             {std::pair{label->text(), label->textFormat()},
              // A tooltip kept plain is shown as PlainToolTips shows it.
              std::pair{label->property(PlainToolTips::kPlainToolTip).toBool() ? PlainToolTips::plain(label->toolTip())
                                                                               : label->toolTip(),
                        Qt::AutoText}}) {
            const QString shown = shownText(text, format);
            if (!text.contains(QLatin1String("bold")))
                continue;
            QVERIFY2(shown.contains(hostile), qPrintable(label->accessibleName() + QStringLiteral(": ") + shown));
            ++showingField;
        }
    }
    // The title and its tooltip (type, recipient), the template version (name) and the
    // approval (step, by, note).
    QVERIFY2(showingField >= 4, qPrintable(QString::number(showingField)));
    QVERIFY(pane->templatePanel()->summaryText().count(QLatin1String("bold")) >= 4);

    // The related searches: each tooltip reads as its search.
    auto *related = pane->findChild<RelatedPanel *>();
    QVERIFY(related && related->list()->count() > 0);
    bool sawField = false;
    for (int i = 0; i < related->list()->count(); ++i) {
        const QListWidgetItem *item = related->list()->item(i);
        const QString query = item->data(Qt::UserRole).toString();
        if (query.isEmpty())
            continue;
        QCOMPARE(shownText(item->toolTip(), Qt::AutoText).trimmed(), QStringLiteral("Search: ") + query);
        sawField = sawField || query.contains(QLatin1String("bold"));
    }
    QVERIFY(sawField);
}

void TestPlainFields::templateHistoryShowsFieldsLiterally()
{
    TemplateHistoryDialog dialog(m_cache->folder->databasePath(), QStringLiteral("TPL-H"), QStringLiteral("1"));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 5000);
    bool sawName = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        const QString shown = shownText(label->text(), label->textFormat());
        if (label->text().contains(QLatin1String("bold"))) {
            QVERIFY2(shown.contains(hostile), qPrintable(shown));
            sawName = true;
        }
    }
    QVERIFY(sawName);
}

QTEST_MAIN(TestPlainFields)
#include "tst_plainfields.moc"
