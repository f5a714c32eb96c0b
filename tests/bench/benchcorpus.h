#pragma once

#include "domain/communication.h"
#include "domain/records.h"

#include <QString>
#include <QStringList>

// A deterministic synthetic corpus for the benchmark: communications with Zipf-distributed
// words (so there are common and rare words), dates over three years, field values of
// realistic cardinality, and one delivery event each. Renditions are a few small shared
// text files, to spare disk at a million records.
class BenchCorpus
{
public:
    explicit BenchCorpus(quint64 seed = 7);

    proofdesk::domain::Communication make(qint64 index);
    proofdesk::domain::DeliveryEvent eventFor(const proofdesk::domain::Communication &c, qint64 index);
    // Writes drop.json, the shared renditions and `count` communications with their events.
    void writeDrop(const QString &root, qint64 count);

    const QStringList &vocabulary() const { return m_words; }
    QString word(int rank) const { return m_words.at(rank); }
    static QByteArray renditionBytes(int i);
    static QByteArray communicationLine(const proofdesk::domain::Communication &c);

private:
    quint64 next();
    int zipfRank();
    QStringList m_words;
    QList<double> m_cumulative;
    QList<QPair<QString, QString>> m_renditions; // path, sha256
    quint64 m_state;
};
