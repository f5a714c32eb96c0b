#pragma once
// The application of the desktop benchmarks (proofdesk-bench-ui, proofdesk-bench-evicted):
// the offscreen platform unless QT_QPA_PLATFORM names another; the platform's notices of what
// it cannot do kept quiet (offscreen says so each time a popup asks for a keyboard grab or a
// window for size hints); and settings of its own, cleared, so that a bench starts from the
// default layout and leaves the user's alone.

#include <QApplication>

class BenchApplication : public QApplication
{
public:
    // `name`: the application name the settings are kept under.
    BenchApplication(int &argc, char **argv, const QString &name);
};
