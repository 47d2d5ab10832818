# Compile options shared by every SoHoa target, carried by an interface target
# rather than global flags.
add_library(sohoa_options INTERFACE)
add_library(SoHoa::options ALIAS sohoa_options)
target_compile_features(sohoa_options INTERFACE cxx_std_20)
target_compile_definitions(sohoa_options INTERFACE
  QT_NO_KEYWORDS
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  SOHOA_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(sohoa_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Wformat=2 -Wimplicit-fallthrough
    # hardening, as KeePassXC does for a program that holds secrets
    -fstack-protector-strong -fstack-clash-protection
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
    target_compile_options(sohoa_options INTERFACE -fcf-protection)
  endif()
  if(NOT APPLE AND NOT WIN32)
    target_link_options(sohoa_options INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
  endif()
elseif(MSVC)
  target_compile_options(sohoa_options INTERFACE /W4 /permissive- /utf-8 /guard:cf)
  target_link_options(sohoa_options INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT)
endif()

# The `ci` preset turns warnings into errors, on SoHoa's own targets only (they
# all link sohoa_options), never on global flags that would reach Qt's or
# GoogleTest's code.
option(SOHOA_WARNINGS_AS_ERRORS "Treat compiler warnings in SoHoa's own code as errors" OFF)
if(SOHOA_WARNINGS_AS_ERRORS)
  if(MSVC)
    target_compile_options(sohoa_options INTERFACE /WX)
  else()
    target_compile_options(sohoa_options INTERFACE -Werror)
  endif()
endif()

# Executables are position independent (PIE: full ASLR), checked on the built
# binaries by tests/installer/hardening_test.sh together with RELRO/BIND_NOW,
# the stack protector and fortified libc calls.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported(LANGUAGES C CXX)
set(CMAKE_AUTOMOC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

# Core code must say which strings are UI text: no implicit const char* -> QString.
add_library(sohoa_strict_strings INTERFACE)
target_compile_definitions(sohoa_strict_strings INTERFACE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
