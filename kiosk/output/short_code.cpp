#include "output/short_code.h"

#include <algorithm>
#include <cctype>

#include "output/crockford.h"

namespace kiosk {

namespace {

constexpr int kCheckBits = 5;

// A single-choice question stores the option number + 1 (0 = unanswered); a multiple-choice
// question stores one bit per option.
int bits_for(const Question& question) {
    if (question.pick > 1) return static_cast<int>(question.options.size());
    int bits = 0;
    while ((1u << bits) < question.options.size() + 1) ++bits;
    return bits;
}

struct BitWriter {
    std::vector<bool> bits;
    void put(unsigned value, int count) {
        for (int i = count - 1; i >= 0; --i) bits.push_back(((value >> i) & 1u) != 0);
    }
};

unsigned check_of(const std::vector<bool>& bits) {
    unsigned check = 0;
    for (std::size_t i = 0; i < bits.size(); ++i)
        if (bits[i]) check = (check * 7u + static_cast<unsigned>(i) + 1u) % 32u;
    return (check + static_cast<unsigned>(bits.size())) % 32u;
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

std::string short_code(const Content& content, const Answers& answers) {
    BitWriter writer;
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        const Question& question = content.questions[q];
        const std::vector<int> none;
        const std::vector<int>& picked = q < answers.picked.size() ? answers.picked[q] : none;
        if (question.pick > 1) {
            unsigned mask = 0;
            for (int option : picked) mask |= 1u << option;
            // Option 0 goes first in the code, so reverse the mask into reading order.
            for (std::size_t o = 0; o < question.options.size(); ++o) writer.bits.push_back((mask >> o) & 1u);
        } else {
            writer.put(picked.empty() ? 0u : static_cast<unsigned>(picked.front() + 1), bits_for(question));
        }
    }
    const unsigned check = check_of(writer.bits);
    while (writer.bits.size() % 5 != 0) writer.bits.push_back(false);
    std::string code;
    for (std::size_t i = 0; i < writer.bits.size(); i += 5) {
        unsigned value = 0;
        for (std::size_t k = 0; k < 5; ++k) value = value * 2u + (writer.bits[i + k] ? 1u : 0u);
        code += kCrockford[value];
    }
    code += kCrockford[check];
    std::string grouped;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0) grouped += '-';
        grouped += code[i];
    }
    return grouped;
}

std::optional<Answers> decode_short_code(const Content& content, const std::string& code) {
    std::vector<int> values;
    for (char c : code) {
        if (c == '-' || c == ' ') continue;
        const int value = value_of(c);
        if (value < 0) return std::nullopt;
        values.push_back(value);
    }
    if (values.size() < 2) return std::nullopt;
    const int check = values.back();
    values.pop_back();
    std::vector<bool> bits;
    for (int value : values)
        for (int k = 4; k >= 0; --k) bits.push_back(((value >> k) & 1) != 0);

    Answers answers = Answers::empty_for(content);
    std::size_t at = 0;
    auto take = [&](int count) -> std::optional<unsigned> {
        if (at + static_cast<std::size_t>(count) > bits.size()) return std::nullopt;
        unsigned value = 0;
        for (int i = 0; i < count; ++i) value = value * 2u + (bits[at++] ? 1u : 0u);
        return value;
    };
    for (std::size_t q = 0; q < content.questions.size(); ++q) {
        const Question& question = content.questions[q];
        if (question.pick > 1) {
            for (std::size_t o = 0; o < question.options.size(); ++o) {
                const auto bit = take(1);
                if (!bit) return std::nullopt;
                if (*bit) answers.picked[q].push_back(static_cast<int>(o));
            }
            if (static_cast<int>(answers.picked[q].size()) > question.pick) return std::nullopt;
        } else {
            const auto value = take(bits_for(question));
            if (!value || *value > question.options.size()) return std::nullopt;
            if (*value > 0) answers.picked[q].push_back(static_cast<int>(*value) - 1);
        }
    }
    const std::vector<bool> payload(bits.begin(), bits.begin() + static_cast<std::ptrdiff_t>(at));
    if (bits.size() - at >= 5) return std::nullopt;  // more characters than the content needs
    if (std::any_of(bits.begin() + static_cast<std::ptrdiff_t>(at), bits.end(), [](bool b) { return b; })) return std::nullopt;
    if (static_cast<int>(check_of(payload)) != check) return std::nullopt;
    return answers;
}

}  // namespace kiosk
