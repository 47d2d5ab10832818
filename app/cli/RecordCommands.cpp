// records / search / verify / approve / reject (SPEC §3): the records of a
// store, and the clerk's and the supervisor's steps of the workflow.
#include "CliContext.h"
#include "Commands.h"
#include "Tr.h"
#include "core/batches/BatchRepository.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordType.h"
#include "core/search/Search.h"
#include "core/workflow/Workflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace sohoa::cli {

namespace {

// Batch names by id, looked up once per command.
class BatchNames {
public:
    explicit BatchNames(store::Database& db)
        : m_db(db)
    {
    }
    QString operator()(qint64 id)
    {
        auto it = m_names.constFind(id);
        if (it != m_names.constEnd())
            return *it;
        auto b = batches::findBatchById(m_db, id);
        const QString name = b ? b->name : QString();
        m_names.insert(id, name);
        return name;
    }

private:
    store::Database& m_db;
    QHash<qint64, QString> m_names;
};

QJsonObject recordJson(const records::Record& r, const QString& batchName)
{
    QJsonObject fields;
    for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it) {
        if (it->value.isEmpty())
            continue;
        fields.insert(it.key(),
                      QJsonObject{{QStringLiteral("value"), it->value},
                                  {QStringLiteral("confidence"), qRound(it->confidence * 1000) / 1000.0},
                                  {QStringLiteral("source"), it->source}});
    }
    QJsonObject o{{QStringLiteral("id"), double(r.id)},
                  {QStringLiteral("batch"), batchName},
                  {QStringLiteral("batch_id"), double(r.batchId)},
                  {QStringLiteral("type"), r.type},
                  {QStringLiteral("state"), records::stateName(r.state)},
                  {QStringLiteral("version"), r.version},
                  {QStringLiteral("fields"), fields},
                  {QStringLiteral("issues"), r.issuesJson()},
                  {QStringLiteral("created_at"), r.createdAt},
                  {QStringLiteral("created_by"), r.createdBy},
                  {QStringLiteral("updated_at"), r.updatedAt}};
    if (r.documentId) {
        o.insert(QStringLiteral("document_id"), double(r.documentId));
        o.insert(QStringLiteral("page"), r.pageNo);
    }
    const QList<QPair<const char*, QString>> optional{{"verified_by", r.verifiedBy},
                                                      {"verified_at", r.verifiedAt},
                                                      {"decided_by", r.decidedBy},
                                                      {"decided_at", r.decidedAt},
                                                      {"reject_reason", r.rejectReason}};
    for (const auto& [key, value] : optional)
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    return o;
}

QString recordText(const records::Record& r, const QString& batchName)
{
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(r.type);
    QString out = Tr::tr("Record %1 (%2), %3, batch %4, version %5\n")
                      .arg(r.id)
                      .arg(type ? type->name() : r.type, records::stateName(r.state), batchName)
                      .arg(r.version);
    auto line = [&](const QString& key, const records::FieldValue& f) {
        const records::FieldDef* def = type ? type->field(key) : nullptr;
        out += QStringLiteral("  %1: %2\n").arg(def ? def->label() : key, f.value);
    };
    if (type) {
        for (const records::FieldDef& f : type->fields)
            if (r.fields.contains(f.key) && !r.fields[f.key].value.isEmpty())
                line(f.key, r.fields[f.key]);
    }
    for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it)
        if ((!type || !type->field(it.key())) && !it->value.isEmpty())
            line(it.key(), *it);
    for (const records::Issue& i : r.issues) {
        out += QStringLiteral("  ! %1 %2%3: %4\n")
                   .arg(records::severityName(i.severity), i.code,
                        i.field.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(i.field), i.message);
        if (!i.suggestion.isEmpty())
            out += QStringLiteral("      %1 %2\n").arg(Tr::tr("fix:"), i.suggestion);
    }
    if (!r.rejectReason.isEmpty())
        out += QStringLiteral("  %1 %2\n").arg(Tr::tr("rejected:"), r.rejectReason);
    return out;
}

