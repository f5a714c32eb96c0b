// The profiles table (sync/repositoryprofiles.h): which type and mapping a repository's
// settings come to, what is refused when set, and docs/connecting.md listing every property
// of every profile exactly as the table has it (PROOFDESK_PRINT_PROFILE_TABLES=1 prints the
// tables the document should hold).
#include "sync/cmis/cmiscatalogue.h"
#include "sync/http/propertymapping.h"
#include "sync/repositoryprofiles.h"
#include "sync/workflow/workflowsettings.h"

#include <QFile>
#include <QTest>

using namespace proofdesk::sync;

namespace {

QString docText()
{
    QFile f(QStringLiteral(PROOFDESK_CONNECTING_MD));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The part of the document about one profile: from its heading to the next one.
QString sectionOf(const QString &doc, const QString &profile)
{
    const qsizetype heading = doc.indexOf(QStringLiteral("(profile `%1`)").arg(profile));
    if (heading < 0)
        return QString();
    const qsizetype next = doc.indexOf(QLatin1String("\n## "), heading);
    return doc.mid(heading, next < 0 ? -1 : next - heading);
}

QStringList tableRows(const RepositoryProfile &profile)
{
    QStringList rows;
    for (const QString &field : PropertyMapping::fields())
        if (profile.mapping.contains(field))
            rows
                << QStringLiteral("| `%1` | `%2` | %3 |").arg(field, profile.mapping.value(field), fieldMeaning(field));
    // The template and content-block fields, in their own table.
    for (const auto kind : {cmis::CatalogueKind::Template, cmis::CatalogueKind::Block})
        for (const QString &field : cmis::catalogueFields(kind))
            if (profile.catalogueMapping.contains(field))
                rows << QStringLiteral("| `%1` | `%2` | %3 |")
                            .arg(field, profile.catalogueMapping.value(field), fieldMeaning(field));
    return rows;
}

} // namespace

class TestRepositoryProfiles : public QObject
{
    Q_OBJECT

private slots:
    void everyProfileIsValidForItsKind();
    void typeComesFromTheMostSpecificSetting_data();
    void typeComesFromTheMostSpecificSetting();
    void overridesReplaceOneFieldOfTheProfile();
    void problemsNameWhatIsWrong_data();
    void problemsNameWhatIsWrong();
    void connectingDocListsEveryPropertyOfEveryProfile();
    void connectingDocListsEveryWorkflowSetting();
    void workflowSettingsAreChecked_data();
    void workflowSettingsAreChecked();
    void catalogueTypesAndMappingComeFromTheMostSpecificSetting();
};

void TestRepositoryProfiles::everyProfileIsValidForItsKind()
{
    QCOMPARE(profileNames(),
             (QStringList{QStringLiteral("documentum"), QStringLiteral("content-server"), QStringLiteral("alfresco"),
                          QStringLiteral("nuxeo"), QStringLiteral("archivesspace")}));
    for (const RepositoryProfile &p : repositoryProfiles()) {
        QJsonObject mapping;
        for (auto it = p.mapping.begin(); it != p.mapping.end(); ++it) {
            QVERIFY2(PropertyMapping::fields().contains(it.key()), qPrintable(p.name + QLatin1Char(' ') + it.key()));
            mapping.insert(it.key(), it.value());
        }
        for (const char *required : {"id", "type", "issued_at"})
            QVERIFY2(p.mapping.contains(QLatin1String(required)), qPrintable(p.name));
        const QJsonObject settings{{QStringLiteral("profile"), p.name}, {QStringLiteral("mapping"), mapping}};
        QCOMPARE(settingsProblems(p.kind, settings), QStringList());
        QCOMPARE(p.type.isEmpty(), p.kind != QLatin1String("cmis"));
    }
}

void TestRepositoryProfiles::typeComesFromTheMostSpecificSetting_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("type");
    QTest::newRow("nothing set") << QJsonObject() << QStringLiteral("cmis:document");
    QTest::newRow("a profile") << QJsonObject{{QStringLiteral("profile"), QStringLiteral("documentum")}}
                               << QStringLiteral("exs_communication");
    QTest::newRow("a query") << QJsonObject{{QStringLiteral("profile"), QStringLiteral("documentum")},
                                            {QStringLiteral("query"),
                                             QStringLiteral("SELECT * FROM acme:letter WHERE x = 1")}}
                             << QStringLiteral("acme:letter");
    QTest::newRow("a type") << QJsonObject{{QStringLiteral("profile"), QStringLiteral("alfresco")},
                                           {QStringLiteral("type"), QStringLiteral("D:acme:letter")}}
                            << QStringLiteral("D:acme:letter");
}

void TestRepositoryProfiles::typeComesFromTheMostSpecificSetting()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, type);
    QCOMPARE(cmisTypeOf(settings), type);
}

