#pragma once

#include "accounts/Session.h"

#include <QMainWindow>

#include <memory>

namespace sohoa::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<accounts::Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<accounts::Session> m_session;
};

} // namespace sohoa::ui
