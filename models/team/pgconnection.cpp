#include "pgconnection.h"

#include <QHash>
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
    // Class 08 (connection exception), 57P0x (the server shut down or was terminated), 25006
    // (a read-only transaction: the server is a standby now, e.g. a primary demoted in a
    // switchover; nothing was written, and a new connection finds the primary).
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || state == QLatin1String("25006"))
        return TeamError::Kind::Unreachable;
    return TeamError::Kind::Failed;
}

QString trimmedMessage(const char *text) { return QString::fromUtf8(text).trimmed(); }

// The options the URL sets itself (libpq's own parser: either form, any number of hosts).
QHash<QString, QString> givenOptions(const QString &url)
{
    QHash<QString, QString> given;
    char *error = nullptr;
    if (PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), &error)) {
        for (PQconninfoOption *o = options; o->keyword; ++o)
            if (o->val && *o->val)
                given.insert(QString::fromLatin1(o->keyword), QString::fromUtf8(o->val));
        PQconninfoFree(options);
    }
    PQfreemem(error);
    return given;
}

// The hosts libpq would try that are reached over TCP: every host, or host address, of the
// URL or of libpq's environment (PGHOST, PGHOSTADDR), but a Unix socket (a folder, or Linux's
// abstract @name); no host at all is the local socket. The loopback is a network host too: the
// port may be anyone's.
QStringList networkHosts(const QHash<QString, QString> &given)
{
    const QString host = given.value(QStringLiteral("host"), qEnvironmentVariable("PGHOST"));
    const QString address = given.value(QStringLiteral("hostaddr"), qEnvironmentVariable("PGHOSTADDR"));
    const QStringList hosts = host.split(QLatin1Char(','));
    const QStringList addresses = address.split(QLatin1Char(','));
    QStringList out;
    for (qsizetype i = 0; i < std::max(hosts.size(), addresses.size()); ++i) {
        const QString h = hosts.value(i).trimmed();
        const QString a = addresses.value(i).trimmed();
        if (!a.isEmpty())
            out << (h.isEmpty() ? a : h);
        else if (!h.isEmpty() && !h.startsWith(QLatin1Char('/')) && !h.startsWith(QLatin1Char('@')))
            out << h;
    }
    return out;
}

// How many servers libpq may try: the entries of host= or hostaddr= (the URL's, else libpq's
// environment), whichever lists more.
qsizetype serverCount(const QHash<QString, QString> &given)
{
    const QString host = given.value(QStringLiteral("host"), qEnvironmentVariable("PGHOST"));
    const QString address = given.value(QStringLiteral("hostaddr"), qEnvironmentVariable("PGHOSTADDR"));
    return std::max(host.split(QLatin1Char(','), Qt::SkipEmptyParts).size(),
                    address.split(QLatin1Char(','), Qt::SkipEmptyParts).size());
}

// Why a connection failed, as the person can act on it.
TeamError connectionFailure(const QString &url, const QString &why, bool needsPassword)
{
    if (needsPassword || why.contains(QLatin1String("authentication failed")) || why.contains(QLatin1String("role \"")))
        return TeamError(TeamError::Kind::Refused,
                         QStringLiteral("The team database did not accept the login: %1").arg(why));
    if (why.contains(QLatin1String("permission denied for database")))
        return TeamError(TeamError::Kind::Refused,
                         QStringLiteral("This login is not a member of the team (only the team's roles may connect; "
                                        "its admin adds people with `team user add`): %1")
                             .arg(why));
    if (why.contains(QLatin1String("database \"")))
        return TeamError(TeamError::Kind::Invalid, QStringLiteral("The team database does not exist: %1").arg(why));
    // Refused, not unreachable: a desk does not work offline past a server it cannot trust.
    if (PgConnection::isCertificateFailure(why)) {
        // libpq checks the certificate against the host's name; an address alone has none.
        const QHash<QString, QString> given = givenOptions(url);
        const bool addressAlone =
            !given.contains(QStringLiteral("host"))
            && (given.contains(QStringLiteral("hostaddr")) || !qEnvironmentVariableIsEmpty("PGHOSTADDR"));
        return TeamError(TeamError::Kind::Refused,
                         QStringLiteral("The team database's certificate was not accepted (it is not signed by the "
                                        "team's CA, or does not name the host connected to, or the server offers no "
                                        "TLS): a man in the middle, or the wrong --ca.%1 %2")
                             .arg(addressAlone ? QStringLiteral(" An address alone names no host to check the "
                                                                "certificate against: give host=NAME with hostaddr.")
                                               : QString(),
                                  why));
    }
    return TeamError(TeamError::Kind::Unreachable, QStringLiteral("The team database cannot be reached: %1").arg(why));
}

} // namespace

