#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sohoa::i18n {

QString defaultLanguage()
{
    return QStringLiteral("vi");
}

QString resolveLanguage(const QString& explicitChoice)
{
    QString lang = explicitChoice.trimmed().toLower();
    if (lang.isEmpty())
        lang = qEnvironmentVariable("SOHOA_LANG").trimmed().toLower();
    if (lang.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return defaultLanguage();
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    const QString lang = resolveLanguage(language);
    QLocale::setDefault(QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                lang == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Messages are looked up under the context the code names (core/i18n/Tr.h, a QObject's class).
    auto* own = new QTranslator(&app);
    const bool ok = own->load(QStringLiteral(":/sohoa/i18n/sohoa_") + lang + QStringLiteral(".qm"));
    if (ok)
        QCoreApplication::installTranslator(own);
    return ok;
}

} // namespace sohoa::i18n
