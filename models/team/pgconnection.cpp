#include "pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <optional>
#include <vector>

namespace proofdesk::team {

namespace {

// Server answers that name what the person did wrong; the rest is a failure of its own.
TeamError::Kind kindOf(const QString &state)
{
    if (state == QLatin1String("PDREF") || state == QLatin1String("42501"))
        return TeamError::Kind::Refused;
    if (state == QLatin1String("PDNFD"))
        return TeamError::Kind::NotFound;
    if (state == QLatin1String("PDINV") || state.startsWith(QLatin1String("22")) || state == QLatin1String("23514"))
        return TeamError::Kind::Invalid;
    if (state == QLatin1String("PDCFL") || state == QLatin1String("23505") || state == QLatin1String("40001"))
        return TeamError::Kind::Conflict;
    // Class 08 (connection exception), 57P0x (the server shut down or was terminated).
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return TeamError::Kind::Unreachable;
    return TeamError::Kind::Failed;
}

QString trimmedMessage(const char *text) { return QString::fromUtf8(text).trimmed(); }

} // namespace

PgResult::PgResult(pg_result *result)
    : m_result(result, PQclear)
{
}

int PgResult::rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
int PgResult::columns() const { return m_result ? PQnfields(m_result.get()) : 0; }
bool PgResult::isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column); }

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return QString();
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

const char *PgResult::data(int row, int column) const
{
    return isNull(row, column) ? nullptr : PQgetvalue(m_result.get(), row, column);
}

int PgResult::size(int row, int column) const { return PQgetlength(m_result.get(), row, column); }

PgConnection::PgConnection(const QString &url, const QString &password)
{
    const QByteArray dbname = url.toUtf8();
    const QByteArray pw = password.toUtf8();
    std::vector<const char *> keys{"dbname", "application_name"};
    std::vector<const char *> values{dbname.constData(), "proofdesk"};
    if (!url.contains(QLatin1String("connect_timeout"))) {
        keys.push_back("connect_timeout");
        values.push_back("5");
    }
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(pw.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!m_conn)
        throw TeamError(TeamError::Kind::Failed, QStringLiteral("Out of memory connecting to the team database."));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = trimmedMessage(PQerrorMessage(m_conn));
        const bool credentials = PQconnectionNeedsPassword(m_conn)
                                 || why.contains(QLatin1String("authentication failed"))
                                 || why.contains(QLatin1String("role \""));
        PQfinish(m_conn);
        m_conn = nullptr;
        if (credentials)
            throw TeamError(TeamError::Kind::Refused,
                            QStringLiteral("The team database did not accept the login: %1").arg(why));
        if (why.contains(QLatin1String("database \"")))
            throw TeamError(TeamError::Kind::Invalid, QStringLiteral("The team database does not exist: %1").arg(why));
        throw TeamError(TeamError::Kind::Unreachable,
                        QStringLiteral("The team database cannot be reached: %1").arg(why));
    }
    PQsetClientEncoding(m_conn, "UTF8");
    // NOTICEs ("role is already a member") are the server talking to itself, not to a person.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PgConnection::arrayLiteral(const QStringList &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString v = values.at(i);
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        out += (i ? QStringLiteral(",\"") : QStringLiteral("\"")) + v + QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

void PgConnection::fail(pg_result *result, const QString &sql)
{
    const QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    QString message = result ? trimmedMessage(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) : QString();
    if (message.isEmpty())
        message = trimmedMessage(PQerrorMessage(m_conn));
    if (result)
        PQclear(result);
    TeamError::Kind kind = kindOf(state);
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        kind = TeamError::Kind::Unreachable;
        message = QStringLiteral("The connection to the team database was lost: %1").arg(message);
    } else if (kind == TeamError::Kind::Failed) {
        message = QStringLiteral("The team database failed (%1) running \"%2\": %3")
                      .arg(state, sql.left(60).simplified(), message);
    }
    throw TeamError(kind, message, state);
}

PgResult PgConnection::exec(const QString &sql, const QVariantList &params)
{
    if (!m_conn)
        throw TeamError(TeamError::Kind::Unreachable, QStringLiteral("Not connected to the team database."));
    QList<QByteArray> texts;
    texts.reserve(params.size());
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const QVariant &p : params) {
        if (p.isNull()) {
            texts.append(QByteArray());
            values.push_back(nullptr);
            continue;
        }
        if (p.typeId() == QMetaType::QStringList)
            texts.append(arrayLiteral(p.toStringList()).toUtf8());
        else if (p.typeId() == QMetaType::Bool)
            texts.append(p.toBool() ? "true" : "false");
        else
            texts.append(p.toString().toUtf8());
        values.push_back(texts.last().constData());
    }
    const QByteArray text = sql.toUtf8();
    pg_result *result = PQexecParams(m_conn, text.constData(), int(values.size()), nullptr, values.data(),
                                     nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(result, sql);
    return PgResult(result);
}

QJsonValue PgConnection::callJson(const QString &sql, const QVariantList &params)
{
    const PgResult r = exec(sql, params);
    if (r.rows() < 1 || r.isNull(0, 0))
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(r.data(0, 0), r.size(0, 0)));
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue();
}

void PgConnection::execScript(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    pg_result *result = PQexec(m_conn, text.constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        fail(result, sql);
    PQclear(result);
}

void PgConnection::forEachRow(const QString &query, const QVariantList &params,
                              const std::function<bool(const PgResult &, int)> &visit, int pageRows)
{
    std::optional<PgTransaction> own;
    if (PQtransactionStatus(m_conn) == PQTRANS_IDLE)
        own.emplace(*this);
    exec(QStringLiteral("DECLARE proofdesk_rows NO SCROLL CURSOR FOR ") + query, params);
    const QString fetch = QStringLiteral("FETCH %1 FROM proofdesk_rows").arg(pageRows);
    bool more = true;
    while (more) {
        const PgResult page = exec(fetch);
        for (int row = 0; row < page.rows() && more; ++row)
            more = visit(page, row);
        more = more && page.rows() == pageRows;
    }
    exec(QStringLiteral("CLOSE proofdesk_rows"));
    if (own)
        own->commit();
}

QString PgConnection::user() const { return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString(); }
QString PgConnection::database() const { return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString(); }
bool PgConnection::isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }
int PgConnection::socket() const { return m_conn ? PQsocket(m_conn) : -1; }

QList<QPair<QString, QString>> PgConnection::takeNotifications()
{
    QList<QPair<QString, QString>> out;
    if (!m_conn || !PQconsumeInput(m_conn))
        return out;
    while (PGnotify *n = PQnotifies(m_conn)) {
        out.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    return out;
}

PgTransaction::PgTransaction(PgConnection &connection)
    : m_connection(connection)
{
    m_connection.exec(QStringLiteral("BEGIN"));
}

PgTransaction::~PgTransaction()
{
    if (!m_done && m_connection.isOpen()) {
        try {
            m_connection.exec(QStringLiteral("ROLLBACK"));
        } catch (...) {
        }
    }
}

void PgTransaction::commit()
{
    m_connection.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace proofdesk::team
