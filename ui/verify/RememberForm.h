#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace sohoa::ui {

class StoreAccess;

// "Ghi nhớ mẫu giấy tờ này?": asked (not modal) after a clerk confirmed a
// record whose values were mostly typed, because the reading did not know the
// form. With a name, SoHoa teaches itself the form from the record's page and
// its checked values (layouts::learnFromRecord) and reads the next documents
// printed on it with it first.
class RememberFormDialog : public QDialog {
    Q_OBJECT
public:
    RememberFormDialog(qint64 recordId, const QString& suggestedName, QWidget* parent = nullptr);

    qint64 recordId() const { return m_recordId; }
    QString name() const;
    void setName(const QString& name);

private:
    qint64 m_recordId;
    QLineEdit* m_name;
};

// Watches confirmations of the verification station and makes the offer.
class RememberFormOffer : public QObject {
    Q_OBJECT
public:
    RememberFormOffer(StoreAccess* store, QWidget* window);

    // Looks at a just-confirmed record and asks when it was mostly typed.
    void recordConfirmed(qint64 recordId);
    RememberFormDialog* openDialog() const { return m_dialog; } // for tests

Q_SIGNALS:
    void offered(qint64 recordId);
    // The layout was stored (id > 0) or could not be learned (message).
    void finished(qint64 layoutId, const QString& message);

private:
    void remember(qint64 recordId, const QString& name);

    StoreAccess* m_store;
    QWidget* m_window;
    QPointer<RememberFormDialog> m_dialog;
};

} // namespace sohoa::ui
