#pragma once

#include <QString>
#include <QtGlobal>
#include <functional>

namespace proofdesk::demo {

struct DemoOptions
{
    int count = 2000;
    quint64 seed = 1;
};

struct DemoResult
{
    QString path;
    int communications = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Writes a complete demo drop (spec/drop-format.md) into outDir: about count/6 customers of
// a bank, an insurer and a lender, with every communication type and channel, template and
// content block histories, delivery events, retention classes, reissues, real PDF/HTML/SMS
// renditions, and a few planted problems for the compliance checks to find.
//
// The same options always give byte-identical files. outDir is created if missing; a
// non-empty folder is refused unless it holds an earlier demo drop, which is replaced (an
// "outbox" folder in it is left alone).
// progress(done, total) is called every few communications. shouldCancel is polled before
// each communication; when it returns TRUE the run stops, removes what it wrote and returns
// the error "cancelled". On any error nothing half-written is left in the folder.
DemoResult writeDemoDrop(const QString &outDir, const DemoOptions &options,
                         const std::function<void(int done, int total)> &progress = {},
                         const std::function<bool()> &shouldCancel = {});

} // namespace proofdesk::demo
