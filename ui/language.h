#pragma once

#include <QLocale>
#include <QString>

class QApplication;
class QMainWindow;

// Which language the window speaks: the system's by default, or one chosen in View >
// Language (English, Deutsch, Français), remembered between sessions. Qt cannot re-word
// widgets already built, so a new choice applies from the next start, which the menu says.
namespace language {

// "system", "en", "de", "fr".
QString saved();
void save(const QString &code);
// The locale texts and numbers follow for a saved choice.
QLocale localeFor(const QString &code);

// Installs Proofdesk's and Qt's catalogues for the saved choice (English's own file only
// spells out plural forms) and makes its locale the default for numbers and dates.
void installTranslators(QApplication &app);

// View > Language, inserted in the View menu.
void addMenu(QMainWindow *window);

} // namespace language
