// No record can make the results list slow to draw (#44 item 1): a drop line may be 16 MiB, and
// a record whose type was 4 MB and recipient 8 MB made every repaint of the list cost 4.4 s of
// the window's thread (each cell's text shaped whole to be elided) and the window 730 MB. The
// import cuts such fields (tst_fieldbounds), and a cell draws no more of its text than fits: a
// repository's row that is not cached (Search the Repositories Too) is drawn from the
// connector's record as it came. What is checked is the text the style is given to lay out,
// elide and draw, which is what cost the time.
#include "cachefixture.h"
#include "detailpane.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "resultsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QProxyStyle>
#include <QSettings>
#include <QStyleOptionViewItem>
#include <QTest>

using proofdesk::itemmodels::ResultsModel;

namespace {

const QString kHugeId = QStringLiteral("EXS-T-HUGE");

// The fields of the attack: a 4 MB type and an 8 MB recipient, in one drop line of 12 MB.
proofdesk::domain::Communication hugeRecord()
{
    proofdesk::domain::Communication c;
    c.id = QStringLiteral("EXS-REMOTE-HUGE");
    c.issuedAt = 1767225600000;
    c.type = QString(4 << 20, u'T');
    c.recipientName = QString(8 << 20, u'R');
    c.customerId = QString(1 << 20, u'C');
    c.channel = QStringLiteral("email");
    return c;
}

// The results as the window has them: a model (checked by a tester) in a view on screen.
struct ShownResults
{
    explicit ShownResults(const QString &databasePath)
        : model(databasePath)
    {
        view.setResultsModel(&model);
        view.resize(1600, 900);
        view.show();
    }
    ResultsModel model;
    QAbstractItemModelTester tester{&model};
    ResultsView view;
};

// The longest text the style was given for a cell of an item view (to measure, elide and
// draw: each costs in proportion to the text's length, whatever is seen of it) and for a
// widget's item text (a label's).
class TextLengthWatch : public QProxyStyle
{
public:
    TextLengthWatch()
        : QProxyStyle(QApplication::style()->name())
    {}
    qsizetype longest() const { return m_longest; }
    void restart() { m_longest = 0; }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        note(option);
        QProxyStyle::drawControl(element, option, painter, widget);
    }
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        note(option);
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    }
    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                      const QString &text, QPalette::ColorRole role) const override
    {
        m_longest = qMax(m_longest, text.size());
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, role);
    }

private:
    void note(const QStyleOption *option) const
    {
        if (const auto *cell = qstyleoption_cast<const QStyleOptionViewItem *>(option))
            m_longest = qMax(m_longest, cell->text.size());
    }

    mutable qsizetype m_longest = 0;
};

// What a cell of the results list draws at most (resultsdelegate.cpp): no field is longer.
constexpr qsizetype kMaxCellCharacters = 1024;

// The longest text a repaint of `view`'s rows gave the style.
qsizetype longestTextPainted(QAbstractItemView &view, TextLengthWatch &watch)
{
    view.setStyle(&watch); // the delegate draws with its view's style
    watch.restart();
    view.viewport()->repaint();
    return watch.longest();
}

} // namespace

class TestResultsBounds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aCachedRecordOfHugeFieldsDrawsWhatFits();
    void aRepositoryRowOfHugeFieldsDrawsWhatFits();
    void theWindowWithTheRecordSelectedLaysOutNoHugeText();

private:
    std::unique_ptr<CacheFixture> m_cache;
};

void TestResultsBounds::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_resultsbounds"));
    m_cache = std::make_unique<CacheFixture>(60);
    QJsonObject overrides{{QStringLiteral("type"), QString(4 << 20, u'T')},
                          {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("name"), QString(8 << 20, u'R')}}}};
    m_cache->drop.appendRecord(QStringLiteral("communications/c.ndjson"),
                               m_cache->drop.communication(kHugeId, CacheFixture::issuedFor(1000), overrides));
    proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(m_cache->databasePath());
    const auto outcome = proofdesk::sync::importDrop(writer, m_cache->folder->contentStore(), m_cache->dropDir.path());
    QVERIFY2(outcome.report.error.isEmpty(), qPrintable(outcome.report.error));
    QCOMPARE(outcome.report.result.rejected.size(), 0);
}

void TestResultsBounds::init() { QSettings().clear(); }

void TestResultsBounds::aCachedRecordOfHugeFieldsDrawsWhatFits()
{
    TextLengthWatch watch; // outlives the view that draws with it
    ShownResults shown(m_cache->databasePath());
    ResultsModel &model = shown.model;
    ResultsView &view = shown.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setQuery(QString());
    QTRY_VERIFY_WITH_TIMEOUT(model.hasAllRowIds() && model.total() == 63, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(model.index(0, 0).data(ResultsModel::LoadedRole).toBool(), 60000);
    QCOMPARE(model.index(0, ResultsModel::IdColumn).data().toString(), kHugeId); // the newest, at the top
    const qsizetype longest = longestTextPainted(view, watch);
    QVERIFY2(longest > 0 && longest <= kMaxCellCharacters, qPrintable(QString::number(longest)));
}

void TestResultsBounds::aRepositoryRowOfHugeFieldsDrawsWhatFits()
{
    TextLengthWatch watch; // outlives the view that draws with it
    ShownResults shown(m_cache->databasePath());
    ResultsModel &model = shown.model;
    ResultsView &view = shown.view;
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setQuery(QStringLiteral("id:EXS-T-000001"));
    QTRY_VERIFY_WITH_TIMEOUT(model.hasAllRowIds() && model.total() == 1, 60000);
    proofdesk::services::RemoteHit hit;
    hit.record = hugeRecord();
    hit.repository = QStringLiteral("Documentum");
    QVERIFY(model.setRemoteHits(model.shownQuery(), {hit}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ResultsModel::TypeColumn).data().toString().size(), 4 << 20); // the model has it whole
    const qsizetype longest = longestTextPainted(view, watch);
    QVERIFY2(longest > 0 && longest <= kMaxCellCharacters, qPrintable(QString::number(longest)));
}

// The window as a person has it: the record at the top of the results, selected, its detail
// shown: no widget of it is given a text longer than a cell or a metadata value shows.
void TestResultsBounds::theWindowWithTheRecordSelectedLaysOutNoHugeText()
{
    auto *watch = new TextLengthWatch;
    QApplication::setStyle(watch); // every widget's, also those made later; the application owns it
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<ResultsView *>();
    QVERIFY(view);
    auto *model = qobject_cast<ResultsModel *>(view->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasAllRowIds() && model->total() == 63, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(ResultsModel::LoadedRole).toBool(), 60000);
    view->setCurrentIndex(model->index(0, ResultsModel::IdColumn));
    DetailPane *pane = window.detailPane();
    QTRY_COMPARE_WITH_TIMEOUT(pane->shownId(), kHugeId, 60000);
    watch->restart();
    window.grab();                   // lays out and paints the whole window, the detail as shown
    constexpr qsizetype most = 4096; // MetadataModel::kMaxShown: what a metadata value shows
    QVERIFY2(watch->longest() > 0 && watch->longest() <= most, qPrintable(QString::number(watch->longest())));
    for (const QLabel *label : window.findChildren<QLabel *>())
        QVERIFY2(label->text().size() <= most, qPrintable(label->objectName() + label->text().left(80)));
}

QTEST_MAIN(TestResultsBounds)
#include "tst_resultsbounds.moc"
