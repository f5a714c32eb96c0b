// PdfRenderProcess, the window's side of proofdesk-render: whatever the helper does (not
// start, end, answer nonsense, die on one page), the answer is a signal that says why, and
// the document's other pages are still drawn.
#include "helperstandin.h"
#include "hostilepdf.h"
#include "render/pdfrenderprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace proofdesk::render;

namespace {

// 512 MB, and time bounds far above what drawing anything here takes on a loaded machine (a
// minute of processor time, ten of the wall clock): only the bound a test is about ends a
// request, never the machine's load.
RenderLimits testLimits(int wallSeconds = 600)
{
    RenderLimits limits;
    limits.seconds = 60;
    limits.wallSeconds = wallSeconds;
    limits.memoryBytes = qint64(512) << 20;
    return limits;
}

// Waits for events that must come: long enough for a machine busy with other builds.
constexpr int kPatientMs = 120000;

// Two pages: the first inflates to `megabytes` of text operators, the second says hello.
QByteArray bombThenHello(int megabytes)
{
    const QByteArray bomb = hostilepdf::inflatingTo(megabytes);
    const qsizetype start = bomb.indexOf("4 0 obj\n") + 8;
    const QByteArray bombStream = bomb.mid(start, bomb.indexOf("\nendobj\n", start) - start);
    return hostilepdf::document({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
                                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                                 "/Resources << /Font << /F1 5 0 R >> >> >>",
                                 bombStream, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R "
                                 "/Resources << /Font << /F1 5 0 R >> >> >>",
                                 hostilepdf::stream(QByteArray(), "BT /F1 12 Tf 72 720 Td (hello) Tj ET")});
}

} // namespace

class TestPdfRenderProcess : public QObject
{
    Q_OBJECT

private slots:
    void aHelperThatMisbehavesIsSaid_data();
    void aHelperThatMisbehavesIsSaid();
    void aMissingHelperLeavesNothingOpen();
    void aPageThatKillsTheHelperLeavesTheOthers();
    void aPageIsDrawnAtTheSizeAsked();
};

void TestPdfRenderProcess::aHelperThatMisbehavesIsSaid_data()
{
    QTest::addColumn<QByteArray>("script"); // the helper, as a shell script; empty: none installed
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("wallSeconds"); // the wall clock's bound: only the helper that never answers meets it
    QTest::newRow("not installed") << QByteArray() << QStringLiteral("could not be started") << 600;
    QTest::newRow("ends at once") << QByteArray("exit 0") << QStringLiteral("exit status 0") << 600;
    QTest::newRow("answers with what it was sent")
        << QByteArray("exec cat") << QStringLiteral("answered something else") << 600;
    QTest::newRow("announces a gigabyte answer")
        << QByteArray("printf 'D 1073741824\\n'; exec sleep 600") << QStringLiteral("answered something else") << 600;
    QTest::newRow("never answers") << QByteArray("exec sleep 600") << QStringLiteral("opening it took longer than 3 s")
                                   << 3;
}

void TestPdfRenderProcess::aHelperThatMisbehavesIsSaid()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, reason);
    QFETCH(int, wallSeconds);
    QTemporaryDir dir;
    const QString program = dir.filePath(QStringLiteral("proofdesk-render"));
    if (!script.isEmpty())
        QVERIFY(helperstandin::write(program, "#!/bin/sh\n" + script + "\n", true));
    PdfRenderProcess render(program, testLimits(wallSeconds));
    QSignalSpy failed(&render, &PdfRenderProcess::failed);
    render.open(hostilepdf::withText("hello"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kPatientMs);
    const QString why = failed.at(0).at(0).toString();
    QVERIFY2(why.contains(reason), qPrintable(why));
}

// Each document viewed without the helper installed was a failed start, and Qt's QProcess
// (6.4.2) leaves a pipe open for each: fifty views left fifty. A helper that is not there is
// not started; each view is still told why.
void TestPdfRenderProcess::aMissingHelperLeavesNothingOpen()
{
    QTemporaryDir dir;
    PdfRenderProcess render(dir.filePath(QStringLiteral("proofdesk-render")), testLimits());
    QSignalSpy failed(&render, &PdfRenderProcess::failed);
    const qsizetype before = helperstandin::openDescriptors();
    for (int i = 1; i <= 50; ++i) {
        render.open(hostilepdf::withText("hello"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), i, kPatientMs);
        const QString why = failed.last().at(0).toString();
        QVERIFY2(why.contains(QLatin1String("could not be started (there is no such file)")), qPrintable(why));
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(helperstandin::openDescriptors(), before);
}

// The first page needs more than the memory bound: the helper dies of it (the reason says
// so, whatever the machine's load: the time bounds are far off), and a new one draws page 2.
void TestPdfRenderProcess::aPageThatKillsTheHelperLeavesTheOthers()
{
    PdfRenderProcess render(PdfRenderProcess::defaultProgram(), testLimits());
    QSignalSpy opened(&render, &PdfRenderProcess::opened);
    QSignalSpy pageFailed(&render, &PdfRenderProcess::pageFailed);
    QSignalSpy rendered(&render, &PdfRenderProcess::pageRendered);
    render.open(bombThenHello(400));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kPatientMs);
    QCOMPARE(opened.at(0).at(1).toInt(), 2);
    render.requestPages({{0, QSize(612, 792)}, {1, QSize(612, 792)}});
    QTRY_COMPARE_WITH_TIMEOUT(pageFailed.size() + rendered.size(), 2, kPatientMs);
    QCOMPARE(pageFailed.size(), 1);
    QCOMPARE(pageFailed.at(0).at(0).toInt(), 0);
    QVERIFY2(pageFailed.at(0).at(1).toString().contains(QLatin1String("512 MB")),
             qPrintable(pageFailed.at(0).at(1).toString()));
    QCOMPARE(rendered.size(), 1); // a new helper opened the document again for page 2
    QCOMPARE(rendered.at(0).at(0).toInt(), 1);
}

void TestPdfRenderProcess::aPageIsDrawnAtTheSizeAsked()
{
    PdfRenderProcess render(PdfRenderProcess::defaultProgram(), testLimits());
    QSignalSpy opened(&render, &PdfRenderProcess::opened);
    QSignalSpy rendered(&render, &PdfRenderProcess::pageRendered);
    render.open(hostilepdf::withText("hello"));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kPatientMs);
    QCOMPARE(opened.at(0).at(0).value<QList<QSizeF>>(), QList<QSizeF>{QSizeF(612, 792)});
    render.requestPages({{0, QSize(306, 396)}});
    QTRY_COMPARE_WITH_TIMEOUT(rendered.size(), 1, kPatientMs);
    const QImage page = rendered.at(0).at(1).value<QImage>();
    QCOMPARE(page.size(), QSize(306, 396));
    QCOMPARE(page.pixelColor(300, 390), QColor(Qt::white)); // paper, not transparency
}

QTEST_MAIN(TestPdfRenderProcess)
#include "tst_pdfrenderprocess.moc"