bool parseId(const QString& text, qint64& id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

std::optional<records::RecordState> stateOption(const QCommandLineParser& p, bool& bad)
{
    bad = false;
    if (!p.isSet(QStringLiteral("state")))
        return std::nullopt;
    records::RecordState s;
    if (!records::stateFromName(p.value(QStringLiteral("state")), s)) {
        bad = true;
        return std::nullopt;
    }
    return s;
}

void addFilterOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("state"),
                 Tr::tr("Only records in this state: to_verify, verified, approved, rejected."),
                 Tr::tr("STATE")});
    p.addOption({QStringLiteral("batch"), Tr::tr("Only records of this batch."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("type"),
                 Tr::tr("Only records of this type: birth, death, marriage, land_certificate."),
                 Tr::tr("TYPE")});
}

// --batch NAME to an id; 0 when not given.
Result<qint64> batchFilter(store::Database& db, const QCommandLineParser& p)
{
    const QString name = p.value(QStringLiteral("batch")).simplified();
    if (name.isEmpty())
        return qint64(0);
    auto b = batches::findBatch(db, name);
    if (!b)
        return b.error();
    return b->id;
}

int listRecords(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("records"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("List records with their fields, validation issues and workflow state, oldest "
               "first. With --json, one JSON object per line."));
    addFilterOptions(p);
    p.addOption({QStringLiteral("limit"), Tr::tr("At most this many records (default: all)."), Tr::tr("N")});
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    bool badState = false;
    const auto state = stateOption(p, badState);
    if (badState)
        return ctx.usage(Tr::tr("--state must be to_verify, verified, approved or rejected."));
    const QString type = p.value(QStringLiteral("type"));
    if (!type.isEmpty() && !records::RecordTypeRegistry::builtin().find(type))
        return ctx.usage(Tr::tr("Unknown record type '%1'.").arg(type));
    qint64 limit = -1;
    if (p.isSet(QStringLiteral("limit")) && (!parseId(p.value(QStringLiteral("limit")), limit)))
        return ctx.usage(Tr::tr("--limit needs a positive number."));

    accounts::Session* session = cmd.signIn(accounts::Permission::ReadRecords);
    if (!session)
        return cmd.exitCode();
    accounts::Session& s = *session;
    auto batchId = batchFilter(s.db(), p);
    if (!batchId)
        return ctx.fail(batchId.error(), json);
    BatchNames batchName(s.db());
    records::RecordQuery q;
    q.batchId = *batchId;
    q.state = state;
    q.type = type;
    qint64 shown = 0;
    for (;;) {
        q.limit = limit > 0 ? int(std::min<qint64>(500, limit - shown)) : 500;
        if (q.limit <= 0)
            break;
        auto page = records::queryRecords(s.db(), q);
        if (!page)
            return ctx.fail(page.error(), json);
        for (const records::Record& r : *page) {
            if (json)
                ctx.jsonLine(recordJson(r, batchName(r.batchId)));
            else
                ctx.out(recordText(r, batchName(r.batchId)));
            q.afterId = r.id;
            ++shown;
        }
        if (page->size() < q.limit)
            break;
    }
    if (!json)
        ctx.err(Tr::tr("%1 record(s).\n").arg(shown));
    return ExitOk;
}