PgResult::PgResult(pg_result *result)
    : m_result(result, PQclear)
{}

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

PgConnection::ConnectionDefaults PgConnection::connectionDefaults(const QString &url)
{
    const QHash<QString, QString> given = givenOptions(url); // what the URL sets itself
    const auto setByEnvironment = [](const char *name) { return !qEnvironmentVariableIsEmpty(name); };
    ConnectionDefaults out;
    const auto add = [&](const char *key, const QByteArray &value, const char *environment = nullptr) {
        if (!given.contains(QLatin1String(key)) && !(environment && setByEnvironment(environment)))
            out.push_back({QByteArray(key), value});
    };
    add("connect_timeout", "5", "PGCONNECT_TIMEOUT");
    // A silent drop (a cable, a VPN, a sleeping laptop) is found within about 15 s, not after
    // the kernel's two hours: probes after 5 s idle, every 2 s, 3 lost = gone; sent data not
    // acknowledged within 10 s likewise (the team listener sends some every 5 s: TeamListener).
    add("keepalives", "1");
    add("keepalives_idle", "5");
    add("keepalives_interval", "2");
    add("keepalives_count", "3");
    add("tcp_user_timeout", "10000");
    // No call waits without limit for a lock or a statement (the server's functions also cap
    // their own lock waits; teamschema_v2.sql).
    add("options", "-c lock_timeout=5s -c statement_timeout=60s", "PGOPTIONS");
    // Over any network, the loopback included, the server's certificate is checked against its
    // name: a team's records do not go to whoever answers on the port. A URL (or PGSSLMODE)
    // that says otherwise is refused unless the person chose it (protectionOf, Verification).
    if (given.contains(QStringLiteral("sslrootcert")) || !networkHosts(given).isEmpty())
        add("sslmode", "verify-full", "PGSSLMODE");
    // Several servers are one team (a primary and its standbys, docs/team-database.md): libpq
    // connects to the one that takes writes, whichever it is now, and skips a standby; without
    // it, the first that answers, a read-only standby included, where every action fails.
    if (serverCount(given) > 1)
        add("target_session_attrs", "read-write", "PGTARGETSESSIONATTRS");
    return out;
}

bool PgConnection::isCertificateFailure(const QString &why)
{
    // A server that went away in the middle of the handshake (killed, a failover) is no
    // certificate's fault: libpq says "SSL SYSCALL error" or that the SSL connection closed.
    if (why.contains(QLatin1String("SSL SYSCALL error"))
        || why.contains(QLatin1String("SSL connection has been closed unexpectedly")))
        return false;
    return why.contains(QLatin1String("certificate")) || why.contains(QLatin1String("SSL"));
}

PgConnection::Protection PgConnection::protectionOf(const QString &url)
{
    const QHash<QString, QString> given = givenOptions(url);
    Protection p;
    p.networkHosts = networkHosts(given);
    if (given.contains(QStringLiteral("sslmode"))) { // requiressl=1 too: libpq reads it as sslmode=require
        p.sslmode = given.value(QStringLiteral("sslmode"));
        p.chosenBy = QStringLiteral("the URL");
    } else if (!qEnvironmentVariableIsEmpty("PGSSLMODE")) {
        p.sslmode = qEnvironmentVariable("PGSSLMODE");
        p.chosenBy = QStringLiteral("PGSSLMODE");
    } else if (given.contains(QStringLiteral("sslrootcert")) || !p.networkHosts.isEmpty()) {
        p.sslmode = QStringLiteral("verify-full");
        p.chosenBy = QStringLiteral("Proofdesk");
    }
    return p;
}

