#include "language.h"

#include "messagebox.h"

#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace language {

namespace {

constexpr char kKey[] = "appearance/language";

} // namespace

QString saved()
{
    const QString code = QSettings().value(QLatin1String(kKey)).toString();
    for (const char *known : {"en", "de", "fr"})
        if (code == QLatin1String(known))
            return code;
    return QStringLiteral("system");
}

void save(const QString &code) { QSettings().setValue(QLatin1String(kKey), code); }

QLocale localeFor(const QString &code) { return code == QLatin1String("system") ? QLocale::system() : QLocale(code); }

void installTranslators(QApplication &app)
{
    const QLocale locale = localeFor(saved());
    QLocale::setDefault(locale);
    // Owned by the application for its whole life. The chosen language, else English.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("proofdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("proofdesk_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

void addMenu(QMainWindow *window)
{
    QMenu *view = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (!view)
        return;
    QMenu *menu = view->addMenu(QApplication::translate("language", "&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = saved();
    // Each language named in itself: a person who cannot read the current one finds theirs.
    const QList<QPair<QString, QString>> choices = {
        {QStringLiteral("system"), QApplication::translate("language", "Follow the &System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    for (const auto &[code, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, window, [window, code = code] {
            if (code == saved())
                return;
            save(code);
            MessageBox::information(window, QApplication::translate("language", "Language"),
                                    QApplication::translate("language", "Proofdesk uses the new language from its "
                                                                        "next start."));
        });
    }
}

} // namespace language
