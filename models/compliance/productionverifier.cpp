#include "productionverifier.h"

#include "productionlayout.h"
#include "productionrows.h"
#include "util/sha256.h"
#include "util/translation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::ProductionVerifier", "proofdesk::compliance", text);
}

void problem(ProductionCheck &check, const QString &path, const QString &what)
{
    check.ok = false;
    if (check.problems.size() < 500)
        check.problems << ProductionProblem{path, what};
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.add(file))
        return QString();
    return QString::fromLatin1(hash.hex());
}

// A path the manifest may name: relative, inside the folder, without "." or ".." parts.
bool insideFolder(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return false;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

// manifest.sha256 as path → SHA-256, every line checked for its form and every file for its
// hash; the folder's files that it does not list are named too.
QHash<QString, QString> checkManifest(const QString &folder, ProductionCheck &check,
                                      const std::function<void(qint64, qint64)> &progress)
{
    const QString name = QLatin1String(productionlayout::kManifest);
    QFile file(folder + QLatin1Char('/') + name);
    QHash<QString, QString> listed;
    if (!file.open(QIODevice::ReadOnly)) {
        problem(check, name, tr("there is no manifest: the folder is not a complete production"));
        return listed;
    }
    const QByteArray bytes = file.readAll();
    check.rootSha256 = QString::fromLatin1(sha256Hex(bytes));
    static const QRegularExpression line(QStringLiteral("^([0-9a-f]{64})  (.+)$"));
    const QList<QByteArray> lines = bytes.split('\n');
    qint64 number = 0;
    for (const QByteArray &raw : lines) {
        ++number;
        if (raw.isEmpty() && number == lines.size())
            break; // after the last line's line feed
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch() || !insideFolder(m.captured(2)) || listed.contains(m.captured(2))) {
            problem(check, name,
                    tr("line %1 is not \"<SHA-256>  <path in the folder>\" of a file listed once").arg(number));
            continue;
        }
        listed.insert(m.captured(2), m.captured(1));
    }
    check.files = listed.size();
    qint64 done = 0;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QString path = folder + QLatin1Char('/') + it.key();
        if (!QFileInfo(path).isFile())
            problem(check, it.key(), tr("the manifest lists it and it is gone: a file was removed"));
        else if (fileSha256(path) != it.value())
            problem(check, it.key(), tr("its bytes are not the ones the manifest lists: the file was changed"));
        if (progress && ++done % 1000 == 0)
            progress(done, listed.size());
    }
    return listed;
}

void checkUnlisted(const QString &folder, const QHash<QString, QString> &listed, ProductionCheck &check)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir root(folder);
    while (it.hasNext()) {
        const QString path = root.relativeFilePath(it.next());
        if (path == QLatin1String(productionlayout::kManifest) || listed.contains(path))
            continue;
        problem(check, path,
                path == QLatin1String(productionlayout::kJournal)
                    ? tr("the production was never finished: its journal is still there")
                    : tr("the manifest does not list it: a file was added"));
    }
}

} // namespace

ProductionCheck verifyProduction(const QString &folder, const std::function<void(qint64, qint64)> &progress)
{
    ProductionCheck check;
    const QString root = QDir(folder).absolutePath();
    if (!QFileInfo(root).isDir()) {
        problem(check, QStringLiteral("."), tr("%1 is not a folder").arg(root));
        return check;
    }
    const QHash<QString, QString> listed = checkManifest(root, check, progress);
    checkUnlisted(root, listed, check);
    QFile production(root + QLatin1Char('/') + QLatin1String(productionlayout::kProduction));
    if (production.open(QIODevice::ReadOnly))
        check.production = QJsonDocument::fromJson(production.readAll()).object();
    if (check.production.value(QStringLiteral("format")).toString() != QLatin1String(productionlayout::kFormat)) {
        problem(check, QLatin1String(productionlayout::kProduction),
                tr("it is missing or not a production's description"));
        return check;
    }
    ProductionRows rows(root, listed, check.production, check);
    rows.checkDat();
    rows.checkCsv();
    rows.checkExceptions();
    return check;
}

} // namespace proofdesk::compliance