QString PgConnection::Protection::summary() const
{
    if (networkHosts.isEmpty())
        return QStringLiteral("local socket (no network)");
    if (verified())
        return QStringLiteral("TLS, the server's certificate verified against its name (sslmode=verify-full)");
    return QStringLiteral("NOT verified: sslmode=%1 (from %2) accepts a man in the middle").arg(sslmode, chosenBy);
}

namespace {

// Names, ids and logins are folded as Unicode on the server (proofdesk.fold(), same_person()):
// on a database that is not UTF-8 (SQL_ASCII, the default of a cluster made under LANG=C) they
// would not be, and a hold on ÉPARGNE-7 would not cover épargne-7. The server says its encoding
// when the connection starts, so this costs no round trip and holds on every connect.
void refuseUnlessUtf8(pg_conn *&conn)
{
    const char *encoding = PQparameterStatus(conn, "server_encoding");
    if (encoding && qstrcmp(encoding, "UTF8") == 0)
        return;
    const QString database = QString::fromUtf8(PQdb(conn));
    const QString found = encoding ? QString::fromLatin1(encoding) : QStringLiteral("unknown");
    PQfinish(conn);
    conn = nullptr;
    throw TeamError(TeamError::Kind::Invalid,
                    QStringLiteral("The team database %1 is encoded %2, not UTF8: Proofdesk compares names, ids and "
                                   "logins as Unicode and cannot on it. Make the team database UTF-8 "
                                   "(createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 %1) and run "
                                   "team init on it (docs/team-database.md \"Making the team database\").")
                        .arg(database, found));
}

} // namespace

