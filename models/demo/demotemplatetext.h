#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace proofdesk::demo {

// The demo's template language, a small stand-in for an Exstream design:
//   Subject: ...            the subject line
//   SMS: ...                the text message variant (types sent by SMS only)
//   @vN+ text / @uptoN text a line present from version N on / up to version N
//   {{name}}                a placeholder; {{block:ID}} places a content block;
//   {{table}}               places the type's table; {{! ... }} is a comment line
// Paragraphs are separated by blank lines.

struct TemplatePart
{
    enum Kind { Paragraph, Table, Block };
    Kind kind = Paragraph;
    QString text; // paragraph text, or the block id
};

struct ParsedTemplate
{
    QString subject;
    QString sms;
    QList<TemplatePart> parts;
};

using Variables = QHash<QString, QString>;

// The raw source for a communication type, from the compiled-in resources.
QString loadTemplateSource(const QString &type, QString *error);
// The source as it stood at one version: version lines resolved, a revision comment on top.
QString templateBodyForVersion(const QString &source, int version, const QString &header);
// Block ids a body places, in order of first appearance.
QStringList blockIdsIn(const QString &body);
ParsedTemplate parseTemplate(const QString &body);
// Replaces {{name}} by vars[name]; an unknown name is left as written, so a test can spot it.
QString fillPlaceholders(const QString &text, const Variables &vars);

} // namespace proofdesk::demo
