#include "ui/common/FileNames.h"

#include <QRegularExpression>

namespace sohoa::ui {

QString fileNameFor(const QString& name, const QString& fallback)
{
    QString out = name.normalized(QString::NormalizationForm_C);
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f\\x7f]+"));
    out.replace(forbidden, QStringLiteral("-"));
    out = out.simplified();
    // Windows drops trailing dots and spaces; a leading dot hides the file on Linux.
    while (!out.isEmpty() && (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' '))))
        out.chop(1);
    while (!out.isEmpty() && out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(out).hasMatch())
        out += QStringLiteral("-1");
    // Room for an extension within the 255 bytes most file systems allow.
    while (out.toUtf8().size() > 200)
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

} // namespace sohoa::ui
