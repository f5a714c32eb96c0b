#include "netnslink.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace proofdesk::test {

namespace {

// The MAC address cut() resolves the inner address to: locally administered, on no interface.
constexpr const char *kNobodysAddress = "02:00:5e:00:de:ad";

QString ipProgram()
{
    QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (ip.isEmpty())
        ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
                                            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return ip;
}

} // namespace

NetnsLink::NetnsLink()
{
    const qint64 pid = QCoreApplication::applicationPid();
    m_subnet = int(pid % 250) + 1;
    const QString tag = QString::number(pid % 100000);
    m_name = QStringLiteral("pdtest-") + tag;
    m_outer = QStringLiteral("pdo") + tag; // interface names: at most 15 bytes
    m_inner = QStringLiteral("pdi") + tag;
}

NetnsLink::~NetnsLink()
{
    QString ignored;
    if (m_ownNamespace >= 0) {
        setns(m_ownNamespace, CLONE_NEWNET);
        ::close(m_ownNamespace);
    }
    if (m_created) {
        ip({QStringLiteral("link"), QStringLiteral("del"), m_outer}, &ignored); // takes its peer along
        ip({QStringLiteral("netns"), QStringLiteral("del"), m_name}, &ignored);
    }
}

bool NetnsLink::hasRights() { return ::geteuid() == 0; }

bool NetnsLink::ipInstalled() { return !ipProgram().isEmpty(); }

bool NetnsLink::ip(const QStringList &args, QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ipProgram(), args);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("ip %1 failed: %2")
                     .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

QString NetnsLink::innerAddress() const { return QStringLiteral("10.231.%1.2").arg(m_subnet); }
QString NetnsLink::outerAddress() const { return QStringLiteral("10.231.%1.1").arg(m_subnet); }

bool NetnsLink::create(QString *error)
{
    const QString outer = outerAddress() + QStringLiteral("/30");
    const QString inner = innerAddress() + QStringLiteral("/30");
    // A namespace left by a test that was killed takes the same name only with the same pid.
    QString ignored;
    ip({QStringLiteral("netns"), QStringLiteral("del"), m_name}, &ignored);
    ip({QStringLiteral("link"), QStringLiteral("del"), m_outer}, &ignored);
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), m_name}, error))
        return false;
    m_created = true;
    const QList<QStringList> steps = {
        {QStringLiteral("link"), QStringLiteral("add"), m_outer, QStringLiteral("type"), QStringLiteral("veth"),
         QStringLiteral("peer"), QStringLiteral("name"), m_inner},
        {QStringLiteral("link"), QStringLiteral("set"), m_inner, QStringLiteral("netns"), m_name},
        {QStringLiteral("addr"), QStringLiteral("add"), outer, QStringLiteral("dev"), m_outer},
        {QStringLiteral("link"), QStringLiteral("set"), m_outer, QStringLiteral("up")},
        {QStringLiteral("-n"), m_name, QStringLiteral("addr"), QStringLiteral("add"), inner, QStringLiteral("dev"),
         m_inner},
        {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), m_inner, QStringLiteral("up")},
        {QStringLiteral("-n"), m_name, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
         QStringLiteral("up")},
    };
    for (const QStringList &step : steps)
        if (!ip(step, error))
            return false;
    return true;
}

bool NetnsLink::enter(QString *error)
{
    if (m_ownNamespace < 0)
        m_ownNamespace = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    const QByteArray path = QFile::encodeName(QStringLiteral("/var/run/netns/") + m_name);
    const int inner = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (m_ownNamespace < 0 || inner < 0 || setns(inner, CLONE_NEWNET) != 0) {
        *error = QStringLiteral("cannot enter the network namespace %1: %2")
                     .arg(m_name, QString::fromLocal8Bit(strerror(errno)));
        if (inner >= 0)
            ::close(inner);
        return false;
    }
    ::close(inner);
    return true;
}

bool NetnsLink::leave(QString *error)
{
    if (m_ownNamespace < 0 || setns(m_ownNamespace, CLONE_NEWNET) != 0) {
        *error = QStringLiteral("cannot go back to the test's network namespace: %1")
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

bool NetnsLink::cut(Cut how, QString *error)
{
    const QString nobody = QString::fromLatin1(kNobodysAddress);
    if (!ip({QStringLiteral("neigh"), QStringLiteral("replace"), innerAddress(), QStringLiteral("lladdr"), nobody,
             QStringLiteral("dev"), m_outer, QStringLiteral("nud"), QStringLiteral("permanent")},
            error))
        return false;
    if (how == Cut::OnlyOutgoing)
        return true;
    return ip({QStringLiteral("-n"), m_name, QStringLiteral("neigh"), QStringLiteral("replace"), outerAddress(),
               QStringLiteral("lladdr"), nobody, QStringLiteral("dev"), m_inner, QStringLiteral("nud"),
               QStringLiteral("permanent")},
              error);
}

bool NetnsLink::mend(QString *error)
{
    QString ignored; // the inner side is set only by a cut both ways
    ip({QStringLiteral("-n"), m_name, QStringLiteral("neigh"), QStringLiteral("del"), outerAddress(),
        QStringLiteral("dev"), m_inner},
       &ignored);
    return ip({QStringLiteral("neigh"), QStringLiteral("del"), innerAddress(), QStringLiteral("dev"), m_outer}, error);
}

} // namespace proofdesk::test
