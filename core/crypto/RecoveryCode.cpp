#include "core/crypto/RecoveryCode.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace sohoa::crypto {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kDataChars = 24;
constexpr int kGroup = 5;

int symbolValue(QChar c)
{
    const char ch = c.toUpper().toLatin1();
    switch (ch) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i)
        if (kAlphabet[i] == ch)
            return i;
    return -1;
}

QChar checkSymbol(const QString& data)
{
    int sum = 0;
    for (int i = 0; i < data.size(); ++i)
        sum = (sum + (i + 1) * symbolValue(data.at(i))) % 31;
    return QLatin1Char(kAlphabet[sum]);
}

} // namespace

QString RecoveryCode::generate()
{
    ensureSodium();
    QString data;
    for (int i = 0; i < kDataChars; ++i)
        data.append(QLatin1Char(kAlphabet[randombytes_uniform(32)]));
    const QString full = data + checkSymbol(data);
    QString grouped;
    for (int i = 0; i < full.size(); ++i) {
        if (i && i % kGroup == 0)
            grouped.append(QLatin1Char('-'));
        grouped.append(full.at(i));
    }
    return grouped;
}

QString RecoveryCode::normalize(const QString& typed)
{
    QString canonical;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = symbolValue(c);
        if (v < 0)
            return {};
        canonical.append(QLatin1Char(kAlphabet[v]));
    }
    if (canonical.size() != kDataChars + 1)
        return {};
    if (checkSymbol(canonical.left(kDataChars)) != canonical.back())
        return {};
    return canonical;
}

QByteArray RecoveryCode::secretBytes(const QString& normalized)
{
    return normalized.toLatin1();
}

} // namespace sohoa::crypto
