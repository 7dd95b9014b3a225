#include "output/short_code.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "output/crockford.h"

namespace kiosk {

namespace {

// Bits for a number from 0 to `count`: a choice out of `count`, or 0 for none.
int bits_for_choice(std::size_t count) {
    int bits = 0;
    while ((std::size_t{1} << bits) < count + 1) ++bits;
    return bits;
}

struct BitWriter {
    std::vector<bool> bits;
    void put(unsigned value, int count) {
        for (int i = count - 1; i >= 0; --i) bits.push_back(((value >> i) & 1u) != 0);
    }
    // A choice of -1 (none) or 0..count-1.
    void choice(int picked, std::size_t count) { put(static_cast<unsigned>(picked + 1), bits_for_choice(count)); }
};

struct BitReader {
    std::vector<bool> bits;
    std::size_t at = 0;
    std::optional<unsigned> take(int count) {
        if (at + static_cast<std::size_t>(count) > bits.size()) return std::nullopt;
        unsigned value = 0;
        for (int i = 0; i < count; ++i) value = value * 2u + (bits[at++] ? 1u : 0u);
        return value;
    }
    // -1 for none, else 0..count-1; nullopt when out of range or out of bits.
    std::optional<int> choice(std::size_t count) {
        const auto value = take(bits_for_choice(count));
        if (!value || *value > count) return std::nullopt;
        return static_cast<int>(*value) - 1;
    }
};

constexpr std::size_t kMaxSymbols = 64;  // far more than any pack needs; longer input is no code

// What the code's bits mean depends on the pack: its programmes in order, its questions and
// their options, reflections and steps. A fingerprint of that starts the check sum, so a code
// made with another pack is (mostly) refused instead of giving someone else's result.
int layout_salt(const Content& content) {
    std::string layout;
    for (const Programme& programme : content.programmes) layout += programme.crebo + ",";
    for (const Question& question : content.questions)
        layout += "|" + question.key + ":" + std::to_string(question.pick) + ":" + std::to_string(question.options.size());
    for (const Question& reflection : content.reflections) layout += "|" + std::to_string(reflection.options.size());
    layout += "|" + std::to_string(content.next_steps.size());
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : layout) {
        hash ^= c;
        hash *= 16777619u;
    }
    return static_cast<int>(hash % 32u);
}

// The check character: the symbols weighed by odd numbers, modulo 32. An odd weight is a unit
// modulo 32, so any single mistyped character changes the sum and is caught; so is a swap of two
// neighbours, unless their values differ by exactly 16.
int check_of(const std::vector<int>& symbols, int salt) {
    int sum = salt;
    for (std::size_t i = 0; i < symbols.size(); ++i) sum = (sum + static_cast<int>((2 * i + 1) % 32) * symbols[i]) % 32;
    return sum;
}

std::vector<int> symbols_of(std::vector<bool> bits) {
    while (bits.size() % 5 != 0) bits.push_back(false);
    std::vector<int> symbols;
    for (std::size_t i = 0; i < bits.size(); i += 5) {
        int value = 0;
        for (std::size_t k = 0; k < 5; ++k) value = value * 2 + (bits[i + k] ? 1 : 0);
        symbols.push_back(value);
    }
    return symbols;
}

int value_of(char c) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    for (int i = 0; i < 32; ++i)
        if (kCrockford[i] == c) return i;
    return -1;
}

}  // namespace

std::string short_code(const Content& content, const Session& session) {
    BitWriter writer;
    // Answers: a single-choice question as a choice, a multiple-choice question as one bit per
    // option, option 0 first.
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        const Question& question = content.questions[q];
        const std::vector<int> none;
        const std::vector<int>& picked = q < session.answers.picked.size() ? session.answers.picked[q] : none;
        if (question.pick > 1) {
            for (std::size_t o = 0; o < question.options.size(); ++o)
                writer.bits.push_back(std::find(picked.begin(), picked.end(), static_cast<int>(o)) != picked.end());
        } else {
            writer.choice(picked.empty() ? -1 : picked.front(), question.options.size());
        }
    }
    writer.choice(session.favourite, content.programmes.size());
    for (std::size_t r = 0; r < content.reflections.size(); ++r)
        writer.choice(r < session.reflections.size() ? session.reflections[r] : -1, content.reflections[r].options.size());
    writer.choice(session.next_step, content.next_steps.size());

    std::vector<int> symbols = symbols_of(writer.bits);
    symbols.push_back(check_of(symbols, layout_salt(content)));
    std::string code;
    for (int symbol : symbols) code += kCrockford[symbol];
    std::string grouped;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0) grouped += '-';
        grouped += code[i];
    }
    return grouped;
}

std::optional<Session> decode_short_code(const Content& content, const std::string& code) {
    std::vector<int> values;
    for (char c : code) {
        if (c == '-' || c == ' ') continue;
        const int value = value_of(c);
        if (value < 0) return std::nullopt;
        values.push_back(value);
    }
    if (values.size() < 2 || values.size() > kMaxSymbols) return std::nullopt;
    const int check = values.back();
    values.pop_back();
    if (check_of(values, layout_salt(content)) != check) return std::nullopt;
    BitReader reader;
    for (int value : values)
        for (int k = 4; k >= 0; --k) reader.bits.push_back(((value >> k) & 1) != 0);

    Session session;
    session.answers = Answers::empty_for(content);
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        const Question& question = content.questions[q];
        if (question.pick > 1) {
            for (std::size_t o = 0; o < question.options.size(); ++o) {
                const auto bit = reader.take(1);
                if (!bit) return std::nullopt;
                if (*bit) session.answers.picked[q].push_back(static_cast<int>(o));
            }
            if (static_cast<int>(session.answers.picked[q].size()) > question.pick) return std::nullopt;
        } else {
            const auto option = reader.choice(question.options.size());
            if (!option) return std::nullopt;
            if (*option >= 0) session.answers.picked[q].push_back(*option);
        }
    }
    const auto favourite = reader.choice(content.programmes.size());
    if (!favourite) return std::nullopt;
    session.favourite = *favourite;
    for (const Question& reflection : content.reflections) {
        const auto option = reader.choice(reflection.options.size());
        if (!option) return std::nullopt;
        session.reflections.push_back(*option);
    }
    const auto step = reader.choice(content.next_steps.size());
    if (!step) return std::nullopt;
    session.next_step = *step;

    // Padding only after the last field: no spare characters, no stray bits.
    const std::size_t used = reader.at;
    if (reader.bits.size() - used >= 5) return std::nullopt;
    if (std::any_of(reader.bits.begin() + static_cast<std::ptrdiff_t>(used), reader.bits.end(), [](bool b) { return b; }))
        return std::nullopt;
    // No answer at all: a visit through the offer, which has no ranking (the code does not hold
    // the cards opened there; the favourite is one of them).
    const bool answered = std::any_of(session.answers.picked.begin(), session.answers.picked.end(),
                                      [](const std::vector<int>& picked) { return !picked.empty(); });
    if (answered) {
        session.ranking = rank(content, session.answers);
    } else {
        session.browsing = true;
        if (session.favourite >= 0) session.opened.push_back(session.favourite);
    }
    session.screen = Screen::Finish;
    session.reached_finish = true;
    return session;
}

}  // namespace kiosk
