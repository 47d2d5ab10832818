#pragma once

// The sizes and languages the fit tests (ScreenFitTest, DialogFitTest) check every screen at: the
// commune laptop's usable size (1366x768 less the taskbar) in both languages, and a full-HD desk in
// Vietnamese.
#include <QSize>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace sohoa::test {

struct Fit {
    QSize size;
    const char* language;
};
std::vector<Fit> fitSizes();
// "1280x690_vi": a parameter's name in the test's name.
std::string fitName(const ::testing::TestParamInfo<Fit>& p);

} // namespace sohoa::test
