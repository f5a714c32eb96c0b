#include "opencommunication.h"

#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "resultsview.h"
#include "searchbar.h"

#include <QTabWidget>

void showCommunicationInReview(MainWindow *window, const QString &communicationId)
{
    if (communicationId.isEmpty())
        return;
    if (auto *tabs = qobject_cast<QTabWidget *>(window->centralWidget()))
        tabs->setCurrentIndex(0);
    auto *once = new QObject(window);
    QObject::connect(window->resultsModel(), &proofdesk::itemmodels::ResultsModel::totalChanged, once, [window, once] {
        window->resultsView()->stepCurrent(1);
        once->deleteLater();
    });
    window->searchBar()->setQuery(QStringLiteral("id:\"%1\"").arg(QString(communicationId).remove(QLatin1Char('"'))));
}
