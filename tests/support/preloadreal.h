#pragma once

// For the LD_PRELOAD libraries of the tests (fulldiskpreload.cpp, killpreload.cpp): the C
// library's own function a wrapper stands in front of.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>

template <typename F> F real(const char *name) { return reinterpret_cast<F>(dlsym(RTLD_NEXT, name)); }
