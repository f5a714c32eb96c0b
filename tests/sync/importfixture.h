#pragma once

#include "cache/recordreader.h"
#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "sync/dropimport.h"
#include "tempdatafolder.h"

#include <QTemporaryDir>
#include <memory>

// A fresh data folder and an empty drop beside it; import() runs `proofdesk-cli import`'s code.
struct ImportFixture
{
    TempDataFolder data;
    QTemporaryDir dropDir;
    DropBuilder drop{dropDir.path()};
    std::unique_ptr<proofdesk::datafolder::DataFolder> folder =
        std::make_unique<proofdesk::datafolder::DataFolder>(data.path());
    proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(folder->databasePath());

    proofdesk::sync::DropImportOutcome import()
    {
        return proofdesk::sync::importDrop(writer, folder->contentStore(), dropDir.path());
    }
    qint64 count(const char *sql) { return writer.queryInt(sql); }
    QJsonObject show(const QString &id)
    {
        return proofdesk::cache::RecordReader(writer).communication(id).value_or(QJsonObject());
    }
};