void TestRepositoryProfiles::overridesReplaceOneFieldOfTheProfile()
{
    const QJsonObject settings{
        {QStringLiteral("profile"), QStringLiteral("nuxeo")},
        {QStringLiteral("mapping"), QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("acme:cust")},
                                                {QStringLiteral("batch"), QString()}}}};
    const QMap<QString, QString> base = findProfile(QStringLiteral("nuxeo"))->mapping;
    const QMap<QString, QString> mapping = effectiveMapping(QStringLiteral("cmis"), settings);
    QCOMPARE(mapping.value(QStringLiteral("customer_id")), QStringLiteral("acme:cust"));
    QCOMPARE(mapping.value(QStringLiteral("batch")), QString()); // left unread
    QCOMPARE(mapping.value(QStringLiteral("issued_at")), base.value(QStringLiteral("issued_at")));
    QCOMPARE(baseMapping(QStringLiteral("cmis"), QJsonObject()).value(QStringLiteral("customer_id")),
             QStringLiteral("exs:customerId"));
}

void TestRepositoryProfiles::problemsNameWhatIsWrong_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("says"); // empty: no problem
    const QString cmis = QStringLiteral("cmis");
    const auto mapped = [](const char *field, const char *property) {
        return QJsonObject{{QStringLiteral("mapping"), QJsonObject{{QLatin1String(field), QLatin1String(property)}}}};
    };
    QTest::newRow("an override") << cmis << mapped("customer_id", "acme:customerNo") << QString();
    QTest::newRow("a literal") << cmis << mapped("channel", "=print") << QString();
    QTest::newRow("a field left unread") << cmis << mapped("batch", "") << QString();
    QTest::newRow("an unknown field") << cmis << mapped("custmer_id", "x") << QStringLiteral("\"custmer_id\"");
    QTest::newRow("a required field unread")
        << cmis << mapped("issued_at", "") << QStringLiteral("\"issued_at\" is required");
    QTest::newRow("a property with a space")
        << cmis << mapped("customer_id", "acme: cust") << QStringLiteral("not a CMIS property id");
    QTest::newRow("an ArchivesSpace user-defined field")
        << QStringLiteral("archivesspace") << mapped("customer_id", "user_defined.string_3") << QString();
    QTest::newRow("an ArchivesSpace typo")
        << QStringLiteral("archivesspace") << mapped("customer_id", "user_defined.sting_3")
        << QStringLiteral("\"user_defined.sting_3\"");
    QTest::newRow("a template field") << cmis << mapped("template.status", "acme:state") << QString();
    QTest::newRow("a block field") << cmis << mapped("block.kind", "acme:kind") << QString();
    QTest::newRow("a required template field unread")
        << cmis << mapped("template.status", "") << QStringLiteral("\"template.status\" is required");
    QTest::newRow("an unknown template field")
        << cmis << mapped("template.stat", "x") << QStringLiteral("\"template.stat\"");
    QTest::newRow("a template field for ArchivesSpace")
        << QStringLiteral("archivesspace") << mapped("template.status", "title")
        << QStringLiteral("\"template.status\"");
    QTest::newRow("a template type") << cmis
                                     << QJsonObject{{QStringLiteral("template_type"), QStringLiteral("acme:tpl")}}
                                     << QString();
    QTest::newRow("a block type for ArchivesSpace")
        << QStringLiteral("archivesspace") << QJsonObject{{QStringLiteral("block_type"), QStringLiteral("x")}}
        << QStringLiteral("\"block_type\"");
    QTest::newRow("a mapping that is a string")
        << cmis << QJsonObject{{QStringLiteral("mapping"), QStringLiteral("{}")}}
        << QStringLiteral("must be an object");
    QTest::newRow("a mapping for a drop")
        << QStringLiteral("drop") << mapped("customer_id", "x") << QStringLiteral("takes no \"mapping\"");
}

void TestRepositoryProfiles::problemsNameWhatIsWrong()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, settings);
    QFETCH(QString, says);
    const QStringList problems = settingsProblems(kind, settings);
    if (says.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(says), qPrintable(problems.first()));
}

void TestRepositoryProfiles::connectingDocListsEveryPropertyOfEveryProfile()
{
    if (qEnvironmentVariableIntValue("PROOFDESK_PRINT_PROFILE_TABLES") != 0)
        for (const RepositoryProfile &p : repositoryProfiles())
            qInfo().noquote() << QStringLiteral(
                                     "{{TABLE:%1}}\n| field | property | what it means |\n|---|---|---|\n%2\n")
                                     .arg(p.name, tableRows(p).join(QLatin1Char('\n')));
    const QString doc = docText();
    QVERIFY2(!doc.isEmpty(), PROOFDESK_CONNECTING_MD);
    for (const RepositoryProfile &p : repositoryProfiles()) {
        const QString section = sectionOf(doc, p.name);
        QVERIFY2(!section.isEmpty(), qPrintable(QStringLiteral("no section \"(profile `%1`)\"").arg(p.name)));
        for (const QString &type : {p.type, p.templateType, p.blockType})
            if (!type.isEmpty())
                QVERIFY2(section.contains(QStringLiteral("`%1`").arg(type)),
                         qPrintable(p.name + QStringLiteral(": ") + type));
        if (p.kind == QLatin1String("cmis"))
            QVERIFY2(!p.catalogueMapping.isEmpty(), qPrintable(p.name)); // every CMIS profile reads templates
        QVERIFY2(section.contains(QStringLiteral("--profile %1").arg(p.name)),
                 qPrintable(p.name)); // its example command
        for (const QString &row : tableRows(p))
            QVERIFY2(section.contains(row), qPrintable(p.name + QStringLiteral(": ") + row));
    }
}

