#pragma once

#include <QString>
#include <QStringView>

namespace proofdesk::render::htmltokens {

// One piece of markup as QTextHtmlParser (Qt 6.4) reads it. Qt has no raw-text elements: every
// '<' starts a tag, in a style sheet, a script or a comment-like "<!-x" alike, and a tag's name
// is a word up to white space, '>', "/>", '<' or '=', quoted or not, with character references
// decoded ("< span>", "<\"span\">" and "<sp&#97;n>" are spans). The scan in htmllimits.cpp
// counts what these tags make; reading them as Qt does is what makes the count Qt's.
struct Tag
{
    enum Kind { Open, Close, Other }; // Other: a comment or a "<!…>" declaration
    Kind kind = Other;
    QString name; // lower case; empty for a tag Qt makes no element of
    // The attributes the scan uses, as Qt reads their values (the last one of a name wins).
    QString colspan;
    QString rowspan;
    QString classes;
    QString id;
    bool closed = false; // a '/' between its attributes and its '>': Qt opens no element
};

// Reads the tag that starts at html[at] == '<' into `tag`; returns the index after it.
qsizetype readTag(QStringView html, qsizetype at, Tag *tag);

// `text` with its character references decoded as readTag decodes them in names and values
// (what Qt gives its CSS parser as a style sheet's text).
QString decodeReferences(QStringView text);

// Qt's reading of a number attribute (colspan, rowspan): QString::toInt, or `otherwise` when it
// is not a number.
qint64 intAttribute(const QString &value, qint64 otherwise);

} // namespace proofdesk::render::htmltokens
