// The layout's JSON and its file: format name, version, SHA-256 of the layout.
#include "core/i18n/Tr.h"
#include "core/layouts/Layout.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>

namespace sohoa::layouts {

namespace {

const QLatin1String kFormat("sohoa-layout");
const QLatin1String kSuffix(".sohoa-layout.json");

// Positions to a hundredth of a line: the file does not change with float noise.
double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QByteArray canonical(const QJsonObject& layout)
{
    return QJsonDocument(layout).toJson(QJsonDocument::Compact);
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The bytes a signature covers: a domain tag and the "layout" object of the file.
QByteArray signedBody(const QJsonObject& body)
{
    return QByteArrayLiteral("sohoa-layout-signature-v1\n") + canonical(body);
}

Error bad(const QString& why)
{
    return makeError(QStringLiteral("layout.invalid"), Tr::tr("Not a valid layout file: %1").arg(why));
}

} // namespace

QJsonObject LayoutModel::toJson() const
{
    QJsonArray marks;
    for (const Landmark& l : landmarks)
        marks.append(QJsonObject{
            {QStringLiteral("text"), l.text},
            {QStringLiteral("key"), l.key},
            {QStringLiteral("page"), l.page},
            {QStringLiteral("box"), QJsonArray{rounded(l.x0), rounded(l.y0), rounded(l.x1), rounded(l.y1)}}});
    QJsonArray places;
    for (const FieldPlacement& f : fields)
        places.append(QJsonObject{{QStringLiteral("field"), f.field},
                                  {QStringLiteral("anchor"), f.anchor},
                                  {QStringLiteral("relation"), f.relation == FieldPlacement::Relation::Right
                                                                   ? QStringLiteral("right")
                                                                   : QStringLiteral("below")},
                                  {QStringLiteral("dx"), rounded(f.dx)},
                                  {QStringLiteral("dy"), rounded(f.dy)},
                                  {QStringLiteral("width"), rounded(f.width)},
                                  {QStringLiteral("lines"), f.lines},
                                  {QStringLiteral("cont_dx"), rounded(f.contDx)}});
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), type},
            {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("unit"), QStringLiteral("line_height")},
            {QStringLiteral("landmarks"), marks},
            {QStringLiteral("fields"), places}};
}

Result<LayoutModel> LayoutModel::fromJson(const QJsonObject& o)
{
    LayoutModel m;
    m.name = o.value(QLatin1String("name")).toString();
    m.type = o.value(QLatin1String("type")).toString();
    m.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    m.pages = o.value(QLatin1String("pages")).toInt(1);
    if (m.name.trimmed().isEmpty() || m.type.isEmpty() || m.pages < 1 || m.pages > 16)
        return bad(Tr::tr("name, type or pages missing"));
    for (const QJsonValue& v : o.value(QLatin1String("landmarks")).toArray()) {
        const QJsonObject l = v.toObject();
        const QJsonArray box = l.value(QLatin1String("box")).toArray();
        Landmark mark;
        mark.text = l.value(QLatin1String("text")).toString();
        mark.key = l.value(QLatin1String("key")).toString();
        mark.page = l.value(QLatin1String("page")).toInt();
        if (box.size() != 4 || mark.key.isEmpty() || mark.page < 0 || mark.page >= m.pages)
            return bad(Tr::tr("a landmark without text or position"));
        mark.x0 = box[0].toDouble();
        mark.y0 = box[1].toDouble();
        mark.x1 = box[2].toDouble();
        mark.y1 = box[3].toDouble();
        m.landmarks.append(mark);
    }
    for (const QJsonValue& v : o.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        FieldPlacement p;
        p.field = f.value(QLatin1String("field")).toString();
        p.anchor = f.value(QLatin1String("anchor")).toInt(-1);
        const QString relation = f.value(QLatin1String("relation")).toString();
        if (p.field.isEmpty() || p.anchor < 0 || p.anchor >= m.landmarks.size() ||
            (relation != QLatin1String("right") && relation != QLatin1String("below")))
            return bad(Tr::tr("a field without a landmark"));
        p.relation = relation == QLatin1String("right") ? FieldPlacement::Relation::Right
                                                        : FieldPlacement::Relation::Below;
        p.dx = f.value(QLatin1String("dx")).toDouble();
        p.dy = f.value(QLatin1String("dy")).toDouble();
        p.width = f.value(QLatin1String("width")).toDouble();
        p.lines = std::clamp(f.value(QLatin1String("lines")).toInt(1), 1, 10);
        p.contDx = f.value(QLatin1String("cont_dx")).toDouble();
        m.fields.append(p);
    }
    if (m.fields.isEmpty())
        return bad(Tr::tr("no fields"));
    return m;
}

QString LayoutModel::id() const
{
    return sha256Hex(canonical(toJson()));
}

QByteArray layoutSignedMessage(const LayoutModel& layout)
{
    return signedBody(layout.toJson()); // the "layout" object of its file, as written
}

