#include "Commands.h"

#include <QCoreApplication>

namespace sohoa::cli {

QList<Command> registryCommandList()
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("sohoa::cli", text); };
    return {
        {QStringLiteral("serve-registry"), tr("run the reference national registry server (HTTPS)"), {}},
        {QStringLiteral("serve-registry init"), tr("create the reference registry's encrypted data"), {}},
        {QStringLiteral("serve-registry enrol-code"), tr("issue a one-time device enrolment code"), {}},
        {QStringLiteral("serve-registry import"), tr("import an offline package and write its receipt"), {}},
        {QStringLiteral("serve-registry stats"), tr("counts of the reference registry"), {}},
        {QStringLiteral("serve-registry records"), tr("list the records the registry holds"), {}},
        {QStringLiteral("serve-registry devices"), tr("list enrolled devices"), {}},
        {QStringLiteral("serve-registry revoke-device"), tr("refuse a device from now on"), {}},
        {QStringLiteral("serve-registry accept-history"),
         tr("accept a device's audit trail again after a restore the office explained"),
         {}},
    };
}

} // namespace sohoa::cli
