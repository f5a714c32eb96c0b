#pragma once

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
// Applies `theme` to the whole application (Fusion with a light or dark palette, or the
// style and palette the application started with).
void apply(Theme theme);

// View > Appearance: System, Light, Dark, inserted before the Help menu.
void addMenu(QMainWindow *window);

} // namespace appearance
