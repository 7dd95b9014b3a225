#include "output/ticket.h"

#include <stb/stb_truetype.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "language/bidi.h"
#include "language/glyphs.h"
#include "output/qr.h"

namespace kiosk {

TicketText ticket_text(const Content& content, const Session& session, const TakeHome& home) {
    TicketText text;
    text.heading = content.event.name;
    const std::string& d = home.result.date;  // YYYYMMDD
    text.date = d.size() == 8 ? d.substr(6, 2) + "-" + d.substr(4, 2) + "-" + d.substr(0, 4) : d;
    // The first three fits; from the offer, the first three cards looked at.
    std::vector<int> listed = session.opened;
    if (!session.browsing) {
        listed.clear();
        for (const Match* match : shown_matches(session.ranking))
            if (match->kind != MatchKind::LaterRoute) listed.push_back(match->programme);
    }
    // The favourite first, as on the viewer's sheet: the programme the pupil chose to talk about.
    if (session.favourite >= 0) {
        listed.erase(std::remove(listed.begin(), listed.end(), session.favourite), listed.end());
        listed.insert(listed.begin(), session.favourite);
    }
    for (int index : listed) {
        if (text.programmes.size() == 3) break;
        const Programme& p = content.programmes[static_cast<std::size_t>(index)];
        text.programmes.push_back(content.texts.format(
            "ticket.programme", {{"naam", p.name}, {"niveau", std::to_string(p.level)},
                                 {"leerweg", leerweg_label(content, p)}}));
    }
    text.next_step_title = content.texts.get("finish.next_title");
    if (session.next_step >= 0 && static_cast<std::size_t>(session.next_step) < content.next_steps.size()) {
        const NextStep& step = content.next_steps[static_cast<std::size_t>(session.next_step)];
        text.next_step = step.text + ". " + content.fill_event_details(step.detail);
    } else {
        text.next_step = content.texts.get("finish.next_step");
    }
    if (session.together) {
        text.home_title = content.texts.get("together.home_title");
        for (const char* key : {"together.home_1", "together.home_2", "together.home_3"}) text.home_questions.push_back(content.texts.get(key));
    }
    text.scan_hint = content.texts.get("ticket.scan");
    text.code_label = code_hint(content, "ticket");
    text.code = home.code;
    text.link = home.link;
    text.rtl = content.language.rtl;
    return text;
}

namespace {

class Canvas {
public:
    explicit Canvas(int width) : width_(width) {}

    void grow_to(int height) {
        if (height > height_) {
            dots_.resize(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height), 0);
            height_ = height;
        }
    }
    void set(int x, int y) {
        if (x < 0 || x >= width_ || y < 0) return;
        grow_to(y + 1);
        dots_[static_cast<std::size_t>(y * width_ + x)] = 1;
    }
    int width() const { return width_; }
    Bitmap bitmap(int height) {
        grow_to(height);
        return Bitmap{width_, height, std::vector<std::uint8_t>(dots_.begin(), dots_.begin() + static_cast<std::ptrdiff_t>(width_) * height)};
    }

private:
    int width_;
    int height_ = 0;
    std::vector<std::uint8_t> dots_;
};

// A typeface at one size: Noto Sans, with Noto Sans Arabic for the letters it lacks (at a larger
// size, as on screen, so Arabic reads as large as Latin).
class Font {
public:
    Font(const std::string& bytes, const std::string& fallback_bytes, float pixels)
        : main_(face(bytes, pixels)), fallback_(face(fallback_bytes, pixels * kArabicScale)) {}

    int line_height() const { return static_cast<int>(std::ceil(static_cast<float>(main_.ascent - main_.descent + main_.gap) * main_.scale)); }
    int ascent() const { return static_cast<int>(std::ceil(static_cast<float>(main_.ascent) * main_.scale)); }