void TestRepositoryProfiles::connectingDocListsEveryWorkflowSetting()
{
    const QString doc = docText();
    const qsizetype heading = doc.indexOf(QStringLiteral("(kind `workflow`)"));
    QVERIFY2(heading >= 0, "no section \"(kind `workflow`)\"");
    const qsizetype next = doc.indexOf(QLatin1String("\n## "), heading);
    const QString section = doc.mid(heading, next < 0 ? -1 : next - heading);
    for (const WorkflowSetting &s : workflowSettings()) {
        const QString row = QStringLiteral("| `%1` | `%2` | %3 |").arg(s.key, s.defaultValue, s.meaning);
        QVERIFY2(section.contains(row), qPrintable(row));
    }
    QVERIFY(section.contains(QStringLiteral("--kind workflow")));
}

void TestRepositoryProfiles::workflowSettingsAreChecked_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("problem");
    QTest::newRow("defaults") << QJsonObject() << QString();
    QTest::newRow("own keys") << QJsonObject{{QStringLiteral("reissue_process"), QStringLiteral("acme-reissue")},
                                             {QStringLiteral("page_size"), 20}}
                              << QString();
    QTest::newRow("empty key") << QJsonObject{{QStringLiteral("exception_process"), QStringLiteral(" ")}}
                               << QStringLiteral(
                                      "The setting \"exception_process\" must name a process definition key, "
                                      "e.g. exception_process=proofdesk-exception.");
    QTest::newRow("page size 0") << QJsonObject{{QStringLiteral("page_size"), 0}}
                                 << QStringLiteral("The setting \"page_size\" must be a number from 1 to 1000.");
    QTest::newRow("a mapping") << QJsonObject{{QStringLiteral("mapping"), QJsonObject()}}
                               << QStringLiteral("A workflow repository takes no \"mapping\" setting.");
}

void TestRepositoryProfiles::workflowSettingsAreChecked()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QString, problem);
    const QStringList problems = settingsProblems(QStringLiteral("workflow"), settings);
    QCOMPARE(problems.join(QLatin1Char('\n')), problem);
    QCOMPARE(workflowSetting(settings, QStringLiteral("reissue_process")),
             settings.value(QStringLiteral("reissue_process")).toString(QStringLiteral("proofdesk-reissue")));
}

void TestRepositoryProfiles::catalogueTypesAndMappingComeFromTheMostSpecificSetting()
{
    using cmis::CatalogueKind;
    QCOMPARE(cmisCatalogueTypeOf(QJsonObject(), CatalogueKind::Template), QStringLiteral("exs:template"));
    QCOMPARE(cmisCatalogueTypeOf(QJsonObject(), CatalogueKind::Block), QStringLiteral("exs:contentBlock"));
    const QJsonObject documentum{{QStringLiteral("profile"), QStringLiteral("documentum")}};
    QCOMPARE(cmisCatalogueTypeOf(documentum, CatalogueKind::Template), QStringLiteral("exs_template"));
    QVERIFY(!catalogueTypeIsNamed(documentum, CatalogueKind::Template));
    QJsonObject named = documentum;
    named.insert(QStringLiteral("template_type"), QStringLiteral("acme_tpl"));
    named.insert(QStringLiteral("block_type"), QString()); // none
    QCOMPARE(cmisCatalogueTypeOf(named, CatalogueKind::Template), QStringLiteral("acme_tpl"));
    QVERIFY(catalogueTypeIsNamed(named, CatalogueKind::Template));
    QCOMPARE(cmisCatalogueTypeOf(named, CatalogueKind::Block), QString());
    named.insert(QStringLiteral("mapping"),
                 QJsonObject{{QStringLiteral("template.status"), QStringLiteral("acme_state")},
                             {QStringLiteral("customer_id"), QStringLiteral("acme_cust")}});
    const QMap<QString, QString> mapping = effectiveCatalogueMapping(named);
    QCOMPARE(mapping.value(QStringLiteral("template.status")), QStringLiteral("acme_state"));
    QCOMPARE(mapping.value(QStringLiteral("template.effective_from")), QStringLiteral("exs_effective_from"));
    QCOMPARE(mapping.value(QStringLiteral("template.version")), QStringLiteral("cmis:versionLabel"));
    QVERIFY(!mapping.contains(QStringLiteral("customer_id")));
}

QTEST_GUILESS_MAIN(TestRepositoryProfiles)
#include "tst_repositoryprofiles.moc"
