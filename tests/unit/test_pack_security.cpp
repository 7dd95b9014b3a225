// A pack from a USB stick is untrusted input: every way it can be wrong is refused with a clear
// Dutch message, before any of it is used.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <fstream>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <zip.h>

#include "config/kiosk_config.h"
#include "pack/pack_files.h"
#include "pack/signature.h"
#include "support/mini_pack.h"
#include "support/paths.h"
#include "support/problems.h"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

bool mentions(const Verification& result, const std::string& text) {
    return test::mentions(result.problems, text);
}

// A .zip with the given entries; `link` marks an entry as a symbolic link.
void write_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& entries, const std::string& link = "") {
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), source, 0);
        REQUIRE(index >= 0);
        if (name == link)
            zip_file_set_external_attributes(archive, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX, (S_IFLNK | 0777u) << 16);
    }
    REQUIRE(zip_close(archive) == 0);
}

std::string refusal(const std::function<void()>& read) {
    try {
        read();
    } catch (const PackError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("A signed pack verifies with its key, and only with a trusted key") {
    const KeyPair school = generate_key_pair();
    const PackFiles signed_pack = sign_pack(test::mini_pack(), school.secret_key);
    const Verification ok = verify_pack(signed_pack, {school.public_key});
    CHECK(ok.ok);
    CHECK(ok.problems.empty());
    CHECK(ok.signed_by == key_id(school.public_key));

    const KeyPair stranger = generate_key_pair();
    const Verification untrusted = verify_pack(signed_pack, {stranger.public_key});
    CHECK_FALSE(untrusted.ok);
    CHECK(mentions(untrusted, "vertrouwt die sleutel niet"));
    CHECK_FALSE(verify_pack(signed_pack, {}).ok);
}

TEST_CASE("Every change after signing is caught: a changed, added or removed file, a forged manifest or signature") {
    const KeyPair school = generate_key_pair();
    const PackFiles good = sign_pack(test::mini_pack(), school.secret_key);
    auto check = [&](PackFiles files, const std::string& message) {
        INFO(message);
        const Verification result = verify_pack(files, {school.public_key});
        CHECK_FALSE(result.ok);
        CHECK(mentions(result, message));
    };
    PackFiles changed = good;
    changed["programmes.csv"] += "\n";
    check(changed, "programmes.csv: is veranderd na het ondertekenen");
    PackFiles added = good;
    added["texts/en.ini"] = "[common]\nback = Back\n";
    check(added, "texts/en.ini: staat niet in het manifest");
    PackFiles removed = good;
    removed.erase("questions.ini");
    check(removed, "questions.ini: staat in het manifest maar ontbreekt");
    PackFiles forged = good;
    forged[kManifestFile] += "0000000000000000000000000000000000000000000000000000000000000000  extra.ini\n";
    check(forged, "de handtekening klopt niet");
    PackFiles unsigned_pack = test::mini_pack();
    check(unsigned_pack, "niet ondertekend");
    PackFiles garbled = good;
    garbled[kSignatureFile] = "[signature]\nkey = !!!\n";
    check(garbled, "pack.sig: is beschadigd");
    // Signed by someone else but claiming a trusted key: the signature does not match.
    const KeyPair stranger = generate_key_pair();
    PackFiles impostor = sign_pack(test::mini_pack(), stranger.secret_key);
    impostor[kSignatureFile] = good.at(kSignatureFile).substr(0, good.at(kSignatureFile).find("signature =")) +
                               impostor.at(kSignatureFile).substr(impostor.at(kSignatureFile).find("signature ="));
    check(impostor, "de handtekening klopt niet");
}

TEST_CASE("Key files round-trip, and anything else is not a key") {
    const KeyPair keys = generate_key_pair();
    CHECK(read_public_key(public_key_file(keys.public_key)) == keys.public_key);
    CHECK(read_secret_key(secret_key_file(keys.secret_key)) == keys.secret_key);
    CHECK_FALSE(read_public_key(secret_key_file(keys.secret_key)));  // the wrong half
    CHECK_FALSE(read_secret_key(public_key_file(keys.public_key)));
    CHECK_FALSE(read_public_key("kiosk-pack-public-key AAAA\n"));
    CHECK_FALSE(read_public_key(""));
}

TEST_CASE("The kiosk's settings name the keys it trusts, a wrong line is an error") {
    const KeyPair keys = generate_key_pair();
    std::vector<Problem> problems;
    const KioskConfig config = read_kiosk_config("[trust]\nschool = " + public_key_file(keys.public_key), "kiosk.ini", problems);
    CHECK(problems.empty());
    REQUIRE(config.trusted_keys.size() == 1);
    CHECK(config.trusted_keys[0].name == "school");
    CHECK(config.public_keys() == std::vector<std::string>{keys.public_key});
    read_kiosk_config("[trust]\nregio = geen sleutel\n", "kiosk.ini", problems);
    CHECK(has_errors(problems));
    CHECK(to_string(problems.back()).find("kiosk.ini:2:1:") == 0);
}

TEST_CASE("The default content is signed with the development key (sign it again after editing content/)") {
    const Verification result = verify_pack(test::default_pack(), {test::dev_public_key()});
    for (const Problem& problem : result.problems) UNSCOPED_INFO(to_string(problem));
    CHECK(result.ok);
}

TEST_CASE("A pack survives the trip through a .zip archive unchanged") {
    test::TempDir temp("kiosk-zip-roundtrip");
    const fs::path dir_path = temp.path;
    const PackFiles files = sign_pack(test::mini_pack(), test::dev_secret_key());
    write_pack_zip(files, (dir_path / "pack.zip").string());
    CHECK_FALSE(fs::exists(dir_path / "pack.zip.part"));
    CHECK(read_pack_path((dir_path / "pack.zip").string()) == files);
    write_pack_folder(files, (dir_path / "folder").string());
    CHECK(read_pack_path((dir_path / "folder").string()) == files);
}

TEST_CASE("Archives that reach outside the pack, hold links, are cut off or unpack into a bomb are refused") {
    test::TempDir temp("kiosk-zip-bad");
    const fs::path dir_path = temp.path;
    auto refused = [&](const std::vector<std::pair<std::string, std::string>>& entries, const std::string& message,
                       const std::string& link = "") {
        INFO(message);
        const fs::path zip = dir_path / "bad.zip";
        write_zip(zip, entries, link);
        const std::string why = refusal([&] { read_pack_zip(zip.string()); });
        CHECK(why.find(message) != std::string::npos);
    };
    refused({{"../event.ini", "x"}}, "deze naam mag niet in een pakket");
    refused({{"/etc/passwd", "x"}}, "deze naam mag niet in een pakket");
    refused({{"texts/../../x.ini", "x"}}, "deze naam mag niet in een pakket");
    refused({{"texts\\..\\x.ini", "x"}}, "deze naam mag niet in een pakket");
    refused({{"C:x.ini", "x"}}, "deze naam mag niet in een pakket");
    refused({{"photos/a.jpg", "/etc/passwd"}}, "snelkoppeling", "photos/a.jpg");
    refused({{"big.bin", std::string(17u << 20, 'x')}}, "groter dan 16 MB");
    refused({{"bomb.bin", std::string(8u << 20, '\0')}}, "pakt uit tot veel meer");
    refused({{"a/b/c/d/e/f.ini", "x"}}, "deze naam mag niet in een pakket");

    PackLimits few;
    few.max_files = 3;
    write_zip(dir_path / "many.zip", {{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}});
    CHECK(refusal([&] { read_pack_zip((dir_path / "many.zip").string(), few); }).find("meer dan 3 bestanden") != std::string::npos);

    // A stick pulled out halfway leaves a truncated archive.
    write_pack_zip(sign_pack(test::mini_pack(), test::dev_secret_key()), (dir_path / "whole.zip").string());
    const std::string bytes = test::read_file((dir_path / "whole.zip").string());
    std::ofstream(dir_path / "cut.zip", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    CHECK(refusal([&] { read_pack_zip((dir_path / "cut.zip").string()); }).find("geen leesbaar zip-archief") != std::string::npos);
    std::ofstream(dir_path / "garbage.zip", std::ios::binary) << "dit is geen zip";
    CHECK(refusal([&] { read_pack_zip((dir_path / "garbage.zip").string()); }).find("geen leesbaar zip-archief") != std::string::npos);
}

TEST_CASE("Folders with links, devices, deep nesting or huge files are refused, hidden files are left out") {
    test::TempDir temp("kiosk-folder-bad");
    const fs::path dir_path = temp.path;
    const fs::path pack = dir_path / "pack";
    write_pack_folder(test::mini_pack(), pack.string());
    std::ofstream(pack / ".DS_Store") << "finder junk";
    fs::create_directories(pack / ".Trashes");
    std::ofstream(pack / ".Trashes" / "x") << "junk";
    CHECK(read_pack_folder(pack.string()) == test::mini_pack());

    fs::create_symlink("/etc/passwd", pack / "texts" / "en.ini");
    CHECK(refusal([&] { read_pack_folder(pack.string()); }).find("snelkoppeling") != std::string::npos);
    fs::remove(pack / "texts" / "en.ini");

    REQUIRE(::mkfifo((pack / "fifo").c_str(), 0600) == 0);  // reading it would hang the kiosk
    CHECK(refusal([&] { read_pack_folder(pack.string()); }).find("fifo: geen gewoon bestand") != std::string::npos);
    fs::remove(pack / "fifo");

    fs::create_directories(pack / "a/b/c/d/e");
    std::ofstream(pack / "a/b/c/d/e/f.ini") << "x";
    CHECK(refusal([&] { read_pack_folder(pack.string()); }).find("te diep") != std::string::npos);
    fs::remove_all(pack / "a");

    PackLimits small;
    small.max_file_bytes = 1000;
    std::ofstream(pack / "photo.jpg", std::ios::binary) << std::string(5000, 'x');
    CHECK(refusal([&] { read_pack_folder(pack.string(), small); }).find("photo.jpg: groter dan") != std::string::npos);
    CHECK(refusal([&] { read_pack_folder((dir_path / "nowhere").string()); }).find("niet gevonden") != std::string::npos);
}

TEST_CASE("Names inside a pack: only plain relative paths") {
    for (const char* good : {"event.ini", "texts/nl.ini", "photos/zorg/25491.jpg", "programmes.csv"}) CHECK(safe_pack_path(good));
    for (const char* bad : {"", "/abs", "../up", "a/../b", "a//b", ".hidden", "a/.b", "a\\b", "C:x", "a/", "tab\there"}) {
        INFO(bad);
        CHECK_FALSE(safe_pack_path(bad));
    }
    CHECK_FALSE(safe_pack_path(std::string(201, 'a')));
}