    float advance(char32_t c) const {
        const Face& f = face_for(c);
        int width = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&f.info, static_cast<int>(c), &width, &bearing);
        return static_cast<float>(width) * f.scale;
    }
    float advance(const std::string& text) const {
        float x = 0;
        for (char32_t c : to_codepoints(text)) x += advance(c);
        return x;
    }
    // Sets the dots of `c` with its origin at (x, baseline).
    void draw(Canvas& canvas, char32_t c, float x, int baseline) const {
        const Face& f = face_for(c);
        int w = 0, h = 0, xoff = 0, yoff = 0;
        unsigned char* glyph = stbtt_GetCodepointBitmap(&f.info, f.scale, f.scale, static_cast<int>(c), &w, &h, &xoff, &yoff);
        for (int gy = 0; gy < h; ++gy)
            for (int gx = 0; gx < w; ++gx)
                if (glyph[gy * w + gx] >= 128) canvas.set(static_cast<int>(x) + xoff + gx, baseline + yoff + gy);
        stbtt_FreeBitmap(glyph, nullptr);
    }

private:
    struct Face {
        stbtt_fontinfo info{};
        float scale = 0;
        int ascent = 0, descent = 0, gap = 0;
    };

    static Face face(const std::string& bytes, float pixels) {
        Face f;
        const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
        if (bytes.empty() || !stbtt_InitFont(&f.info, data, stbtt_GetFontOffsetForIndex(data, 0)))
            throw std::runtime_error("lettertype voor het bonnetje kan niet gelezen worden");
        f.scale = stbtt_ScaleForPixelHeight(&f.info, pixels);
        stbtt_GetFontVMetrics(&f.info, &f.ascent, &f.descent, &f.gap);
        return f;
    }
    const Face& face_for(char32_t c) const {
        const bool main_has = stbtt_FindGlyphIndex(&main_.info, static_cast<int>(c)) != 0;
        return main_has || stbtt_FindGlyphIndex(&fallback_.info, static_cast<int>(c)) == 0 ? main_ : fallback_;
    }

    Face main_, fallback_;
};

// Draws `text` wrapped at the canvas width minus margins, right-aligned where it runs right to
// left; returns the y below it.
int draw_text(Canvas& canvas, const Font& font, const std::string& text, int y, int margin, bool rtl) {
    const int limit = canvas.width() - 2 * margin;
    const auto measure = [&font](const std::string& line) { return font.advance(line); };
    for (const DisplayLine& line : display_lines(text, static_cast<float>(limit), rtl, measure)) {
        float x = static_cast<float>(margin);
        if (line.rtl) x = static_cast<float>(canvas.width() - margin) - font.advance(line.text);
        for (char32_t c : to_codepoints(line.text)) {
            font.draw(canvas, c, x, y + font.ascent());
            x += font.advance(c);
        }
        y += font.line_height();
    }
    return y;
}

}  // namespace

Bitmap render_ticket(const TicketText& text, int width, const TicketFonts& fonts) {
    Canvas canvas(width);
    const float unit = static_cast<float>(width) / 384.0f;  // 58 mm paper is the reference
    const Font body(fonts.regular, fonts.arabic, 22 * unit), bold(fonts.bold, fonts.arabic_bold, 24 * unit),
        title(fonts.bold, fonts.arabic_bold, 30 * unit);
    const int margin = static_cast<int>(8 * unit);
    const int gap = static_cast<int>(10 * unit);
    int y = gap;
    y = draw_text(canvas, title, text.heading, y, margin, text.rtl);
    y = draw_text(canvas, body, text.date, y, margin, text.rtl) + gap;
    for (const std::string& programme : text.programmes) y = draw_text(canvas, bold, "• " + programme, y, margin, text.rtl);
    y += gap;
    y = draw_text(canvas, bold, text.next_step_title, y, margin, text.rtl);
    y = draw_text(canvas, body, text.next_step, y, margin, text.rtl) + gap;
    if (!text.home_questions.empty()) {
        y = draw_text(canvas, bold, text.home_title, y, margin, text.rtl);
        for (const std::string& question : text.home_questions) y = draw_text(canvas, body, "- " + question, y, margin, text.rtl);
        y += gap;
    }
    y = draw_text(canvas, body, text.scan_hint, y, margin, text.rtl) + gap / 2;

    // The QR code, centred, with the quiet zone the standard asks for, at whole dots per module.
    const QrCode qr = make_qr(text.link);
    const int quiet = 4;
    const int module = std::max(2, (width - 2 * margin) / (qr.size + 2 * quiet));
    const int side = module * (qr.size + 2 * quiet);
    const int left = (width - side) / 2;
    for (int my = 0; my < qr.size; ++my)
        for (int mx = 0; mx < qr.size; ++mx)
            if (qr.module(mx, my))
                for (int dy = 0; dy < module; ++dy)
                    for (int dx = 0; dx < module; ++dx)
                        canvas.set(left + (mx + quiet) * module + dx, y + (my + quiet) * module + dy);
    y += side + gap / 2;
    y = draw_text(canvas, body, text.code_label, y, margin, text.rtl);
    y = draw_text(canvas, title, text.code, y, margin, text.rtl) + 3 * gap;
    return canvas.bitmap(y);
}

