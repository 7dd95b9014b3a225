#include "pack/pack_files.h"

#include <zip.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "system/shared_library.h"

namespace kiosk {

namespace fs = std::filesystem;

namespace {

// libzip, opened the first time a pack is read from or written to a .zip
// (system/shared_library.h).
#define KIOSK_ZIP_FUNCTIONS(X) \
    X(zip_discard) X(zip_fclose) X(zip_get_num_entries) X(zip_stat_index) \
    X(zip_file_get_external_attributes) X(zip_fopen_index) X(zip_fread) X(zip_open) \
    X(zip_error_init) X(zip_source_buffer_create) X(zip_open_from_source) X(zip_source_free) \
    X(zip_error_fini) X(zip_source_buffer) X(zip_file_add) X(zip_close) X(zip_source_keep) \
    X(zip_source_open) X(zip_source_read) X(zip_source_close)

struct Zip {
#define KIOSK_ZIP_POINTER(name) decltype(&::name) name = nullptr;
    KIOSK_ZIP_FUNCTIONS(KIOSK_ZIP_POINTER)
#undef KIOSK_ZIP_POINTER
};

// Throws when libzip is not installed or lacks a function: no .zip pack can be read then.
const Zip& libzip() {
    const LoadedLibrary<Zip>& zip = load_once<Zip>(KIOSK_ZIP_SONAME, [](SharedLibrary& library, Zip& functions) {
#define KIOSK_ZIP_BIND(name) &&library.bind(functions.name, #name)
        return true KIOSK_ZIP_FUNCTIONS(KIOSK_ZIP_BIND);
#undef KIOSK_ZIP_BIND
    });
    if (!zip.complete) throw PackError("zip-pakketten kunnen niet gelezen worden: libzip ontbreekt (installeer het pakket libzip4): " + zip.error);
    return zip.functions;
}

constexpr std::size_t kBombCheckFrom = 1u << 20;

std::string megabytes(std::size_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

// Adds one file to `files`, enforcing the limits that concern every reader.
void take(PackFiles& files, std::size_t& total, const std::string& path, std::string bytes, const PackLimits& limits) {
    if (!safe_pack_path(path, limits)) throw PackError(path + ": deze naam mag niet in een pakket (buiten het pakket, verborgen of te lang)");
    if (files.size() >= limits.max_files) throw PackError("het pakket heeft meer dan " + std::to_string(limits.max_files) + " bestanden");
    if (bytes.size() > limits.max_file_bytes) throw PackError(path + ": groter dan " + megabytes(limits.max_file_bytes));
    total += bytes.size();
    if (total > limits.max_total_bytes) throw PackError("het pakket is uitgepakt groter dan " + megabytes(limits.max_total_bytes));
    if (!files.emplace(path, std::move(bytes)).second) throw PackError(path + ": staat twee keer in het pakket");
}

struct ZipCloser {
    void operator()(zip_t* archive) const { libzip().zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* file) const { libzip().zip_fclose(file); }
};

// A file descriptor closed when it goes out of scope.
struct Descriptor {
    int fd = -1;
    explicit Descriptor(int opened) : fd(opened) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

std::string full_or_pulled(int error) {
    if (error == ENOSPC || error == EDQUOT) return " (de schijf of USB-stick is vol)";
    if (error == EROFS) return " (de schijf of USB-stick is alleen-lezen)";
    return " (is de schijf of USB-stick vol of eruit gehaald? " + std::string(std::strerror(error)) + ")";
}

}  // namespace

// A stick or a folder someone else chose may hold links planted where we write (the .part name
// or the final name pointing at kiosk.db, say). So nothing here follows a link: the folder is
// opened once without following its last part, every name is resolved in that opened folder, the
// temporary file is created new (O_EXCL refuses a link or anything else already there), and the
// rename replaces whatever sits under the final name (a link is replaced itself, never its
// target). The syncs make the bytes reach the stick before the rename, and the rename before we
// say it is done: without them a FAT stick pulled out may keep a full-size file of garbage.
void write_file_atomically(const std::string& path, const std::string& bytes) {
    const fs::path target(path);
    const std::string name = target.filename().string();
    const std::string folder = target.parent_path().empty() ? "." : target.parent_path().string();
    if (name.empty() || name == "." || name == "..") throw PackError(path + ": dat is geen bestandsnaam");
    const std::string temporary = name + ".part";
    const Descriptor directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (directory.fd < 0) {
        const int error = errno;
        if (error == ELOOP || error == ENOTDIR)
            throw PackError("kan niet schrijven naar " + path + ": " + folder + " is geen gewone map (een snelkoppeling wordt niet gevolgd)");
        throw PackError("kan map " + folder + " niet openen (" + std::strerror(error) + ")");
    }
    // A .part left by an earlier pulled stick is ours to remove, but only a plain file: a link
    // there is someone's trap, and is left for a person to look at.
    struct stat stale;
    if (::fstatat(directory.fd, temporary.c_str(), &stale, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!S_ISREG(stale.st_mode))
            throw PackError("kan niet schrijven naar " + path + ": " + temporary +
                            " bestaat al en is geen gewoon bestand (een snelkoppeling?); haal het weg en probeer opnieuw");
        ::unlinkat(directory.fd, temporary.c_str(), 0);
    }
    const Descriptor file(::openat(directory.fd, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (file.fd < 0) {
        const int error = errno;
        if (error == EEXIST || error == ELOOP)
            throw PackError("kan niet schrijven naar " + path + ": " + temporary + " kwam er tussendoor bij; probeer opnieuw");
        throw PackError("kan niet schrijven naar " + path + full_or_pulled(error));
    }
    auto fail = [&](int error) {
        ::unlinkat(directory.fd, temporary.c_str(), 0);
        throw PackError("kan niet schrijven naar " + path + full_or_pulled(error));
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(file.fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(n < 0 ? errno : ENOSPC);
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(file.fd) != 0) fail(errno);
    if (::renameat(directory.fd, temporary.c_str(), directory.fd, name.c_str()) != 0) {
        const int error = errno;
        ::unlinkat(directory.fd, temporary.c_str(), 0);
        if (error == EISDIR || error == ENOTEMPTY || error == EEXIST)
            throw PackError("kan niet schrijven naar " + path + ": daar staat een map met die naam");
        throw PackError("kan " + path + " niet opslaan" + full_or_pulled(error));
    }
    ::fsync(directory.fd);
}

std::string read_file_bytes(const std::string& path, std::size_t limit) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        // A file that is not there is named as such: the stick hint only misleads then (a
        // mistyped --config, say).
        std::error_code error;
        const fs::file_status status = fs::status(path, error);
        if (status.type() == fs::file_type::not_found) throw PackError(path + " bestaat niet (controleer de naam en de map)");
        if (status.type() == fs::file_type::directory) throw PackError(path + " is een map, geen bestand");
        throw PackError("kan " + path + " niet lezen (is de USB-stick eruit gehaald, of mag de kiosk het niet lezen?)");
    }
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > limit) break;  // the caller names the file and the limit
    }
    if (in.bad()) throw PackError("lezen van " + path + " mislukt (is de USB-stick eruit gehaald?)");
    return bytes;
}

bool safe_pack_path(const std::string& path, const PackLimits& limits) {
    if (path.empty() || path.size() > limits.max_path_length || path.front() == '/') return false;
    int depth = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = path.find('/', start);
        const std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (part.empty() || part.front() == '.' || part == "..") return false;
        for (unsigned char c : part)
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') return false;
        if (slash == std::string::npos) break;
        if (++depth > limits.max_depth) return false;
        start = slash + 1;
    }
    return true;
}

PackFiles read_pack_folder(const std::string& folder, const PackLimits& limits) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) throw PackError("map met inhoud niet gevonden: " + folder);
    PackFiles files;
    std::size_t total = 0;
    for (auto it = fs::recursive_directory_iterator(folder, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error)) {
        // lexically: fs::relative follows a link to its target, and the message must name the
        // file in the pack (texts/en.ini), not where the link points (../../etc/passwd).
        const std::string path = it->path().lexically_relative(folder).generic_string();
        if (it->path().filename().string().front() == '.') {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (it->is_symlink()) throw PackError(path + ": een snelkoppeling (symbolische link) mag niet in een pakket");
        if (it->is_directory()) {
            if (it.depth() >= limits.max_depth) throw PackError(path + ": mappen liggen te diep in elkaar");
            continue;
        }
        if (!it->is_regular_file()) throw PackError(path + ": geen gewoon bestand");
        take(files, total, path, read_file_bytes(it->path().string(), limits.max_file_bytes), limits);
    }
    if (error) throw PackError("kan map " + folder + " niet lezen (" + error.message() + ")");
    return files;
}