QByteArray layoutFileBytes(const LayoutModel& layout, const std::optional<LayoutSignature>& signature)
{
    const QJsonObject body = layout.toJson();
    QJsonObject file{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), LayoutModel::kFormatVersion},
                     {QStringLiteral("layout"), body},
                     {QStringLiteral("sha256"), sha256Hex(canonical(body))}};
    if (signature)
        file.insert(
            QStringLiteral("signature"),
            QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                        {QStringLiteral("account"), signature->account},
                        {QStringLiteral("office"), signature->office},
                        {QStringLiteral("public_key"), QString::fromLatin1(signature->publicKey.toBase64())},
                        {QStringLiteral("signature"), QString::fromLatin1(signature->signature.toBase64())}});
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<LayoutModel> parseLayoutFile(const QByteArray& bytes)
{
    auto file = readLayoutFile(bytes);
    if (!file)
        return file.error();
    return file->layout;
}

Result<LayoutFile> readLayoutFile(const QByteArray& bytes)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !d.isObject())
        return bad(err.errorString());
    const QJsonObject o = d.object();
    if (o.value(QLatin1String("format")).toString() != kFormat)
        return bad(Tr::tr("it is not a SoHoa layout"));
    const int version = o.value(QLatin1String("version")).toInt();
    if (version != LayoutModel::kFormatVersion)
        return makeError(QStringLiteral("layout.version"),
                         Tr::tr("This layout file has format version %1; this SoHoa reads version %2.")
                             .arg(version)
                             .arg(LayoutModel::kFormatVersion));
    const QJsonObject body = o.value(QLatin1String("layout")).toObject();
    if (sha256Hex(canonical(body)) != o.value(QLatin1String("sha256")).toString())
        return makeError(
            QStringLiteral("layout.tampered"),
            Tr::tr("The layout file was changed after it was written (its checksum does not match): "
                   "it is refused. Ask for a fresh copy."));
    LayoutFile out;
    SOHOA_TRY_ASSIGN(out.layout, LayoutModel::fromJson(body));
    if (o.contains(QLatin1String("signature"))) {
        const QJsonObject s = o.value(QLatin1String("signature")).toObject();
        LayoutSignature sig;
        sig.account = s.value(QLatin1String("account")).toString();
        sig.office = s.value(QLatin1String("office")).toString();
        sig.publicKey = QByteArray::fromBase64(s.value(QLatin1String("public_key")).toString().toLatin1());
        sig.signature = QByteArray::fromBase64(s.value(QLatin1String("signature")).toString().toLatin1());
        if (s.value(QLatin1String("algorithm")).toString() != QLatin1String("ed25519") ||
            sig.publicKey.size() != sync::kSigningPublicKeyBytes ||
            sig.signature.size() != sync::kSignatureBytes)
            return bad(Tr::tr("its signature is not an Ed25519 signature"));
        if (!sync::verifyDetached(sig.signature, signedBody(body), sig.publicKey))
            return makeError(
                QStringLiteral("layout.tampered"),
                Tr::tr("The layout file's signature does not match its content: it was changed "
                       "after it was signed, or the signature is forged. It is refused. Ask for a "
                       "fresh copy."));
        out.signature = sig;
    }
    return out;
}

QString layoutFileName(const LayoutModel& layout)
{
    return layout.type + QLatin1Char('-') + layout.id().left(12) + kSuffix;
}

Result<QString> writeLayoutFile(const LayoutModel& layout, const QString& dir,
                                const std::optional<LayoutSignature>& signature)
{
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("layout.write_failed"),
                         Tr::tr("Cannot create the folder %1.").arg(dir));
    const QString path = QDir(dir).filePath(layoutFileName(layout));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(layoutFileBytes(layout, signature)) < 0 || !f.commit())
        return makeError(QStringLiteral("layout.write_failed"),
                         Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return path;
}

Result<QList<LayoutModel>> readLayoutDirectory(const QString& dir)
{
    SOHOA_TRY_ASSIGN(const QList<LayoutFile> files, readLayoutFiles(dir));
    QList<LayoutModel> out;
    for (const LayoutFile& f : files)
        out.append(f.layout);
    return out;
}

Result<QList<LayoutFile>> readLayoutFiles(const QString& dir)
{
    const QDir d(dir);
    if (!d.exists())
        return makeError(QStringLiteral("layout.no_folder"),
                         Tr::tr("The folder %1 does not exist.").arg(dir));
    QList<LayoutFile> out;
    for (const QFileInfo& fi : d.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name)) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly) || f.size() > qint64(4) * 1024 * 1024)
            return makeError(QStringLiteral("layout.unreadable"),
                             Tr::tr("Cannot read %1.").arg(fi.filePath()));
        auto layout = readLayoutFile(f.readAll());
        if (!layout)
            return makeError(layout.error().code,
                             fi.fileName() + QStringLiteral(": ") + layout.error().message);
        out.append(*layout);
    }
    return out;
}

} // namespace sohoa::layouts
