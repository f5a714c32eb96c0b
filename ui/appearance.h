#pragma once

#include <QPalette>
#include <QString>

class QMainWindow;

// Light or dark, whatever the desktop says: by default Proofdesk follows the system's style
// and palette. A user whose desktop cannot tell Qt (no platform theme, a remote X session)
// picks Light or Dark here; the choice is remembered. Charts and delegates read the
// palette, so they follow without knowing about this.
namespace appearance {

enum class Theme { System, Light, Dark };

Theme fromName(const QString &name); // "system", "light", "dark"; System otherwise
QString name(Theme theme);

Theme saved();
void save(Theme theme);
// Whether the desktop asks for dark (GNOME's color-scheme, GTK_THEME=…:dark,
// PROOFDESK_COLOR_SCHEME), for System on a Qt that cannot tell.
bool systemPrefersDark();
// Applies `theme` to the whole application (Fusion with a light or dark palette, or the
// style and palette the application started with).
void apply(Theme theme);

// The palettes Light and Dark apply: every text/background pair at 4.5:1 at least
// (itemmodels::tones::pairs, checked by tst_accessibility).
QPalette lightPalette();
QPalette darkPalette();

// View > Appearance: System, Light, Dark, inserted before the Help menu.
void addMenu(QMainWindow *window);

} // namespace appearance
