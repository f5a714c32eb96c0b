// An email's HTML is shown from its own bytes only: nothing it names on the disk or the
// network is ever read, and what it names instead of embedding is a placeholder.
#include "fileopenwatch.h"
#include "safetextbrowser.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

const QByteArray secret = "PROOFDESK-SECRET-7f3a";

QString pngDataUrl(const QSize &size, QColor colour = Qt::red)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

class TestSafeTextBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingOutsideTheRenditionIsRead_data();
    void nothingOutsideTheRenditionIsRead();
    void everyResourceTypeIsAnsweredWithoutReading();
    void inlineImagesAreShownWithinBounds_data();
    void inlineImagesAreShownWithinBounds();
    void inlineImagesOfOneLetterShareABound();
    void linksAreNotFollowed();

private:
    QString expand(QString text) const { return text.replace(QLatin1String("%DIR%"), m_dir.path()); }

    QTemporaryDir m_dir;
    QString m_previousCurrent;
};

void TestSafeTextBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A real image and a real stylesheet, each carrying a marker that must never show up.
    QImage image(37, 23, QImage::Format_RGB32);
    image.fill(Qt::blue);
    image.setText(QStringLiteral("Comment"), QString::fromLatin1(secret));
    QVERIFY(image.save(m_dir.filePath(QStringLiteral("secret.png")), "PNG"));
    QFile css(m_dir.filePath(QStringLiteral("secret.css")));
    QVERIFY(css.open(QIODevice::WriteOnly));
    css.write("p { color: #ff0000 } /* " + secret + " */\n");
    css.close();
    // Relative names resolve against the working folder: one below the secrets.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cwd")));
    m_previousCurrent = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.filePath(QStringLiteral("cwd"))));
}

void TestSafeTextBrowser::cleanupTestCase() { QDir::setCurrent(m_previousCurrent); }

void TestSafeTextBrowser::nothingOutsideTheRenditionIsRead_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("type");
    const int image = QTextDocument::ImageResource;
    const int css = QTextDocument::StyleSheetResource;
    QTest::newRow("file URL image") << "<p>x</p><img src=\"file://%DIR%/secret.png\">"
                                    << "file://%DIR%/secret.png" << image;
    QTest::newRow("file:///etc/passwd image") << "<img src=\"file:///etc/passwd\">"
                                              << "file:///etc/passwd" << image;
    QTest::newRow("absolute path image") << "<img src=\"%DIR%/secret.png\">"
                                         << "%DIR%/secret.png" << image;
    QTest::newRow("/etc/passwd plain path") << "<img src=\"/etc/passwd\">"
                                            << "/etc/passwd" << image;
    QTest::newRow("relative path image") << "<img src=\"../secret.png\">"
                                         << "../secret.png" << image;
    QTest::newRow("CSS url() background") << "<body style=\"background:url(file://%DIR%/secret.png)\"><p>x</p></body>"
                                          << "file://%DIR%/secret.png" << image;
    QTest::newRow("CSS url(file:///etc/hostname)")
        << "<table><tr><td style=\"background-image:url(file:///etc/hostname)\">x</td></tr></table>"
        << "file:///etc/hostname" << image;
    QTest::newRow("linked stylesheet")
        << "<head><link rel=\"stylesheet\" type=\"text/css\" href=\"file://%DIR%/secret.css\"></head><p>x</p>"
        << "file://%DIR%/secret.css" << css;
    QTest::newRow("file:///dev/zero image") << "<img src=\"file:///dev/zero\">"
                                            << "file:///dev/zero" << image;
    QTest::newRow("http image") << "<img src=\"http://tracker.example/pixel.gif\">"
                                << "http://tracker.example/pixel.gif" << image;
}

