#pragma once

#include "itemmodels/records/recordscontext.h"
#include "recordsfixture.h"

#include <QSignalSpy>
#include <memory>

// The window's records context for `user` on the fixture's folder, its grants read.
inline std::unique_ptr<proofdesk::itemmodels::RecordsContext> loadedContext(RecordsFixture &f, const QString &user)
{
    using proofdesk::itemmodels::RecordsContext;
    auto ctx =
        std::make_unique<RecordsContext>(f.folder->databasePath(), f.data.path(), RecordsFixture::identity(user));
    QSignalSpy loaded(ctx.get(), &RecordsContext::rolesChanged);
    ctx->reload();
    if (!loaded.wait(5000))
        qWarning("roles were not read");
    return ctx;
}
