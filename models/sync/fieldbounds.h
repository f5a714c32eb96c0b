#pragma once

#include "domain/communication.h"
#include "domain/records.h"

#include <QString>
#include <QStringList>

namespace proofdesk::sync {

// The longest value a field of a record keeps in the cache, whichever repository sent it. The
// drop format bounds a line (16 MiB), not a field, and a repository's property may be as long:
// a record whose type was 4 MB and recipient 8 MB made every paint of the results list cost
// 4.4 s and the window 730 MB (#44 item 1). The cache writer applies these to every record it
// writes (CacheWriter::applyPage and keepRecords, so drops, CMIS, ArchivesSpace and the records
// a remote search keeps alike):
// - an id or a key (the record's id, business keys, template and block ids and versions, paths,
//   the ids it refers to) longer than kKey is not taken: the record is rejected, naming the
//   field, since a cut key could be another record's;
// - a text (type, channel, the recipient's name, address, e-mail and phone, workspace type and
//   title, business unit, batch, campaign, language, origin, a template's name and status, an
//   event's kind and provider reference) longer than kKey, and a note (a template's change note,
//   an approval's note, an event's detail, each string value of the unknown fields) longer than
//   kNote, is cut to its first characters, and a warning names the record and the field, with
//   its length. The whole value stays where it came from (the drop's line, the repository).
// Not bounded: the communication's extracted text (searched whole, never drawn whole) and the
// bodies of templates and content blocks.
class FieldBounds
{
public:
    static constexpr qsizetype kKey = 1024;
    static constexpr qsizetype kNote = 16384;

    struct Outcome
    {
        QString rejected; // why the record is not taken; empty when it is
        QStringList cut;  // the fields cut, as `field "type" (4194304 characters)`
        bool isClean() const { return rejected.isEmpty() && cut.isEmpty(); }
        // The warning for a record taken with fields cut, naming `what` (the record).
        QString warning(const QString &what) const;
    };

    // Whether every field is within its bound (no copy made: the usual case).
    static bool within(const domain::Communication &c);
    static bool within(const domain::TemplateVersion &t);
    static bool within(const domain::ContentBlockVersion &b);
    static bool within(const domain::DeliveryEvent &e);
    static bool within(const domain::RetentionClass &r);
    // Cuts what is too long, or says why the record cannot be taken.
    static Outcome apply(domain::Communication &c);
    static Outcome apply(domain::TemplateVersion &t);
    static Outcome apply(domain::ContentBlockVersion &b);
    static Outcome apply(domain::DeliveryEvent &e);
    static Outcome apply(domain::RetentionClass &r);
};

} // namespace proofdesk::sync