int searchCommand(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("search"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("Search names, places and numbers of the store's records, accent- and "
               "case-insensitively (\"nguyen van an\" finds \"Nguyễn Văn An\"); dates as "
               "13/05/1990 or 1990-05-13. Best matches first."));
    addFilterOptions(p);
    p.addOption({QStringLiteral("limit"), Tr::tr("At most this many results (default 20)."), Tr::tr("N"),
                 QStringLiteral("20")});
    p.addPositionalArgument(QStringLiteral("QUERY"), Tr::tr("What to look for."), QStringLiteral("QUERY..."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    const QString text = p.positionalArguments().join(QLatin1Char(' ')).simplified();
    if (text.isEmpty())
        return ctx.usage(Tr::tr("search needs a QUERY."));
    qint64 limit = 0;
    if (!parseId(p.value(QStringLiteral("limit")), limit) || limit > 10000)
        return ctx.usage(Tr::tr("--limit needs a number from 1 to 10000."));
    bool badState = false;
    const auto state = stateOption(p, badState);
    if (badState)
        return ctx.usage(Tr::tr("--state must be to_verify, verified, approved or rejected."));

    accounts::Session* session = cmd.signIn(accounts::Permission::ReadRecords);
    if (!session)
        return cmd.exitCode();
    accounts::Session& s = *session;
    auto batchId = batchFilter(s.db(), p);
    if (!batchId)
        return ctx.fail(batchId.error(), json);
    search::SearchQuery q;
    q.text = text;
    q.limit = int(limit);
    q.asYouType = true; // the last word also finds longer words ("an" finds "Anh" too, ranked after "An")
    q.type = p.value(QStringLiteral("type"));
    q.state = state;
    q.batchId = *batchId;
    auto hits = search::searchRecords(s.db(), q);
    if (!hits)
        return ctx.fail(hits.error(), json);
    BatchNames batchName(s.db());
    for (const search::SearchHit& h : *hits) {
        if (json) {
            QJsonObject matched;
            for (auto it = h.snippet.constBegin(); it != h.snippet.constEnd(); ++it)
                matched.insert(it.key(), it.value());
            ctx.jsonLine({{QStringLiteral("id"), double(h.recordId)},
                          {QStringLiteral("type"), h.type},
                          {QStringLiteral("state"), records::stateName(h.state)},
                          {QStringLiteral("batch"), batchName(h.batchId)},
                          {QStringLiteral("title"), h.title},
                          {QStringLiteral("matched"), matched},
                          {QStringLiteral("score"), h.score}});
        } else {
            QStringList parts;
            for (auto it = h.snippet.constBegin(); it != h.snippet.constEnd(); ++it)
                parts.append(it.key() + QLatin1Char('=') + it.value());
            ctx.out(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(h.recordId)
                        .arg(h.type, records::stateName(h.state), h.title, parts.join(QStringLiteral("; "))));
        }
    }
    if (!json)
        ctx.err(Tr::tr("%1 result(s).\n").arg(hits->size()));
    return ExitOk;
}

int verifyCommand(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("verify"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(Tr::tr(
        "Correct a record's fields (clerks) and, with --confirm, confirm it as verified. Each --set "
        "KEY=VALUE "
        "replaces a field (an empty VALUE removes it); validation runs again after the edit. Confirming is "
        "refused while an error remains. Prints the record afterwards."));
    p.addOption({QStringLiteral("set"), Tr::tr("A field's new value (repeatable)."), Tr::tr("KEY=VALUE")});
    p.addOption({QStringLiteral("confirm"), Tr::tr("Confirm the record as verified.")});
    p.addOption({QStringLiteral("expect-version"),
                 Tr::tr("Refuse the edit if the record's version is not N (someone changed it meanwhile)."),
                 Tr::tr("N")});
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The record."), QStringLiteral("ID"));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    qint64 id = 0;
    if (p.positionalArguments().size() != 1 || !parseId(p.positionalArguments().first(), id))
        return ctx.usage(Tr::tr("verify needs one record ID."));
    QMap<QString, QString> changes;
    for (const QString& kv : p.values(QStringLiteral("set"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(Tr::tr("--set needs KEY=VALUE, not '%1'.").arg(kv));
        changes.insert(kv.left(eq).trimmed(), kv.mid(eq + 1));
    }
    if (changes.isEmpty() && !p.isSet(QStringLiteral("confirm")))
        return ctx.usage(Tr::tr("verify needs --set KEY=VALUE and/or --confirm."));
    qint64 expectVersion = 0;
    if (p.isSet(QStringLiteral("expect-version")) &&
        !parseId(p.value(QStringLiteral("expect-version")), expectVersion))
        return ctx.usage(Tr::tr("--expect-version needs a positive number."));

    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    accounts::Session& s = *session;
    if (!changes.isEmpty()) {
        auto edited = workflow::editFields(s, id, changes, int(expectVersion));
        if (!edited)
            return ctx.fail(edited.error(), json);
    }
    if (p.isSet(QStringLiteral("confirm"))) {
        auto confirmed = workflow::confirmRecord(s, id);
        if (!confirmed) {
            // Show what is still wrong: the clerk's next step.
            if (auto r = records::loadRecord(s.db(), id); r && !json)
                ctx.out(recordText(*r, BatchNames(s.db())(r->batchId)));
            return ctx.fail(confirmed.error(), json);
        }
    }
    auto r = records::loadRecord(s.db(), id);
    if (!r)
        return ctx.fail(r.error(), json);
    if (json)
        ctx.jsonLine(recordJson(*r, BatchNames(s.db())(r->batchId)));
    else
        ctx.out(recordText(*r, BatchNames(s.db())(r->batchId)));
    return ExitOk;
}

int approveCommand(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("approve"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("Approve verified records (supervisors). An account cannot approve a record it "
               "verified itself. Records with warnings (duplicates, renamed units, ...) need "
               "--acknowledge-warnings. Exit status 1 when any record was not approved."));
    p.addOption({QStringLiteral("acknowledge-warnings"),
                 Tr::tr("Approve despite warnings; the acknowledged warnings go to the audit trail.")});
    p.addOption(
        {QStringLiteral("accept-as-written"),
         Tr::tr("Approve values the clerk kept as written in the book although the validator finds them "
                "wrong; they go to the audit trail.")});
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("Records to approve."), QStringLiteral("ID..."));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    QList<qint64> ids;
    for (const QString& a : p.positionalArguments()) {
        qint64 id = 0;
        if (!parseId(a, id))
            return ctx.usage(Tr::tr("'%1' is not a record ID.").arg(a));
        ids.append(id);
    }
    if (ids.isEmpty())
        return ctx.usage(Tr::tr("approve needs at least one record ID."));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    workflow::Decision decision;
    decision.acknowledgeWarnings = p.isSet(QStringLiteral("acknowledge-warnings"));
    decision.acceptAcknowledged = p.isSet(QStringLiteral("accept-as-written"));
    bool allOk = true;
    for (qint64 id : ids) {
        auto r = workflow::approveRecord(*session, id, decision);
        if (!r) {
            allOk = false;
            if (json)
                ctx.jsonLine(
                    {{QStringLiteral("id"), double(id)},
                     {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), r.error().code},
                                                           {QStringLiteral("message"), r.error().message}}}});
            ctx.err(QStringLiteral("sohoa-cli: ") + r.error().message + QLatin1Char('\n'));
            if (r.error().code.startsWith(QLatin1String("auth.")))
                break; // the account may not approve anything: no use trying the others
            continue;
        }
        if (json)
            ctx.jsonLine({{QStringLiteral("id"), double(id)},
                          {QStringLiteral("state"), records::stateName(r->state)},
                          {QStringLiteral("decided_by"), r->decidedBy}});
        else
            ctx.out(Tr::tr("Record %1 approved.\n").arg(id));
    }
    return allOk ? ExitOk : ExitFailure;
}

int rejectCommand(CliContext& ctx, const QStringList& args)
{
    StoreCommand cmd(ctx, QStringLiteral("reject"));
    QCommandLineParser& p = cmd.options();
    p.setApplicationDescription(
        Tr::tr("Reject a verified record with the reason (supervisors); it goes back to the "
               "clerks. An account cannot reject a record it verified itself."));
    p.addOption(
        {QStringLiteral("reason"), Tr::tr("Why, for the clerk who will correct it."), Tr::tr("TEXT")});
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The record."), QStringLiteral("ID"));
    if (int rc = cmd.parse(args); rc >= 0)
        return rc;
    const bool json = cmd.json();
    qint64 id = 0;
    if (p.positionalArguments().size() != 1 || !parseId(p.positionalArguments().first(), id))
        return ctx.usage(Tr::tr("reject needs one record ID."));
    const QString reason = p.value(QStringLiteral("reason")).simplified();
    if (reason.isEmpty())
        return ctx.usage(Tr::tr("reject needs --reason TEXT."));
    accounts::Session* session = cmd.signIn();
    if (!session)
        return cmd.exitCode();
    auto r = workflow::rejectRecord(*session, id, reason);
    if (!r)
        return ctx.fail(r.error(), json);
    if (json)
        ctx.jsonLine({{QStringLiteral("id"), double(id)},
                      {QStringLiteral("state"), records::stateName(r->state)},
                      {QStringLiteral("decided_by"), r->decidedBy},
                      {QStringLiteral("reject_reason"), r->rejectReason}});
    else
        ctx.out(Tr::tr("Record %1 rejected.\n").arg(id));
    return ExitOk;
}

void addRecordCommands(QList<Command>& out)
{
    out.append({QStringLiteral("records"), Tr::tr("list records with fields, issues and workflow state"),
                listRecords});
    out.append(
        {QStringLiteral("search"), Tr::tr("full-text search over names, places and numbers"), searchCommand});
    out.append({QStringLiteral("verify"), Tr::tr("correct fields of a record and confirm it (clerks)"),
                verifyCommand});
    out.append({QStringLiteral("approve"), Tr::tr("approve verified records (supervisors)"), approveCommand});
    out.append({QStringLiteral("reject"), Tr::tr("send a verified record back with a reason (supervisors)"),
                rejectCommand});
}

const CommandRegistration registration(addRecordCommands);

} // namespace

} // namespace sohoa::cli
