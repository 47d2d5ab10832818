#pragma once

#include "ui/mainwindow/Page.h"

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sohoa::ui {

class LayoutsPanel;
class RegistryPanel;
class StoreAccess;

// Settings of this workstation: language, idle lock, OCR workers, scanner
// defaults; and the office's registry enrolment (kept in the encrypted store,
// changed by administrators only).
class SettingsPage : public Page {
    Q_OBJECT
public:
    explicit SettingsPage(StoreAccess* store, QWidget* parent = nullptr);

    QString title() const override;
    void activated() override;
    void save();
    RegistryPanel* registryPanel() const { return m_registry; }
    // Opens the list of taught forms (not modal) and returns it.
    LayoutsPanel* showLayouts();

Q_SIGNALS:
    void languageChanged(const QString& language);
    void idleLockChanged(int minutes);

private:
    void load();

    StoreAccess* m_store;
    QComboBox* m_language;
    QSpinBox* m_idle;
    QSpinBox* m_workers;
    QLineEdit* m_scanner;
    QComboBox* m_source;
    QComboBox* m_dpi;
    QCheckBox* m_color;
    QLabel* m_message;
    RegistryPanel* m_registry;
    QDialog* m_layoutsDialog = nullptr;
};

} // namespace sohoa::ui
