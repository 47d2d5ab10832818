#include "FitSizes.h"

#include <QString>

namespace sohoa::test {

std::vector<Fit> fitSizes()
{
    return {Fit{QSize(1280, 690), "en"}, Fit{QSize(1280, 690), "vi"}, Fit{QSize(1920, 1050), "vi"}};
}

std::string fitName(const ::testing::TestParamInfo<Fit>& p)
{
    return QStringLiteral("%1x%2_%3")
        .arg(p.param.size.width())
        .arg(p.param.size.height())
        .arg(QString::fromLatin1(p.param.language))
        .toStdString();
}

} // namespace sohoa::test
