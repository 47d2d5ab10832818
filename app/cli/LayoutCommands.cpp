// layout learn / import / list / remove / export: teach SoHoa a form from one
// verified document and share the layouts between offices (core/layouts).
#include "CliContext.h"
#include "Commands.h"
#include "IngestSupport.h"
#include "Tr.h"
#include "core/audit/Roster.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/layouts/Layout.h"
#include "core/layouts/LayoutStore.h"
#include "core/ocr/OcrWorkerPool.h"
#include "core/records/RecordType.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace sohoa::cli {

namespace {

QJsonObject layoutJson(qint64 id, const layouts::LayoutModel& l)
{
    QJsonObject o{{QStringLiteral("name"), l.name},
                  {QStringLiteral("type"), l.type},
                  {QStringLiteral("layout_id"), l.id()},
                  {QStringLiteral("fields"), int(l.fields.size())},
                  {QStringLiteral("landmarks"), int(l.landmarks.size())}};
    if (id > 0)
        o.insert(QStringLiteral("id"), id);
    return o;
}

int layoutLearn(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Learn the layout of a form from one document whose values are known, without any store: OCR the "
        "IMAGE, find each value of VALUES.json (canonical key -> value as in SPEC section 1) on it, and "
        "write a layout file into DIR. The file holds where the values sit relative to the print of the "
        "form, never the values."));
    p.addOption({QStringLiteral("type"), Tr::tr("The record type of the document."), Tr::tr("TYPE")});
    p.addOption(
        {QStringLiteral("values"), Tr::tr("JSON object of the document's values."), Tr::tr("VALUES.json")});
    p.addOption({QStringLiteral("out"), Tr::tr("Folder to write the layout file into."), Tr::tr("DIR")});
    p.addOption({QStringLiteral("name"), Tr::tr("A name people will recognise (default: the image's name)."),
                 Tr::tr("NAME")});
    CliContext::addJsonOption(p);
    p.addPositionalArgument(QStringLiteral("IMAGE"), Tr::tr("A scan or PDF of the document."),
                            QStringLiteral("IMAGE"));
    if (int rc = ctx.parse(p, QStringLiteral("layout learn"), args); rc >= 0)
        return rc;
    const bool json = p.isSet(QStringLiteral("json"));
    const QString type = p.value(QStringLiteral("type"));
    if (type.isEmpty() || !records::RecordTypeRegistry::builtin().find(type))
        return ctx.usage(Tr::tr("layout learn needs --type with a known record type."));
    if (p.value(QStringLiteral("values")).isEmpty() || p.value(QStringLiteral("out")).isEmpty() ||
        p.positionalArguments().size() != 1)
        return ctx.usage(Tr::tr("layout learn needs --values, --out and one IMAGE."));
    QFile vf(p.value(QStringLiteral("values")));
    if (!vf.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(QStringLiteral("input.unreadable"),
                                  Tr::tr("Cannot read %1.").arg(p.value(QStringLiteral("values")))),
                        json);
    const QJsonDocument vd = QJsonDocument::fromJson(vf.read(4 * 1024 * 1024));
    if (!vd.isObject())
        return ctx.usage(Tr::tr("VALUES.json must be a JSON object of field keys and values."));
    QMap<QString, QString> values;
    const QJsonObject vo = vd.object();
    for (auto it = vo.begin(); it != vo.end(); ++it)
        if (it.value().isString())
            values.insert(it.key(), it.value().toString());
    if (auto ready = ocrReady(); !ready)
        return ctx.fail(ready.error(), json);

    ingest::PipelineOptions options;
    options.typeHint = type;
    options.archiveImages = false;
    options.separateDocuments = false;
    ocr::OcrWorkerPool pool(1);
    ingest::DocumentPipeline pipeline(pool, options);
    std::optional<ingest::DocumentResult> doc;
    pipeline.setDocumentSink([&](ingest::DocumentResult& d) {
        if (!doc)
            doc = std::move(d);
    });
    pipeline.addFile(p.positionalArguments().first());
    pipeline.finish();
    if (!doc)
        return ctx.fail(makeError(QStringLiteral("input.unreadable"),
                                  Tr::tr("Nothing was read from %1.").arg(p.positionalArguments().first())),
                        json);
    if (doc->error)
        return ctx.fail(*doc->error, json);
    const QString name = p.value(QStringLiteral("name")).isEmpty() ? QFileInfo(doc->input).completeBaseName()
                                                                   : p.value(QStringLiteral("name"));
    QElapsedTimer clock;
    clock.start();
    auto layout = layouts::learnLayout(doc->keptOcr(), type, values, name);
    const qint64 ms = clock.elapsed();
    if (!layout)
        return ctx.fail(layout.error(), json);
    auto path = layouts::writeLayoutFile(*layout, p.value(QStringLiteral("out")));
    if (!path)
        return ctx.fail(path.error(), json);
    if (json) {
        QJsonObject o = layoutJson(0, *layout);
        o.insert(QStringLiteral("file"), *path);
        o.insert(QStringLiteral("learn_ms"), ms);
        ctx.jsonLine(o);
    } else {
        ctx.out(Tr::tr("Layout \"%1\" (%2): %3 of %4 fields placed, written to %5 (learned in %6 ms).\n")
                    .arg(layout->name, layout->type)
                    .arg(layout->fields.size())
                    .arg(values.size())
                    .arg(*path)
                    .arg(ms));
    }
    return ExitOk;
}

