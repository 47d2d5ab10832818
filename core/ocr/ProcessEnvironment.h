#pragma once

namespace sohoa::ocr {

// Tesseract's OpenMP runtime reads OMP_THREAD_LIMIT once, when it starts, which
// is before main() can set it. Unless it is already 1, this sets it and
// re-executes the program so that every process that runs OCR has it; we
// parallelise across pages instead (one engine per worker thread).
// Call first thing in main(). Returns only in the process that should continue;
// if re-execution is impossible it continues with the variable set (slower OCR).
void ensureSingleThreadedOcrRuntime(int argc, char** argv);

// True when OMP_THREAD_LIMIT=1 is in force in this process.
bool ocrRuntimeIsSingleThreaded();

} // namespace sohoa::ocr
