# Every dependency is a Debian 12 package (sohoa.sh installs them); nothing is downloaded at build time.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent Network HttpServer Charts PrintSupport LinguistTools Test)
find_package(PkgConfig REQUIRED)

pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium>=1.0.18)
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract>=5)
pkg_check_modules(LEPTONICA REQUIRED IMPORTED_TARGET lept)
pkg_check_modules(POPPLER_QT6 REQUIRED IMPORTED_TARGET poppler-qt6)
# The national import workbooks (core/export): a well-kept XLSX writer, no hand-made zip/XML.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
if(NOT WIN32)
  pkg_check_modules(SANE IMPORTED_TARGET sane-backends)
endif()

# jemalloc in place of glibc's malloc. SQLite's full-text indexing allocates and
# frees for every token it indexes; with jemalloc a bulk insert runs ~15 % faster
# (bench/store_bench). Off for sanitizer builds, which bring their own allocator.
option(SOHOA_JEMALLOC "Link jemalloc as the process allocator (Linux)" ON)
if(SOHOA_JEMALLOC AND NOT WIN32 AND NOT APPLE)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
endif()

# Poppler-Qt6's .pc file does not name QtCore's include path; give it one.
set_property(TARGET PkgConfig::POPPLER_QT6 APPEND PROPERTY INTERFACE_LINK_LIBRARIES Qt6::Core Qt6::Gui)

if(SOHOA_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
