#ifdef SOHOA_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const int rc = RUN_ALL_TESTS();
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    // The results are printed. Leave without the system libraries' exit
    // handlers: p11-kit's (loaded through the SANE backends) was seen to
    // deadlock on glibc's locale lock at exit and hang the scanner tests
    // until CTest's timeout. Sanitizer builds keep the normal exit, where
    // the leak checker runs.
    std::fflush(nullptr);
    std::_Exit(rc);
#endif
    return rc;
}
