#include "Commands.h"
#include "Tr.h"

#include <QCoreApplication>

namespace sohoa::cli {

QList<Command> registryCommandList()
{
    return {
        {QStringLiteral("serve-registry"), Tr::tr("run the reference national registry server (HTTPS)"), {}},
        {QStringLiteral("serve-registry init"), Tr::tr("create the reference registry's encrypted data"), {}},
        {QStringLiteral("serve-registry enrol-code"), Tr::tr("issue a one-time device enrolment code"), {}},
        {QStringLiteral("serve-registry import"),
         Tr::tr("import an offline package and write its receipt"),
         {}},
        {QStringLiteral("serve-registry stats"), Tr::tr("counts of the reference registry"), {}},
        {QStringLiteral("serve-registry records"), Tr::tr("list the records the registry holds"), {}},
        {QStringLiteral("serve-registry devices"), Tr::tr("list enrolled devices"), {}},
        {QStringLiteral("serve-registry revoke-device"), Tr::tr("refuse a device from now on"), {}},
        {QStringLiteral("serve-registry accept-history"),
         Tr::tr("accept a device's audit trail again after a restore the office explained"),
         {}},
    };
}

} // namespace sohoa::cli
