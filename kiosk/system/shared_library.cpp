#include "system/shared_library.h"

#include <dlfcn.h>

namespace kiosk {

SharedLibrary::SharedLibrary(const char* soname) {
    handle_ = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
        const char* reason = ::dlerror();
        error_ = reason ? reason : soname;
    }
}

void* SharedLibrary::symbol(const char* name) {
    if (!handle_) return nullptr;
    ::dlerror();
    void* address = ::dlsym(handle_, name);
    if (!address) {
        const char* reason = ::dlerror();
        error_ = reason ? reason : name;
    }
    return address;
}

}  // namespace kiosk
