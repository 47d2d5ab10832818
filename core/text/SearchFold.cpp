#include "text/SearchFold.h"

namespace sohoa::text {

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ
            c = QLatin1Char('d');
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            pendingSpace = false;
            out.append(c.toLower());
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

} // namespace sohoa::text
