// SPDX-License-Identifier: GPL-3.0-or-later
// Driver for fuzz targets in builds without libFuzzer (gcc, CI): runs every file of a seed
// corpus, then a fixed number of deterministic mutations of those seeds (bit flips, byte
// changes, insertions, deletions, duplications, truncations, splices, interesting integers).
// Same seed, same inputs: a failure in CI reproduces locally.
//
//   fuzz_keytab CORPUS_DIR [ITERATIONS] [SEED]
//
// If an input crashes the target, it is written to ./crash-<target>-<n> first. To look at one
// mutation (e.g. one LeakSanitizer blames), set PORTIER_FUZZ_ONLY=<n>: only mutation n runs,
// and it is written to ./input-<target>-<n>.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Bytes = std::vector<uint8_t>;

// The input being run, for the crash handler.
const Bytes *g_current = nullptr;
char g_crashPath[512] = "crash-input";

void onCrash(int sig)
{
    if (g_current) {
        const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            const ssize_t written = ::write(fd, g_current->data(), g_current->size());
            (void)written;
            ::close(fd);
        }
        const char msg[] = "replay: input that crashed the target written to ";
        (void)!::write(2, msg, sizeof msg - 1);
        (void)!::write(2, g_crashPath, std::strlen(g_crashPath));
        (void)!::write(2, "\n", 1);
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

class Rng
{
public:
    explicit Rng(uint64_t seed)
        : m_state(seed ? seed : 0x9e3779b97f4a7c15ULL)
    {}
    uint64_t next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    size_t below(size_t n) { return n ? size_t(next() % n) : 0; }

private:
    uint64_t m_state;
};

void mutate(Bytes &b, const std::vector<Bytes> &seeds, Rng &rng)
{
    static const uint32_t interesting[] = {0,          1,          0x7f,       0x80,   0xff,
                                           0x100,      0x7fff,     0x8000,     0xffff, 0x10000,
                                           0x7fffffff, 0x80000000, 0xffffffff, 0x0502, 0x0501};
    const int ops = 1 + int(rng.below(4));
    for (int i = 0; i < ops; ++i) {
        switch (rng.below(9)) {
        case 0: // flip a bit
            if (!b.empty())
                b[rng.below(b.size())] ^= uint8_t(1u << rng.below(8));
            break;
        case 1: // set a byte
            if (!b.empty())
                b[rng.below(b.size())] = uint8_t(rng.next());
            break;
        case 2: { // insert random bytes
            const size_t at = rng.below(b.size() + 1);
            const size_t n = 1 + rng.below(8);
            for (size_t k = 0; k < n; ++k)
                b.insert(b.begin() + ptrdiff_t(at), uint8_t(rng.next()));
            break;
        }
        case 3: { // delete a range
            if (b.empty())
                break;
            const size_t at = rng.below(b.size());
            const size_t n = 1 + rng.below(std::min<size_t>(16, b.size() - at));
            b.erase(b.begin() + ptrdiff_t(at), b.begin() + ptrdiff_t(at + n));
            break;
        }
        case 4: { // duplicate a range
            if (b.empty() || b.size() > 1 << 16)
                break;
            const size_t at = rng.below(b.size());
            const size_t n = 1 + rng.below(std::min<size_t>(64, b.size() - at));
            const Bytes chunk(b.begin() + ptrdiff_t(at), b.begin() + ptrdiff_t(at + n));
            b.insert(b.begin() + ptrdiff_t(rng.below(b.size() + 1)), chunk.begin(), chunk.end());
            break;
        }
        case 5: // truncate
            b.resize(rng.below(b.size() + 1));
            break;
        case 6: { // splice the tail of another seed
            const Bytes &other = seeds[rng.below(seeds.size())];
            if (other.empty())
                break;
            const size_t keep = rng.below(b.size() + 1);
            const size_t from = rng.below(other.size());
            b.resize(keep);
            b.insert(b.end(), other.begin() + ptrdiff_t(from), other.end());
            break;
        }
        case 7: { // overwrite with an interesting big-endian integer (lengths, counts, kvnos)
            if (b.size() < 4)
                break;
            const uint32_t v = interesting[rng.below(std::size(interesting))];
            const size_t width = size_t(1) << rng.below(3); // 1, 2 or 4 bytes
            const size_t at = rng.below(b.size() - width + 1);
            for (size_t k = 0; k < width; ++k)
                b[at + k] = uint8_t(v >> (8 * (width - 1 - k)));
            break;
        }
        default: { // replace a byte with a structural character (for JSON inputs)
            static const char structural[] = "{}[]\":,0-e.\\ntf";
            if (!b.empty())
                b[rng.below(b.size())] = uint8_t(structural[rng.below(sizeof structural - 1)]);
            break;
        }
        }
    }
}

void run(const Bytes &input)
{
    g_current = &input;
    LLVMFuzzerTestOneInput(input.data(), input.size());
    g_current = nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [ITERATIONS] [SEED]\n", argv[0]);
        return 2;
    }
    const std::filesystem::path corpus = argv[1];
    const long iterations = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 2000;
    const uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 20261122;
    const std::string target = std::filesystem::path(argv[0]).filename().string();

    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(corpus, ec)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    if (ec || files.empty()) {
        std::fprintf(stderr, "%s: no seed files in %s\n", target.c_str(), corpus.c_str());
        return 2;
    }
    std::sort(files.begin(), files.end());
    std::vector<Bytes> seeds;
    for (const auto &path : files) {
        std::ifstream in(path, std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

    std::signal(SIGSEGV, onCrash);
    std::signal(SIGABRT, onCrash);
    std::signal(SIGBUS, onCrash);
    std::signal(SIGFPE, onCrash);
    std::signal(SIGILL, onCrash);

    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < seeds.size() && !std::getenv("PORTIER_FUZZ_ONLY"); ++i) {
        std::snprintf(g_crashPath, sizeof g_crashPath, "crash-%s-seed-%zu", target.c_str(), i);
        run(seeds[i]);
    }
    const char *only = std::getenv("PORTIER_FUZZ_ONLY");
    const long onlyIndex = only ? std::strtol(only, nullptr, 10) : -1;
    Rng rng(seed);
    for (long i = 0; i < iterations; ++i) {
        Bytes input = seeds[size_t(i) % seeds.size()];
        mutate(input, seeds, rng);
        if (onlyIndex >= 0 && i != onlyIndex)
            continue;
        if (onlyIndex >= 0) {
            const std::string name = "input-" + target + "-" + std::to_string(i);
            std::ofstream(name, std::ios::binary)
                .write(reinterpret_cast<const char *>(input.data()), std::streamsize(input.size()));
        }
        std::snprintf(g_crashPath, sizeof g_crashPath, "crash-%s-%ld", target.c_str(), i);
        run(input);
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    std::printf("%s: %zu seeds and %ld mutations (seed %llu) in %lld ms, no crash\n",
                target.c_str(), seeds.size(), iterations, static_cast<unsigned long long>(seed),
                static_cast<long long>(ms));
    return 0;
}
