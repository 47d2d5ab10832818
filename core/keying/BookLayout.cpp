#include "core/keying/BookLayout.h"

#include "core/audit/Actions.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/records/RecordType.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sohoa::keying {

namespace {

QJsonArray zonesJson(const QList<Zone>& zones)
{
    QJsonArray a;
    for (const Zone& z : zones)
        a.append(QJsonObject{{QStringLiteral("entry"), z.entry},
                             {QStringLiteral("field"), z.field},
                             {QStringLiteral("x"), z.rect.x()},
                             {QStringLiteral("y"), z.rect.y()},
                             {QStringLiteral("w"), z.rect.width()},
                             {QStringLiteral("h"), z.rect.height()}});
    return a;
}

QList<Zone> zonesFromJson(const QString& text)
{
    QList<Zone> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        Zone z;
        z.entry = o.value(QLatin1String("entry")).toInt(1);
        z.field = o.value(QLatin1String("field")).toString();
        z.rect = QRectF(o.value(QLatin1String("x")).toDouble(), o.value(QLatin1String("y")).toDouble(),
                        o.value(QLatin1String("w")).toDouble(), o.value(QLatin1String("h")).toDouble());
        if (z.rect.isValid())
            out.append(z);
    }
    return out;
}

constexpr const char* kColumns = "id, name, record_type, entries_per_page, zones, created_by, updated_at";

BookLayout readLayout(const store::Statement& st)
{
    BookLayout l;
    l.id = st.integer(0);
    l.name = st.text(1);
    l.recordType = st.text(2);
    l.entriesPerPage = int(st.integer(3));
    l.zones = zonesFromJson(st.text(4));
    l.createdBy = st.text(5);
    l.updatedAt = st.text(6);
    return l;
}

} // namespace

Result<QList<BookLayout>> listLayouts(store::Database& db)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM keying_layouts ORDER BY name;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    QList<BookLayout> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { out.append(readLayout(row)); }));
    return out;
}

Result<BookLayout> loadLayout(store::Database& db, qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM keying_layouts WHERE id = ?;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, id);
    auto has = st->next();
    if (!has)
        return has.error();
    if (!*has)
        return makeError(QStringLiteral("keying.no_layout"),
                         Tr::tr("This book layout does not exist any more."));
    return readLayout(*st);
}

Result<BookLayout> saveLayout(accounts::Session& session, const BookLayout& layout)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    const QString name = layout.name.simplified();
    if (name.isEmpty())
        return makeError(QStringLiteral("keying.bad_layout"), Tr::tr("Give the book layout a name."));
    if (!records::RecordTypeRegistry::builtin().find(layout.recordType))
        return makeError(QStringLiteral("record.unknown_type"),
                         Tr::tr("Unknown record type '%1'.").arg(layout.recordType));
    if (layout.entriesPerPage < 1 || layout.entriesPerPage > 50)
        return makeError(QStringLiteral("keying.bad_layout"),
                         Tr::tr("A page holds between 1 and 50 entries."));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    const QString now = nowIso();
    const QString zones = QString::fromUtf8(canonicalJson(zonesJson(layout.zones)));
    qint64 id = layout.id;
    if (id == 0) {
        auto st =
            session.db().prepare("INSERT INTO keying_layouts (name, record_type, entries_per_page, zones, "
                                 "created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?);");
        if (!st)
            return st.error();
        st->bind(1, name).bind(2, layout.recordType).bind(3, layout.entriesPerPage).bind(4, zones);
        st->bind(5, now).bind(6, session.actor()).bind(7, now);
        if (auto r = st->run(); !r) {
            if (r.error().code == QLatin1String("store.constraint"))
                return makeError(QStringLiteral("keying.layout_exists"),
                                 Tr::tr("A book layout named '%1' already exists.").arg(name));
            return r.error();
        }
        id = session.db().lastInsertId();
    } else {
        auto st =
            session.db().prepare("UPDATE keying_layouts SET name = ?, record_type = ?, entries_per_page = ?, "
                                 "zones = ?, updated_at = ? WHERE id = ?;");
        if (!st)
            return st.error();
        st->bind(1, name).bind(2, layout.recordType).bind(3, layout.entriesPerPage).bind(4, zones);
        st->bind(5, now).bind(6, id);
        SOHOA_TRY(st->run());
        if (session.db().changes() != 1)
            return makeError(QStringLiteral("keying.no_layout"),
                             Tr::tr("This book layout does not exist any more."));
    }
    SOHOA_TRY(session.audit(audit::actions::kKeyingLayoutSaved, QStringLiteral("layout:%1").arg(id),
                            {{QStringLiteral("name"), name},
                             {QStringLiteral("type"), layout.recordType},
                             {QStringLiteral("zones"), int(layout.zones.size())}}));
    SOHOA_TRY(tx->commit());
    return loadLayout(session.db(), id);
}

Result<std::optional<BookLayout>> batchLayout(store::Database& db, qint64 batchId)
{
    auto st = db.prepare("SELECT layout_id FROM keying_batch_layouts WHERE batch_id = ?;");
    if (!st)
        return st.error();
    st->bind(1, batchId);
    auto has = st->next();
    if (!has)
        return has.error();
    if (!*has)
        return std::optional<BookLayout>();
    auto l = loadLayout(db, st->integer(0));
    if (!l)
        return l.error();
    return std::optional<BookLayout>(*l);
}

Result<void> useLayoutForBatch(accounts::Session& session, qint64 batchId, qint64 layoutId)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    SOHOA_TRY(loadLayout(session.db(), layoutId));
    auto st = session.db().prepare(
        "INSERT OR REPLACE INTO keying_batch_layouts (batch_id, layout_id) VALUES (?, ?);");
    if (!st)
        return st.error();
    st->bind(1, batchId).bind(2, layoutId);
    SOHOA_TRY(st->run());
    SOHOA_TRY(session.audit(audit::actions::kKeyingLayoutUsed, QStringLiteral("batch:%1").arg(batchId),
                            {{QStringLiteral("layout"), double(layoutId)}}));
    return tx->commit();
}

QRect zoneOnPage(const BookLayout& layout, int entry, const QString& field, const QSize& pageSize)
{
    const Zone* entryZone = nullptr;
    for (const Zone& z : layout.zones) {
        if (z.entry != entry)
            continue;
        if (!field.isEmpty() && z.field == field) {
            entryZone = &z;
            break;
        }
        if (z.field.isEmpty())
            entryZone = &z;
    }
    if (!entryZone || pageSize.isEmpty())
        return {};
    const QRectF& f = entryZone->rect;
    return QRectF(f.x() * pageSize.width(), f.y() * pageSize.height(), f.width() * pageSize.width(),
                  f.height() * pageSize.height())
        .toAlignedRect();
}

QRectF zoneFraction(const QRect& pixels, const QSize& pageSize)
{
    if (pageSize.isEmpty())
        return {};
    return QRectF(double(pixels.x()) / pageSize.width(), double(pixels.y()) / pageSize.height(),
                  double(pixels.width()) / pageSize.width(), double(pixels.height()) / pageSize.height());
}

} // namespace sohoa::keying
