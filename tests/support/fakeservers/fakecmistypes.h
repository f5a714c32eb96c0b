#pragma once

#include "cmisquerygrammar.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fakeserver {

// The fake CMIS repository's type system, in the CMIS 1.1 Browser Binding's shapes:
// cmis:document (with the exs: properties the fake's untyped documents carry) and the
// document subtypes a test adds. A query FROM a type returns its objects and its subtypes'
// objects, the latter with the queried type's properties only (why a connector must name
// the communications' own type). Each property definition says its type, cardinality and
// whether it is queryable and orderable, as CMIS 1.1 2.1.3.3 defines them; the base type's
// follow the specification (cmis:objectId is an Id and not orderable here, the dates are).
class FakeCmisTypes
{
public:
    struct Property
    {
        QString id;
        cmisql::PropertyInfo info;
    };

    FakeCmisTypes();

    // A document type below `parentId` defining `properties`: strings, or datetimes where
    // the name ends in "Date". With listsInherited false its definition lists its own
    // properties only, as some servers answer: a client must then read the supertypes too.
    void add(const QString &id, const QString &parentId, const QStringList &properties, bool listsInherited = true);
    void add(const QString &id, const QString &parentId, const QList<Property> &properties, bool listsInherited = true);
    // A property of cmis:document orderable or not (every type inherits it).
    void setBaseOrderable(const QString &property, bool orderable);
    bool contains(const QString &id) const { return m_types.contains(id); }
    // True when `type` is `ancestor` or below it.
    bool isA(const QString &type, const QString &ancestor) const;
    // The answer to cmisselector=typeDefinition&typeId=id; empty when there is no such type.
    QJsonObject definition(const QString &id) const;
    // An object as a query FROM `fromType` returns it.
    QJsonObject asSeenFrom(const QJsonObject &properties, const QString &fromType) const;
    // What a query FROM the type may name: its own properties and its supertypes'.
    cmisql::Properties queryProperties(const QString &id) const;

private:
    struct Type
    {
        QString parentId;
        QList<Property> properties; // its own
        bool listsInherited = true;
    };
    QList<Property> allProperties(const QString &id) const; // its own and its supertypes'
    QHash<QString, Type> m_types;
};

} // namespace fakeserver
