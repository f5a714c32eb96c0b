#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fakeserver {

// The fake CMIS repository's type system, in the CMIS 1.1 Browser Binding's shapes:
// cmis:document (with the exs: properties the fake's untyped documents carry) and the
// document subtypes a test adds. A query FROM a type returns its objects and its subtypes'
// objects, the latter with the queried type's properties only (why a connector must name
// the communications' own type).
class FakeCmisTypes
{
public:
    FakeCmisTypes();

    // A document type below `parentId` defining `properties` (string properties). With
    // listsInherited false its definition lists its own properties only, as some servers
    // answer: a client must then read the supertypes too.
    void add(const QString &id, const QString &parentId, const QStringList &properties, bool listsInherited = true);
    bool contains(const QString &id) const { return m_types.contains(id); }
    // True when `type` is `ancestor` or below it.
    bool isA(const QString &type, const QString &ancestor) const;
    // The answer to cmisselector=typeDefinition&typeId=id; empty when there is no such type.
    QJsonObject definition(const QString &id) const;
    // An object as a query FROM `fromType` returns it.
    QJsonObject asSeenFrom(const QJsonObject &properties, const QString &fromType) const;

private:
    struct Type
    {
        QString parentId;
        QStringList properties; // its own
        bool listsInherited = true;
    };
    QStringList allProperties(const QString &id) const; // its own and its supertypes'
    QHash<QString, Type> m_types;
};

} // namespace fakeserver