PgConnection::PgConnection(const QString &url, const QString &password, Verification verification)
{
    if (const Protection p = protectionOf(url); !p.verified() && verification == Verification::Required)
        throw TeamError(TeamError::Kind::Refused,
                        QStringLiteral("The connection to the team database at %1 would not verify the server's "
                                       "certificate (sslmode=%2, from %3): a man in the middle would be accepted. Use "
                                       "sslmode=verify-full (`team connect URL --ca FILE` names the team's CA), or "
                                       "accept that risk explicitly with `team connect URL --insecure`, which is "
                                       "recorded.")
                            .arg(p.networkHosts.join(QLatin1String(", ")), p.sslmode, p.chosenBy));
    const QByteArray dbname = url.toUtf8();
    const QByteArray pw = password.toUtf8();
    // The encoding goes in the startup packet: PQsetClientEncoding would cost a round trip.
    std::vector<const char *> keys{"dbname", "application_name", "client_encoding"};
    std::vector<const char *> values{dbname.constData(), "proofdesk", "UTF8"};
    // Defaults for what the URL leaves unsaid (keys after dbname would override the URL's own).
    const ConnectionDefaults defaults = connectionDefaults(url);
    for (const auto &[key, value] : defaults) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
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
        const bool credentials = PQconnectionNeedsPassword(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw connectionFailure(url, why, credentials);
    }
    refuseUnlessUtf8(m_conn);
    // NOTICEs ("role is already a member") are the server talking to itself, not to a person.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
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
    } else if (state == QLatin1String("25006")) {
        message = QStringLiteral("The team database server %1 is a standby now (read-only); nothing was written: %2")
                      .arg(serverAddress(), message);
    } else if (state == QLatin1String("55P03") || state == QLatin1String("57014")) {
        // A lock or statement timeout: nothing was applied, so the same call may be sent again.
        kind = TeamError::Kind::Unreachable;
        message = QStringLiteral("The team database is busy (another session holds what this call needs, or it "
                                 "took too long): %1")
                      .arg(message);
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
    pg_result *result =
        PQexecParams(m_conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
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

void PgConnection::appendCopyField(QByteArray &line, const QByteArray *value)
{
    if (!value) {
        line += "\\N";
        return;
    }
    for (const char c : *value) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

qint64 PgConnection::copyIn(const QString &copySql, const std::function<bool(QByteArray &line)> &next)
{
    const QByteArray text = copySql.toUtf8();
    pg_result *start = PQexec(m_conn, text.constData());
    if (!start || PQresultStatus(start) != PGRES_COPY_IN)
        fail(start, copySql);
    PQclear(start);
    QByteArray block;
    QByteArray line;
    const auto send = [&] {
        if (!block.isEmpty() && PQputCopyData(m_conn, block.constData(), int(block.size())) != 1)
            fail(nullptr, copySql);
        block.clear();
    };
    try {
        for (;;) {
            line.clear();
            if (!next(line))
                break;
            block += line;
            if (block.size() >= 256 * 1024)
                send();
        }
        send();
    } catch (...) { // the server drops what it took, and the connection is usable again
        PQputCopyEnd(m_conn, "cancelled by the client");
        while (pg_result *rest = PQgetResult(m_conn))
            PQclear(rest);
        throw;
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        fail(nullptr, copySql);
    pg_result *end = PQgetResult(m_conn);
    if (!end || PQresultStatus(end) != PGRES_COMMAND_OK)
        fail(end, copySql);
    const qint64 rows = QByteArray(PQcmdTuples(end)).toLongLong();
    PQclear(end);
    while (pg_result *rest = PQgetResult(m_conn))
        PQclear(rest);
    return rows;
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

QString PgConnection::protectionNow() const
{
    if (!m_conn)
        return QString();
    const QString host = QString::fromUtf8(PQhost(m_conn));
    if (host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')))
        return QStringLiteral("local socket (no network)");
    QString sslmode;
    if (PQconninfoOption *options = PQconninfo(m_conn)) {
        for (PQconninfoOption *o = options; o->keyword; ++o)
            if (qstrcmp(o->keyword, "sslmode") == 0 && o->val)
                sslmode = QString::fromUtf8(o->val);
        PQconninfoFree(options);
    }
    if (!PQsslInUse(m_conn))
        return QStringLiteral("NOT encrypted, to %1 (sslmode=%2)").arg(host, sslmode);
    const QString tls = QString::fromUtf8(PQsslAttribute(m_conn, "protocol"));
    return sslmode == QLatin1String("verify-full")
               ? QStringLiteral("%1 to %2, the server's certificate verified against its name").arg(tls, host)
               : QStringLiteral("%1 to %2, NOT verified (sslmode=%3)").arg(tls, host, sslmode);
}

QString PgConnection::serverAddress() const
{
    if (!m_conn)
        return QString();
    const QString host = QString::fromUtf8(PQhost(m_conn));
    const QString port = QString::fromUtf8(PQport(m_conn));
    return (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':')
           + port;
}

QString PgConnection::user() const { return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString(); }
QString PgConnection::database() const { return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString(); }
bool PgConnection::isOpen() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }
int PgConnection::socket() const { return m_conn ? PQsocket(m_conn) : -1; }

QList<QPair<QString, QString>> PgConnection::takeNotifications(QStringList *heartbeatRow)
{
    QList<QPair<QString, QString>> out;
    if (!m_conn || !PQconsumeInput(m_conn))
        return out;
    while (PGnotify *n = PQnotifies(m_conn)) {
        out.append({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    while (!PQisBusy(m_conn)) { // a heartbeat's answer, whole
        PGresult *result = PQgetResult(m_conn);
        if (!result)
            break;
        if (heartbeatRow && PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0) {
            heartbeatRow->clear();
            for (int column = 0; column < PQnfields(result); ++column)
                *heartbeatRow << QString::fromUtf8(PQgetvalue(result, 0, column));
        }
        PQclear(result);
    }
    return out;
}

bool PgConnection::sendHeartbeat(const char *query)
{
    if (!isOpen())
        return false;
    if (PQisBusy(m_conn))
        return true; // the last one is still unanswered: it is what TCP waits on
    return PQsendQuery(m_conn, query) == 1;
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
