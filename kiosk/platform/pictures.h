// The pictures the screens draw, as SDL textures: the kiosk's picture library (NAME.png in a
// folder the build fills from assets/pictures.ini), the pack's own pictures (pictures/NAME.png,
// which come first) and the pack's programme photos (photos/...). A texture is made the first
// time a screen asks for it and kept while there is room: the cache holds at most `max_bytes`
// of pixels and forgets the least recently drawn first, but never one drawn in the frame being
// built (ImGui draws it only after the frame). A picture is decoded on a worker thread
// (pack/photo_worker.h): the frame that first asks for it draws without it, and a later frame has
// it. Pictures are content: nothing here is about a visitor.
#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <optional>
#include <utility>
#include <vector>
#include <string>
#include <unordered_map>

#include <SDL.h>

#include "pack/photo_worker.h"
#include "ui/screens.h"

namespace kiosk {

class Kiosk;

// 2.5 MiB of pixels: the pictures of a screen at the size they are drawn (a 200-pixel picture is
// 160 KiB, the attract screen's about 1 MiB), and a photo. The whole kiosk must stay under 40 MiB.
inline constexpr std::size_t kPictureCacheBytes = 5u << 19;
inline constexpr int kMaxPictureWidth = 1200;  // nothing is made wider than this

// The folder of the picture library: `wanted` when it holds pictures, else `pictures` next to the
// program, else /usr/share/openday-kiosk/pictures (a packaged kiosk); `wanted` when none does.
std::string find_picture_library(const std::string& wanted, const std::string& program_path);

class PictureCache {
public:
    PictureCache(SDL_Renderer* renderer, const Kiosk& kiosk, std::string library, std::size_t max_bytes = kPictureCacheBytes);
    ~PictureCache();
    PictureCache(const PictureCache&) = delete;
    PictureCache& operator=(const PictureCache&) = delete;

    // A picture name or a pack path with a '/' (a photo), scaled down to at most `width` pixels
    // wide; an empty texture when there is none, or while it is being decoded. Each size is an
    // entry of its own.
    PictureTexture get(const std::string& key, int width);
    // Call before each frame is built: textures of earlier frames may go from now on, and the
    // pictures decoded since the last frame become textures.
    void begin_frame();
    // True while a picture is being decoded; then the next frame may draw more.
    bool decoding() const { return !pending_.empty(); }
    // Waits until the pictures asked for so far are decoded (the headless kiosk, so that each
    // frame of a test shows what the frame before asked for); false after `max_seconds`.
    bool wait_for_decodes(double max_seconds) const { return worker_.wait_until_idle(max_seconds); }
    // What the screens call (PictureSource), with this cache as its context.
    PictureSource source() { return {&PictureCache::lookup, this, nullptr}; }

    std::size_t bytes() const { return bytes_; }
    std::size_t max_bytes() const { return max_bytes_; }
    std::size_t count() const { return entries_.size(); }
    const std::string& library() const { return library_; }
    SDL_Renderer* renderer() const { return renderer_; }

private:
    struct TextureDestroy { void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); } };
    struct Entry {
        std::unique_ptr<SDL_Texture, TextureDestroy> texture;  // null: known to be missing
        int width = 0, height = 0;
        std::size_t bytes = 0;
        std::uint64_t frame = 0;  // the last frame that drew it
        std::list<std::string>::iterator order;
    };

    static PictureTexture lookup(void* context, const std::string& key, int width);
    std::optional<std::string> file_bytes(const std::string& key, int width) const;
    Entry make_entry(const std::optional<Photo>& image) const;
    void add(const std::string& sized, Entry entry);
    std::string library_file(const std::string& name, int width) const;
    void make_room(std::size_t wanted);
    void clear();

    SDL_Renderer* renderer_;
    const Kiosk& kiosk_;
    std::string library_;
    std::size_t max_bytes_;
    std::size_t bytes_ = 0;
    std::uint64_t frame_ = 0;
    long long pack_id_ = -1;
    std::unordered_map<std::string, Entry> entries_;
    std::list<std::string> order_;  // least recently drawn first
    std::vector<std::pair<std::uint64_t, std::string>> pending_;  // worker request, sized key
    PhotoWorker worker_;  // last: stopped first, before what its results would go into
};

}  // namespace kiosk