namespace {

// Reads every entry of an opened archive; `path` names it in messages.
PackFiles read_archive(zip_t* raw, const std::string& path, const PackLimits& limits) {
    if (!raw) throw PackError(path + ": geen leesbaar zip-archief");
    std::unique_ptr<zip_t, ZipCloser> archive(raw);
    const zip_int64_t count = libzip().zip_get_num_entries(archive.get(), 0);
    if (count < 0 || static_cast<std::size_t>(count) > limits.max_files)
        throw PackError("het pakket heeft meer dan " + std::to_string(limits.max_files) + " bestanden");
    PackFiles files;
    std::size_t total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (libzip().zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME) ||
            !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
            throw PackError(path + ": bestand " + std::to_string(i + 1) + " in het archief is beschadigd");
        std::string name = stat.name;
        if (!name.empty() && name.back() == '/') continue;  // a folder entry
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (libzip().zip_file_get_external_attributes(archive.get(), static_cast<zip_uint64_t>(i), 0, &system, &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX && S_ISLNK(attributes >> 16))
            throw PackError(name + ": een snelkoppeling (symbolische link) mag niet in een pakket");
        if (!safe_pack_path(name, limits)) throw PackError(name + ": deze naam mag niet in een pakket (buiten het pakket, verborgen of te lang)");
        if (stat.size > limits.max_file_bytes) throw PackError(name + ": groter dan " + megabytes(limits.max_file_bytes));
        if (stat.size > kBombCheckFrom && static_cast<double>(stat.size) > limits.max_compression_ratio * static_cast<double>(stat.comp_size + 1))
            throw PackError(name + ": pakt uit tot veel meer dan het archief groot is; zo'n bestand nemen we niet");
        std::unique_ptr<zip_file_t, ZipFileCloser> file(libzip().zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0));
        if (!file) throw PackError(name + ": kan niet uitgepakt worden");
        // Read one byte more than the header promises: an archive that lies about sizes is refused.
        std::string bytes(static_cast<std::size_t>(stat.size) + 1, '\0');
        zip_int64_t got = 0;
        while (got < static_cast<zip_int64_t>(bytes.size())) {
            const zip_int64_t n = libzip().zip_fread(file.get(), bytes.data() + got, bytes.size() - static_cast<std::size_t>(got));
            if (n < 0) throw PackError(name + ": uitpakken mislukt (beschadigd archief, of is de USB-stick eruit gehaald?)");
            if (n == 0) break;
            got += n;
        }
        if (got != static_cast<zip_int64_t>(stat.size)) throw PackError(name + ": de grootte klopt niet met het archief");
        bytes.resize(static_cast<std::size_t>(got));
        take(files, total, name, std::move(bytes), limits);
    }
    return files;
}

}  // namespace

