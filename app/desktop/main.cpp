// proofdesk: the desktop client. Wiring only: application, translator, data folder, first
// run, main window.
#include "appearance.h"
#include "checkbesiderunner.h"
#include "datafolder/datafolder.h"
#include "folderopening.h"
#include "icons.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "quitonsignal.h"
#include "screenfit.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>
#include <memory>

namespace {

Q_LOGGING_CATEGORY(lcApp, "proofdesk.app", QtInfoMsg)

// Parses the command line; returns the data folder and applies the appearance (--theme for
// this run, else the one chosen in View > Appearance).
QString dataFolderPath(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Records and audit for customer communications."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("data"), QApplication::translate("main", "The data folder (cache and documents)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("theme"),
                      QApplication::translate("main", "Appearance for this run: system, light or dark."),
                      QStringLiteral("THEME")});
    parser.process(app);
    const appearance::Theme theme = parser.isSet(QStringLiteral("theme"))
                                        ? appearance::fromName(parser.value(QStringLiteral("theme")))
                                        : appearance::saved();
    appearance::apply(theme); // System too: a dark desktop Qt 6.4 cannot see turns it dark
    return parser.isSet(QStringLiteral("data")) ? parser.value(QStringLiteral("data"))
                                                : proofdesk::datafolder::DataFolder::defaultPath();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer launch;
    launch.start();
    QApplication app(argc, argv);
    quitOnTerminationSignals();
    screenfit::keepDialogsOnScreen(); // a dialog taller than a laptop's screen keeps its buttons in sight
    proofdesk::datafolder::DataFolder::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Proofdesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROOFDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.proofdesk.Proofdesk"));
    QApplication::setWindowIcon(icons::app());
    language::installTranslators(app);

    const QString path = dataFolderPath(app);
    std::unique_ptr<proofdesk::datafolder::DataFolder> folder;
    try {
        folder = openDataFolderShowingWork(path);
    } catch (const std::exception &e) {
        MessageBox::critical(nullptr, QApplication::translate("main", "Proofdesk"),
                             QApplication::translate("main", "The data folder %1 cannot be used.").arg(path),
                             QString::fromUtf8(e.what()));
        return 1;
    }
    const auto &report = folder->openReport();
    if (report.rebuilt) {
        MessageBox::warning(nullptr, QApplication::translate("main", "Proofdesk"),
                            QApplication::translate("main", "The cache was damaged: it failed its integrity check and "
                                                            "could not be trusted. It was moved to %1 and a new, empty "
                                                            "cache was created; it fills again on the next sync, and "
                                                            "until then a search finds only what has been synced.")
                                .arg(report.movedAsidePath));
    }

    Startup startup(folder->databasePath(), folder->path());
    if (startup.needsFirstRun())
        startup.runFirstRun();
    if (terminationRequested())
        return 0; // ended during the first start: the folder's session closes as on Quit

    MainWindow window(folder->databasePath(), folder->path());
    window.setReadOnlyReason(report.readOnlyReason); // a full disk: reading goes on, the window says so
    window.show();
    // The day's check reads the whole cache (minutes at 10M): beside the work, not before it.
    CheckBesideRunner dailyCheck(folder->path(), &window);
    if (report.checkLeftBeside)
        dailyCheck.start();
    // Without a window manager (kiosk sessions, Xvfb) nobody activates the window, and an
    // inactive window gets its keys but none of its shortcuts.
    window.activateWindow();
    qCInfo(lcApp) << "window shown" << launch.elapsed() << "ms after launch";
    QTimer::singleShot(0, &window,
                       [&launch] { qCInfo(lcApp) << "event loop running" << launch.elapsed() << "ms after launch"; });
    return app.exec();
}
