#pragma once

#include <QString>

class QCoreApplication;

namespace sohoa::i18n {

// "vi" (the default) or "en".
QString defaultLanguage();
// Chooses from an explicit setting, then SOHOA_LANG, then the default (Vietnamese).
QString resolveLanguage(const QString& explicitChoice = {});
// Installs SoHoa's and Qt's own translations for `language`; returns false if
// the catalogue is missing (the English source text is shown then).
bool installTranslations(QCoreApplication& app, const QString& language);

} // namespace sohoa::i18n