int layoutImport(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(
        ctx, QStringLiteral("layout import"),
        Tr::tr(
            "Store every layout file of DIR (*.sohoa-layout.json) in the store; ingest and the desktop "
            "then read matching documents with them. A file that was changed after it was written or "
            "signed is refused; so is a file that is not signed, or signed with a key this office's roster "
            "does not hold, unless an administrator accepts it (--accept-unsigned, --accept-signer). An "
            "accepted key is remembered (layout signers): later files signed with it need no flag. When "
            "one file is refused, nothing is imported."));
    cmd.options().addPositionalArgument(QStringLiteral("DIR"), Tr::tr("Folder of layout files."),
                                        QStringLiteral("DIR"));
    cmd.options().addOption({QStringLiteral("accept-unsigned"),
                             Tr::tr("Administrators: store unsigned layout files too (audited).")});
    cmd.options().addOption(
        {QStringLiteral("accept-signer"),
         Tr::tr("Administrators: trust layout files signed with the key of this fingerprint, "
                "checked with the sending office (audited; may be repeated)."),
         Tr::tr("FINGERPRINT")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    if (cmd.parser().positionalArguments().size() != 1)
        return ctx.usage(Tr::tr("layout import needs one DIR."));
    auto read = layouts::readLayoutFiles(cmd.parser().positionalArguments().first());
    if (!read)
        return cmd.fail(read.error());
    if (read->isEmpty())
        return cmd.fail(
            makeError(QStringLiteral("layout.none"), Tr::tr("No layout files (*.sohoa-layout.json) in %1.")
                                                         .arg(cmd.parser().positionalArguments().first())));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    layouts::ImportTrust trust;
    trust.acceptUnsigned = cmd.parser().isSet(QStringLiteral("accept-unsigned"));
    trust.acceptSigners = cmd.parser().values(QStringLiteral("accept-signer"));
    // Every file is checked before any is stored.
    for (const layouts::LayoutFile& f : *read)
        if (auto trusted = layouts::layoutFileTrust(*session, f, trust); !trusted)
            return cmd.fail(trusted.error());
    for (const layouts::LayoutFile& f : *read) {
        const layouts::LayoutModel& l = f.layout;
        auto id = layouts::importLayoutFile(*session, f, trust);
        if (!id)
            return cmd.fail(id.error());
        if (cmd.json()) {
            QJsonObject o = layoutJson(*id, l);
            if (f.signature) {
                o.insert(QStringLiteral("signed_by"), f.signature->account);
                o.insert(QStringLiteral("signer_key"), audit::keyFingerprint(f.signature->publicKey));
            }
            ctx.jsonLine(o);
        } else if (f.signature) {
            ctx.out(Tr::tr("Layout %1 \"%2\" (%3) stored, signed by %4 (key %5).\n")
                        .arg(*id)
                        .arg(l.name, l.type, f.signature->account,
                             audit::keyFingerprint(f.signature->publicKey)));
        } else {
            ctx.out(Tr::tr("Layout %1 \"%2\" (%3) stored, unsigned.\n").arg(*id).arg(l.name, l.type));
        }
    }
    return ExitOk;
}

int layoutList(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("layout list"), Tr::tr("List the store's layouts."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    accounts::Session* session = cmd.signIn(accounts::Permission::ReadRecords);
    if (!session)
        return cmd.exitCode();
    auto list = layouts::listLayouts(session->db());
    if (!list)
        return cmd.fail(list.error());
    for (const layouts::StoredLayout& s : *list) {
        if (cmd.json()) {
            QJsonObject o = layoutJson(s.id, s.layout);
            o.insert(QStringLiteral("created_at"), s.createdAt);
            o.insert(QStringLiteral("created_by"), s.createdBy);
            ctx.jsonLine(o);
        } else {
            ctx.out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(s.id)
                        .arg(s.layout.type, s.layout.name)
                        .arg(s.layout.fields.size())
                        .arg(s.createdAt));
        }
    }
    return ExitOk;
}

int layoutRemove(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("layout remove"), Tr::tr("Remove a layout from the store."));
    cmd.options().addPositionalArgument(QStringLiteral("ID"), Tr::tr("The layout's id (layout list)."),
                                        QStringLiteral("ID"));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 id = cmd.parser().positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0 || cmd.parser().positionalArguments().size() != 1)
        return ctx.usage(Tr::tr("layout remove needs one layout ID."));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    if (auto r = layouts::removeLayout(*session, id); !r)
        return cmd.fail(r.error());
    if (cmd.json())
        ctx.jsonLine(QJsonObject{{QStringLiteral("removed"), id}});
    else
        ctx.out(Tr::tr("Layout %1 removed.\n").arg(id));
    return ExitOk;
}

