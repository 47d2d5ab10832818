#pragma once

#include "core/sync/Device.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sohoa::ui {

class StoreAccess;

// Settings > National registry: whether this computer is enrolled, with which
// registry, address and pinned certificate; for administrators the enrolment
// itself (address, the registry's certificate or CA file, the one-time code).
// The core refuses enrolment to other roles; here they only see the status.
class RegistryPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit RegistryPanel(StoreAccess* store, QWidget* parent = nullptr);

    void reload();
    void enrol();
    bool isEnrolled() const { return m_settings.isEnrolled(); }
    bool isBusy() const { return m_busy; }
    QString message() const;

Q_SIGNALS:
    void enrolled();

private:
    void showSettings(const sync::RegistrySettings& settings);
    void setMessage(const QString& text, bool error);
    void chooseCaFile();

    StoreAccess* m_store;
    QLabel* m_status;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_deviceName = nullptr;
    QPushButton* m_enrol = nullptr;
    QLabel* m_message;
    sync::RegistrySettings m_settings;
    bool m_busy = false;
};

} // namespace sohoa::ui
