#include "benchapplication.h"

#include <QSettings>

namespace {

QtMessageHandler g_defaultHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    g_defaultHandler(type, context, message);
}

// Runs before QApplication's constructor, which picks the platform.
int &beforeTheApplication(int &argc)
{
    if (!g_defaultHandler)
        g_defaultHandler = qInstallMessageHandler(quietHandler);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return argc;
}

} // namespace

BenchApplication::BenchApplication(int &argc, char **argv, const QString &name)
    : QApplication(beforeTheApplication(argc), argv)
{
    setOrganizationName(QStringLiteral("proofdesk-bench"));
    setApplicationName(name);
    QSettings().clear();
}
