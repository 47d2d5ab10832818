#include "ui/common/Messages.h"

#include "ui/common/Tr.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace sohoa::ui {

namespace {

QString nextStep(const QString& code)
{
    if (code == QLatin1String("auth.forbidden"))
        return Tr::tr(
            "Your account's role does not allow this. Ask a supervisor or an administrator to do it.");
    if (code == QLatin1String("store.constraint") || code == QLatin1String("store.error"))
        return Tr::tr(
            "Nothing from this step was saved. Try again; if it happens again, note the time and call "
            "the district IT support.");
    if (code == QLatin1String("workflow.state"))
        return Tr::tr("Someone may have changed this record meanwhile. The list has been refreshed; open the "
                      "record again.");
    if (code == QLatin1String("workflow.open_errors"))
        return Tr::tr("Fix the fields marked in red (or use the suggested fix), then confirm again.");
    if (code == QLatin1String("workflow.same_account"))
        return Tr::tr("Another supervisor must approve or reject it: the person who verified a record cannot "
                      "also approve it.");
    if (code == QLatin1String("sync.not_enrolled"))
        return Tr::tr(
            "An administrator enrols this computer with the registry under Settings > National registry, "
            "with the one-time code the registry gives out.");
    if (code == QLatin1String("sync.network") || code == QLatin1String("sync.timeout"))
        return Tr::tr(
            "The registry could not be reached. Nothing is lost: the records stay in the outbox and are "
            "sent at the next sync. Check the network, or export a package for a USB stick.");
    if (code == QLatin1String("sync.tls"))
        return Tr::tr(
            "The registry's certificate is not the one this computer was enrolled with. Do not go on; "
            "call the district IT support.");
    if (code == QLatin1String("system.out_of_memory"))
        return Tr::tr("Close other programs and try again.");
    return {};
}

// Messages meant for the command line (they name sohoa-cli commands) get a
// sentence of the desktop's own; the original stays for support.
QString headline(const Error& error)
{
    if (error.code == QLatin1String("sync.not_enrolled"))
        return Tr::tr("This computer is not enrolled with the national registry yet.");
    if (error.message.isEmpty() || error.message.contains(QLatin1String("sohoa-cli")))
        return Tr::tr("This step could not be done.");
    return error.message;
}

} // namespace

QString clerkMessage(const Error& error)
{
    QString text = headline(error);
    const QString next = nextStep(error.code);
    if (!next.isEmpty() && !text.contains(next))
        text += QStringLiteral("\n\n") + next;
    return text;
}

void showError(QWidget* parent, const QString& title, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, clerkMessage(error), QMessageBox::Ok, parent);
    // For support: the stable code and the original text, out of the clerk's way.
    box->setDetailedText(QStringLiteral("%1: %2").arg(error.code, error.message));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorBox"));
    box->open();
}

void showInfo(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("infoBox"));
    box->open();
}

} // namespace sohoa::ui