int layoutExport(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(
        ctx, QStringLiteral("layout export"),
        Tr::tr(
            "Write every layout of the store into DIR as layout files signed with your administrator "
            "key, to share with other offices (layouts hold no personal data). The receiving office checks "
            "the signature when it imports them."));
    cmd.options().addOption({QStringLiteral("out"), Tr::tr("Folder to write into."), Tr::tr("DIR")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    if (cmd.parser().value(QStringLiteral("out")).isEmpty())
        return ctx.usage(Tr::tr("layout export needs --out DIR."));
    accounts::Session* session = cmd.signIn(accounts::Permission::ManageSettings);
    if (!session)
        return cmd.exitCode();
    auto list = layouts::listLayouts(session->db());
    if (!list)
        return cmd.fail(list.error());
    for (const layouts::StoredLayout& s : *list) {
        auto signature = layouts::signLayout(*session, s.layout);
        if (!signature)
            return cmd.fail(signature.error());
        auto path = layouts::writeLayoutFile(s.layout, cmd.parser().value(QStringLiteral("out")), *signature);
        if (!path)
            return cmd.fail(path.error());
        if (cmd.json()) {
            QJsonObject o = layoutJson(s.id, s.layout);
            o.insert(QStringLiteral("file"), *path);
            o.insert(QStringLiteral("signer_key"), audit::keyFingerprint(signature->publicKey));
            ctx.jsonLine(o);
        } else {
            ctx.out(Tr::tr("Layout %1 written to %2.\n").arg(s.id).arg(*path));
        }
    }
    return ExitOk;
}

int layoutSigners(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("layout signers"),
                     Tr::tr("List the keys of other offices an administrator accepted for layout files "
                            "(layout import --accept-signer): files signed with them are imported without "
                            "naming the key again."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    accounts::Session* session = cmd.signIn(accounts::Permission::ReadRecords);
    if (!session)
        return cmd.exitCode();
    auto list = layouts::listAcceptedSigners(session->db());
    if (!list)
        return cmd.fail(list.error());
    for (const layouts::AcceptedSigner& s : *list) {
        if (cmd.json())
            ctx.jsonLine(QJsonObject{{QStringLiteral("fingerprint"), s.fingerprint},
                                     {QStringLiteral("office"), s.office},
                                     {QStringLiteral("signer"), s.account},
                                     {QStringLiteral("accepted_by"), s.acceptedBy},
                                     {QStringLiteral("accepted_at"), s.acceptedAt}});
        else
            ctx.out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(s.fingerprint, s.office, s.account, s.acceptedBy, s.acceptedAt));
    }
    if (list->isEmpty() && !cmd.json())
        ctx.out(Tr::tr("No key of another office has been accepted.\n"));
    return ExitOk;
}

int layoutSignerRemove(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(
        ctx, QStringLiteral("layout signer-remove"),
        Tr::tr("Administrators: forget an accepted key of another office (audited). Its files are "
               "refused again until an administrator accepts the key anew; layouts already "
               "imported stay."));
    cmd.options().addPositionalArgument(QStringLiteral("FINGERPRINT"),
                                        Tr::tr("The key's fingerprint (layout signers)."),
                                        QStringLiteral("FINGERPRINT"));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    if (cmd.parser().positionalArguments().size() != 1)
        return ctx.usage(Tr::tr("layout signer-remove needs one FINGERPRINT."));
    accounts::Session* session = cmd.signIn(accounts::Permission::ManageSettings);
    if (!session)
        return cmd.exitCode();
    const QString fingerprint = cmd.parser().positionalArguments().first();
    if (auto r = layouts::removeAcceptedSigner(*session, fingerprint); !r)
        return cmd.fail(r.error());
    if (cmd.json())
        ctx.jsonLine(QJsonObject{{QStringLiteral("removed"), fingerprint}});
    else
        ctx.out(Tr::tr("The key %1 is no longer accepted.\n").arg(fingerprint));
    return ExitOk;
}

void addLayoutCommands(QList<Command>& out)
{
    out.append({QStringLiteral("layout learn"),
                Tr::tr("learn a form's layout from one document and its values (no store)"), layoutLearn});
    out.append({QStringLiteral("layout import"), Tr::tr("store the layout files of a folder"), layoutImport});
    out.append({QStringLiteral("layout list"), Tr::tr("list the store's layouts"), layoutList});
    out.append({QStringLiteral("layout remove"), Tr::tr("remove a layout from the store"), layoutRemove});
    out.append(
        {QStringLiteral("layout export"), Tr::tr("write the store's layouts into a folder"), layoutExport});
    out.append({QStringLiteral("layout signers"),
                Tr::tr("list the other offices' keys accepted for layout files"), layoutSigners});
    out.append({QStringLiteral("layout signer-remove"), Tr::tr("forget an accepted key of another office"),
                layoutSignerRemove});
}

const CommandRegistration registration(addLayoutCommands);

} // namespace

} // namespace sohoa::cli
