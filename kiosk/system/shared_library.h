// A library the kiosk opens the first time it needs it instead of at start. libcups (to print on
// an office printer) and libzip (to read a pack from a stick) bring GnuTLS, Kerberos, Avahi and
// OpenSSL along: some 5 MiB of the kiosk's 40 MiB, for things most booths do now and then or
// never. Their headers still give every function its type (decltype), so a call through the
// table is checked like a direct one; only the address is looked up at run time.
#pragma once

#include <cstring>
#include <string>

namespace kiosk {

class SharedLibrary {
public:
    // dlopen by soname (the build passes the one it compiled against). Never closed: a library
    // with threads and TLS state of its own (GnuTLS) is not safe to unload, and it is opened once.
    explicit SharedLibrary(const char* soname);
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;

    bool is_open() const { return handle_ != nullptr; }
    // Why it could not be opened or a function is missing, from dlerror().
    const std::string& error() const { return error_; }

    // Sets `function` to the library's `name`; false (and error()) when it has none.
    template <class Function>
    bool bind(Function& function, const char* name) {
        void* address = symbol(name);
        // POSIX guarantees a data pointer from dlsym converts to a function pointer; memcpy says
        // so without the cast ISO C++ leaves implementation-defined.
        static_assert(sizeof function == sizeof address);
        std::memcpy(&function, &address, sizeof function);
        return address != nullptr;
    }

private:
    void* symbol(const char* name);
    void* handle_ = nullptr;
    std::string error_;
};

// A table of a library's functions (a struct of pointers), bound once on first use.
template <class Functions>
struct LoadedLibrary {
    Functions functions;
    bool complete = false;  // the library opened and has every function
    std::string error;      // why not
};

// Opens `soname` the first time it is called and has `bind_all(library, functions)` bind each
// function (true when all were there); later calls give the same table. One table per type.
template <class Functions, class BindAll>
const LoadedLibrary<Functions>& load_once(const char* soname, BindAll bind_all) {
    static const LoadedLibrary<Functions> loaded = [&] {
        static SharedLibrary library(soname);
        LoadedLibrary<Functions> out;
        out.complete = library.is_open() && bind_all(library, out.functions);
        out.error = library.error();
        return out;
    }();
    return loaded;
}

}  // namespace kiosk
