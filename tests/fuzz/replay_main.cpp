// Runs a fuzz target without libFuzzer (for the gcc build and CI): every file of the seed
// corpus, then a fixed number of mutations of them (bit flips, byte changes, insertions,
// deletions, truncations, splices), from a fixed seed so a failure can be replayed.
// Usage: fuzz_X CORPUS_DIR [ITERATIONS]
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

const std::string* g_current = nullptr;

// On a crash, the input that caused it is written to ./fuzz-crash-input for replaying.
void save_crash(int signal_number) {
    if (g_current) {
        std::FILE* out = std::fopen("fuzz-crash-input", "wb");
        if (out) {
            std::fwrite(g_current->data(), 1, g_current->size(), out);
            std::fclose(out);
        }
        std::fprintf(stderr, "crash (signal %d); input written to fuzz-crash-input\n", signal_number);
    }
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

void run(const std::string& input) {
    g_current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    g_current = nullptr;
}

std::string mutate(std::string input, const std::vector<std::string>& corpus, std::mt19937& random) {
    const int rounds = 1 + static_cast<int>(random() % 4);
    for (int r = 0; r < rounds; ++r) {
        const std::size_t at = input.empty() ? 0 : random() % input.size();
        switch (random() % 7) {
        case 0: if (!input.empty()) input[at] = static_cast<char>(input[at] ^ (1 << (random() % 8))); break;
        case 1: if (!input.empty()) input[at] = static_cast<char>(random() % 256); break;
        case 2: input.insert(at, 1, "=;,\n\"[].:#!^*-0\xC3\0"[random() % 17]); break;
        case 3: if (!input.empty()) input.erase(at, 1 + random() % 8); break;
        case 4: input.resize(at); break;
        case 5: { const std::string& other = corpus[random() % corpus.size()];
                  if (!other.empty()) input.insert(at, other.substr(random() % other.size(), 1 + random() % 32)); } break;
        case 6: if (!input.empty()) input.insert(at, input.substr(at, 1 + random() % 16)); break;
        }
    }
    return input;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "gebruik: %s CORPUS_MAP [AANTAL]\n", argv[0]);
        return 2;
    }
    const long iterations = argc >= 3 ? std::atol(argv[2]) : 20000;
    for (int signal_number : {SIGSEGV, SIGILL, SIGABRT, SIGFPE, SIGBUS}) std::signal(signal_number, save_crash);
    std::vector<std::string> corpus;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        corpus.push_back(bytes.str());
    }
    if (corpus.empty()) corpus.emplace_back();
    for (const auto& input : corpus) run(input);
    std::mt19937 random(20261128);
    for (long i = 0; i < iterations; ++i) run(mutate(corpus[random() % corpus.size()], corpus, random));
    std::printf("%zu seeds and %ld mutations ran without a crash\n", corpus.size(), iterations);
    return 0;
}