namespace {

// One row of dots, eight to a byte, leftmost dot in the high bit: what ESC/POS raster and a
// 1-bit PDF image both expect.
std::string packed_row(const Bitmap& ticket, int y) {
    std::string row(static_cast<std::size_t>((ticket.width + 7) / 8), '\0');
    for (int x = 0; x < ticket.width; ++x)
        if (ticket.dot(x, y)) row[static_cast<std::size_t>(x / 8)] = static_cast<char>(row[static_cast<std::size_t>(x / 8)] | (0x80 >> (x % 8)));
    return row;
}

}  // namespace

std::string escpos_ticket(const Bitmap& ticket) {
    std::string out = "\x1b@";  // ESC @: initialise
    const int bytes_per_row = (ticket.width + 7) / 8;
    // GS v 0 in bands of at most 255 rows: some printers buffer a whole command before printing.
    for (int top = 0; top < ticket.height; top += 255) {
        const int rows = std::min(255, ticket.height - top);
        out += "\x1dv0";
        out += '\0';  // normal density
        out += static_cast<char>(bytes_per_row & 0xFF);
        out += static_cast<char>(bytes_per_row >> 8);
        out += static_cast<char>(rows & 0xFF);
        out += static_cast<char>(rows >> 8);
        for (int y = top; y < top + rows; ++y) out += packed_row(ticket, y);
    }
    out += "\x1b" "d" "\x04";  // ESC d 4: feed four lines past the cutter
    out += "\x1dV\x42";        // GS V 66 0: feed and partial cut
    out += '\0';
    return out;
}

std::string pdf_ticket(const Bitmap& ticket, int dots_per_inch) {
    std::string image;
    for (int y = 0; y < ticket.height; ++y) image += packed_row(ticket, y);
    uLongf packed_size = compressBound(static_cast<uLong>(image.size()));
    std::string packed(packed_size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packed_size, reinterpret_cast<const Bytef*>(image.data()),
                  static_cast<uLong>(image.size()), Z_BEST_COMPRESSION) != Z_OK)
        throw std::runtime_error("bonnetje niet in te pakken als PDF");
    packed.resize(packed_size);

    // Points are 1/72 inch; the page is exactly the ticket.
    const double points_per_dot = 72.0 / dots_per_inch;
    const std::string width = std::to_string(ticket.width * points_per_dot);
    const std::string height = std::to_string(ticket.height * points_per_dot);
    const std::string drawing = "q " + width + " 0 0 " + height + " 0 0 cm /Ticket Do Q\n";
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height +
            "] /Resources << /XObject << /Ticket 4 0 R >> >> /Contents 5 0 R >>",
        // 1 = black in the bitmap, 0 = black in DeviceGray: Decode swaps them.
        "<< /Type /XObject /Subtype /Image /Width " + std::to_string(ticket.width) + " /Height " +
            std::to_string(ticket.height) + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0]" +
            " /Filter /FlateDecode /Length " + std::to_string(packed.size()) + " >>\nstream\n" + packed + "\nendstream",
        "<< /Length " + std::to_string(drawing.size()) + " >>\nstream\n" + drawing + "endstream",
    };
    std::string out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t table = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char entry[21];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        out += entry;
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(table) + "\n%%EOF\n";
    return out;
}

}  // namespace kiosk
