// documents merge / split: correct where a stack was cut, before verification.
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/ingest/DocumentCuts.h"

#include <QCoreApplication>

namespace sohoa::cli {

namespace {

bool documentId(const QString& text, qint64& id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

QJsonObject cutJson(const ingest::CutResult& r)
{
    QJsonObject o{{QStringLiteral("document"), r.documentId},
                  {QStringLiteral("record"), r.recordId},
                  {QStringLiteral("pages"), r.pages}};
    if (r.newDocumentId) {
        o.insert(QStringLiteral("new_document"), r.newDocumentId);
        o.insert(QStringLiteral("new_record"), r.newRecordId);
        o.insert(QStringLiteral("new_pages"), r.newPages);
    }
    return o;
}

int documentsMerge(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Merge two documents of a batch that are one (a stack cut in the wrong "
               "place): the pages of the second "
               "are appended to the first, the second document and its record are "
               "removed, and the first's record is "
               "read again from all its pages. Only before verification."));
    CliContext::addStoreOptions(p);
    p.addPositionalArgument(QStringLiteral("ID"),
                            Tr::tr("The first document, then the one whose pages follow it."),
                            QStringLiteral("ID ID"));
    if (int rc = ctx.parse(p, QStringLiteral("documents merge"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    const QStringList ids = p.positionalArguments();
    qint64 first = 0, second = 0;
    if (ids.size() != 2 || !documentId(ids[0], first) || !documentId(ids[1], second))
        return ctx.usage(Tr::tr("documents merge needs two document IDs."));
    auto session = ctx.signIn(p);
    if (!session)
        return ctx.fail(session.error(), json);
    auto r = ingest::mergeDocuments(**session, first, second);
    if (!r)
        return ctx.fail(r.error(), json);
    if (json)
        ctx.jsonLine(cutJson(*r));
    else
        ctx.out(Tr::tr("Document %1 now holds %2 page(s) (record %3); document %4 was merged into it.\n")
                    .arg(r->documentId)
                    .arg(r->pages)
                    .arg(r->recordId)
                    .arg(second));
    return ExitOk;
}

int documentsSplit(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Split a document of a batch that holds two (a stack cut in the wrong place): the pages from --at on "
        "become a new document with a record of its own, and both records are read again from their pages. "
        "Only before verification."));
    CliContext::addStoreOptions(p);
    p.addOption(
        {QStringLiteral("at"), Tr::tr("The page (1-based) that starts the new document."), Tr::tr("PAGE")});
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The document to split."), QStringLiteral("ID"));
    if (int rc = ctx.parse(p, QStringLiteral("documents split"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    qint64 id = 0;
    if (p.positionalArguments().size() != 1 || !documentId(p.positionalArguments().first(), id))
        return ctx.usage(Tr::tr("documents split needs one document ID."));
    bool ok = false;
    const int at = p.value(QStringLiteral("at")).toInt(&ok);
    if (!ok || at < 2)
        return ctx.usage(Tr::tr("documents split needs --at PAGE, a page from 2 on."));
    auto session = ctx.signIn(p);
    if (!session)
        return ctx.fail(session.error(), json);
    auto r = ingest::splitDocument(**session, id, at);
    if (!r)
        return ctx.fail(r.error(), json);
    if (json)
        ctx.jsonLine(cutJson(*r));
    else
        ctx.out(Tr::tr("Document %1 keeps %2 page(s) (record %3); its pages from %4 on are now document %5 "
                       "(record %6).\n")
                    .arg(r->documentId)
                    .arg(r->pages)
                    .arg(r->recordId)
                    .arg(at)
                    .arg(r->newDocumentId)
                    .arg(r->newRecordId));
    return ExitOk;
}

void addDocumentCommands(QList<Command>& out)
{
    out.append({QStringLiteral("documents merge"),
                Tr::tr("merge two documents that are one (before verification)"), documentsMerge});
    out.append({QStringLiteral("documents split"), Tr::tr("split a document at a page (before verification)"),
                documentsSplit});
}

const CommandRegistration registration(addDocumentCommands);

} // namespace

} // namespace sohoa::cli
