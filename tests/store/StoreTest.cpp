#include "TestSupport.h"

#include <gtest/gtest.h>

TEST(Store, Placeholder) { SUCCEED(); }