void TestSafeTextBrowser::nothingOutsideTheRenditionIsRead()
{
    QFETCH(QString, html);
    QFETCH(QString, url);
    QFETCH(int, type);
    FileOpenWatch watch(m_dir.path());
    QVERIFY(watch.isWatching());

    SafeTextBrowser browser;
    browser.resize(400, 300);
    browser.setSafeHtml(expand(html));
    browser.grab(); // lays out and paints: every resource of the document has been asked for
    // Each was refused, so none was read (/dev/zero read to the end would never return).

    const QStringList opened = watch.takeOpened();
    QVERIFY2(opened.isEmpty(), qPrintable(opened.join(QLatin1Char(' '))));
    QCOMPARE(browser.refusedCount(), 1);

    // What the document was given for the name: a placeholder or nothing, never file bytes.
    const QVariant given = browser.document()->resource(type, QUrl(expand(url)));
    QVERIFY2(given.userType() != QMetaType::QByteArray, given.toByteArray().left(40).constData());
    if (type == QTextDocument::ImageResource) {
        QCOMPARE(given.userType(), int(QMetaType::QImage));
        QCOMPARE(given.value<QImage>(), SafeTextBrowser::placeholderImage());
    } else {
        QVERIFY(given.isValid());
        QVERIFY(!given.toString().contains(QString::fromLatin1(secret)));
    }
    QVERIFY(!browser.toHtml().contains(QString::fromLatin1(secret)));
    QVERIFY(!browser.toHtml().contains(QStringLiteral("root:")));
    QVERIFY(watch.takeOpened().isEmpty());
}

void TestSafeTextBrowser::everyResourceTypeIsAnsweredWithoutReading()
{
    // An invalid answer would send QTextDocument to read the file itself.
    FileOpenWatch watch(m_dir.path());
    QVERIFY(watch.isWatching());
    SafeTextBrowser browser;
    const QUrl file = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("secret.css")));
    for (int type : {int(QTextDocument::HtmlResource), int(QTextDocument::ImageResource),
                     int(QTextDocument::StyleSheetResource), int(QTextDocument::MarkdownResource)}) {
        const QVariant given = browser.loadResource(type, file);
        QVERIFY2(given.isValid(), qPrintable(QString::number(type)));
        QVERIFY(given.userType() != QMetaType::QByteArray);
        QVERIFY(!given.toString().contains(QString::fromLatin1(secret)));
    }
    QVERIFY(watch.takeOpened().isEmpty());
}

void TestSafeTextBrowser::inlineImagesAreShownWithinBounds_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QSize>("shown"); // invalid: the placeholder
    QTest::newRow("small PNG") << pngDataUrl(QSize(7, 5)) << QSize(7, 5);
    QTest::newRow("too wide PNG") << pngDataUrl(QSize(5000, 1)) << QSize();
    QTest::newRow("SVG, which may name local files")
        << QStringLiteral("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='9' height='9'/%3E")
        << QSize();
    QTest::newRow("not an image") << QStringLiteral("data:text/plain;base64,aGVsbG8=") << QSize();
}

void TestSafeTextBrowser::inlineImagesAreShownWithinBounds()
{
    QFETCH(QString, url);
    QFETCH(QSize, shown);
    SafeTextBrowser browser;
    browser.setSafeHtml(QStringLiteral("<img src=\"%1\">").arg(url));
    browser.grab();
    const QVariant given = browser.document()->resource(QTextDocument::ImageResource, QUrl(url));
    QCOMPARE(given.userType(), int(QMetaType::QImage));
    if (shown.isValid()) {
        QCOMPARE(given.value<QImage>().size(), shown);
        QCOMPARE(browser.refusedCount(), 0);
    } else {
        QCOMPARE(given.value<QImage>(), SafeTextBrowser::placeholderImage());
        QCOMPARE(browser.refusedCount(), 1);
    }
}

// Twelve 2048 x 2048 one-colour PNGs are a few hundred kilobytes of HTML and 192 MB decoded:
// the letter's images together stop at 32 Mi pixels, the rest are placeholders.
void TestSafeTextBrowser::inlineImagesOfOneLetterShareABound()
{
    QString html;
    for (int i = 0; i < 12; ++i)
        html += QStringLiteral("<img src=\"%1\">").arg(pngDataUrl(QSize(2048, 2048), QColor(i, 0, 0)));
    SafeTextBrowser browser;
    browser.setSafeHtml(html);
    browser.grab();
    QCOMPARE(browser.refusedCount(), 4); // 8 x 4 Mi pixels fit in 32 Mi
}

void TestSafeTextBrowser::linksAreNotFollowed()
{
    SafeTextBrowser browser;
    QVERIFY(!browser.openLinks());
    QVERIFY(!browser.openExternalLinks());
    QVERIFY(browser.searchPaths().isEmpty());
}

QTEST_MAIN(TestSafeTextBrowser)
#include "tst_safetextbrowser.moc"
