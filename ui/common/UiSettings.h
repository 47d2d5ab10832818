#pragma once

#include <QString>

namespace sohoa::ui {

// Settings of this workstation (QSettings: no personal data, nothing secret).
// What belongs to the whole office (registry address, device credentials)
// lives in the encrypted store instead.
struct UiSettings {
    QString language;         // "vi" | "en"; empty = SOHOA_LANG or Vietnamese
    int idleLockMinutes = 10; // 0 = never
    int ocrWorkers = 0;       // 0 = one per core
    QString scannerDevice;    // SANE device name
    QString scannerSource;    // "Flatbed", "ADF", ...
    int scannerDpi = 300;
    bool scannerColor = false;
    QString lastStorePath;
    QString lastImportFolder;

    static UiSettings load();
    void save() const;
};

} // namespace sohoa::ui