PackFiles read_pack_zip(const std::string& path, const PackLimits& limits) {
    int error = 0;
    return read_archive(libzip().zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error), path, limits);
}

PackFiles read_pack_zip_bytes(const std::string& bytes, const PackLimits& limits) {
    zip_error_t error;
    libzip().zip_error_init(&error);
    zip_source_t* source = libzip().zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* archive = source ? libzip().zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (source && !archive) libzip().zip_source_free(source);
    libzip().zip_error_fini(&error);
    return read_archive(archive, "archief", limits);
}

PackFiles read_pack_path(const std::string& path, const PackLimits& limits) {
    std::error_code error;
    if (fs::is_directory(path, error)) return read_pack_folder(path, limits);
    if (fs::is_regular_file(path, error)) return read_pack_zip(path, limits);
    throw PackError("geen pakket gevonden op " + path);
}

// libzip writes an archive through its own file handling (open by name, temporary files of its
// own), which follows links. So the archive is built in memory and its bytes written by
// write_file_atomically; the way libzip documents for archives in memory (its in-memory.c
// example): an empty buffer source, kept alive over zip_close, then read back.
void write_pack_zip(const PackFiles& files, const std::string& path) {
    const Zip& zip = libzip();
    zip_error_t error;
    zip.zip_error_init(&error);
    zip_source_t* buffer = zip.zip_source_buffer_create(nullptr, 0, 0, &error);
    zip.zip_error_fini(&error);
    if (!buffer) throw PackError("kan geen archief maken voor " + path + " (te weinig geheugen?)");
    struct SourceReleaser {
        void operator()(zip_source_t* source) const { libzip().zip_source_free(source); }
    };
    zip.zip_source_keep(buffer);  // zip_close and zip_discard would free it otherwise; we read it after
    const std::unique_ptr<zip_source_t, SourceReleaser> kept(buffer);
    zip.zip_error_init(&error);
    zip_t* archive = zip.zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip.zip_error_fini(&error);
    if (!archive) {
        zip.zip_source_free(buffer);  // the reference the archive would have taken; `kept` frees ours
        throw PackError("kan geen archief maken voor " + path);
    }
    for (const auto& [name, bytes] : files) {
        zip_source_t* source = zip.zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        if (!source || zip.zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source) zip.zip_source_free(source);
            zip.zip_discard(archive);
            throw PackError("kan " + name + " niet in het archief zetten");
        }
    }
    if (zip.zip_close(archive) != 0) {
        zip.zip_discard(archive);
        throw PackError("kan het archief voor " + path + " niet afmaken (te weinig geheugen?)");
    }
    if (zip.zip_source_open(buffer) != 0) throw PackError("kan het archief voor " + path + " niet teruglezen");
    std::string bytes;
    char chunk[65536];
    zip_int64_t n = 0;
    while ((n = zip.zip_source_read(buffer, chunk, sizeof chunk)) > 0) bytes.append(chunk, static_cast<std::size_t>(n));
    zip.zip_source_close(buffer);
    if (n < 0) throw PackError("kan het archief voor " + path + " niet teruglezen");
    write_file_atomically(path, bytes);
}

// Each file goes through write_file_atomically, so a link planted in the new folder is not
// followed either.
void write_pack_folder(const PackFiles& files, const std::string& folder) {
    for (const auto& [name, bytes] : files) {
        if (!safe_pack_path(name)) throw PackError(name + ": deze naam mag niet in een pakket");
        const fs::path target = fs::path(folder) / name;
        std::error_code error;
        fs::create_directories(target.parent_path(), error);
        write_file_atomically(target.string(), bytes);
    }
}

std::string pack_fingerprint(const PackFiles& files) {
    std::uint64_t hash = 1469598103934665603ull;
    auto mix = [&](const std::string& bytes) {
        for (unsigned char c : bytes) {
            hash ^= c;
            hash *= 1099511628211ull;
        }
        hash ^= 0xff;  // separates one string from the next
        hash *= 1099511628211ull;
    };
    for (const auto& [path, bytes] : files) {
        mix(path);
        mix(bytes);
    }
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
    return out;
}

}  // namespace kiosk
