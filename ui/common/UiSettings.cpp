#include "ui/common/UiSettings.h"

#include <QSettings>

namespace sohoa::ui {

UiSettings UiSettings::load()
{
    QSettings s;
    UiSettings u;
    u.language = s.value(QStringLiteral("ui/language")).toString();
    u.idleLockMinutes = qBound(0, s.value(QStringLiteral("ui/idleLockMinutes"), 10).toInt(), 240);
    u.ocrWorkers = qBound(0, s.value(QStringLiteral("ocr/workers"), 0).toInt(), 64);
    u.scannerDevice = s.value(QStringLiteral("scanner/device")).toString();
    u.scannerSource = s.value(QStringLiteral("scanner/source")).toString();
    u.scannerDpi = qBound(75, s.value(QStringLiteral("scanner/dpi"), 300).toInt(), 1200);
    u.scannerColor = s.value(QStringLiteral("scanner/color"), false).toBool();
    u.lastStorePath = s.value(QStringLiteral("store/lastPath")).toString();
    u.lastImportFolder = s.value(QStringLiteral("import/lastFolder")).toString();
    return u;
}

void UiSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/idleLockMinutes"), idleLockMinutes);
    s.setValue(QStringLiteral("ocr/workers"), ocrWorkers);
    s.setValue(QStringLiteral("scanner/device"), scannerDevice);
    s.setValue(QStringLiteral("scanner/source"), scannerSource);
    s.setValue(QStringLiteral("scanner/dpi"), scannerDpi);
    s.setValue(QStringLiteral("scanner/color"), scannerColor);
    s.setValue(QStringLiteral("store/lastPath"), lastStorePath);
    s.setValue(QStringLiteral("import/lastFolder"), lastImportFolder);
}

} // namespace sohoa::ui
