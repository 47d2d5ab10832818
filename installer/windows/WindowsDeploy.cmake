# Windows deployment (not buildable on the Linux CI; see installer/windows/README.md):
# Qt's DLLs and plugins through windeployqt, the Tesseract language data beside
# the executables (core/ocr looks in <exe>/tessdata), and the third-party DLLs.
set(SOHOA_TESSDATA_DIR "" CACHE PATH "Folder with vie.traineddata, eng.traineddata and osd.traineddata")
set(SOHOA_RUNTIME_DLLS "" CACHE STRING "SQLCipher, libsodium, Tesseract, Leptonica, Poppler, OpenSSL DLLs to ship")

find_program(SOHOA_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
if(SOHOA_WINDEPLOYQT)
  install(CODE "execute_process(COMMAND \"${SOHOA_WINDEPLOYQT}\" --release --no-compiler-runtime
                 --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/sohoa.exe\")")
endif()
if(SOHOA_TESSDATA_DIR)
  install(FILES "${SOHOA_TESSDATA_DIR}/vie.traineddata" "${SOHOA_TESSDATA_DIR}/eng.traineddata" "${SOHOA_TESSDATA_DIR}/osd.traineddata"
          DESTINATION bin/tessdata)
endif()
if(SOHOA_RUNTIME_DLLS)
  install(FILES ${SOHOA_RUNTIME_DLLS} DESTINATION bin)
endif()
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)
