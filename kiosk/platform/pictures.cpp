#include "platform/pictures.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "booth/kiosk.h"
#include "pack/pack_files.h"
#include "pack/photo.h"

namespace kiosk {

namespace {

bool holds_pictures(const std::string& folder) {
    std::error_code error;
    if (folder.empty() || !std::filesystem::is_directory(folder, error)) return false;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.path().extension() == ".png") return true;
    return false;
}
}  // namespace

std::string find_picture_library(const std::string& wanted, const std::string& program_path) {
    if (holds_pictures(wanted)) return wanted;
    std::error_code error;
    const std::filesystem::path program = std::filesystem::weakly_canonical(program_path, error);
    const std::string beside = (program.parent_path() / "pictures").string();
    if (!program_path.empty() && holds_pictures(beside)) return beside;
    if (holds_pictures("/usr/share/openday-kiosk/pictures")) return "/usr/share/openday-kiosk/pictures";
    return wanted;
}

PictureCache::PictureCache(SDL_Renderer* renderer, const Kiosk& kiosk, std::string library, std::size_t max_bytes)
    : renderer_(renderer), kiosk_(kiosk), library_(std::move(library)), max_bytes_(max_bytes), worker_([] {
          // Wakes the event loop, which may be asleep until the next touch: the picture is there.
          SDL_Event event{};
          event.type = SDL_USEREVENT;
          SDL_PushEvent(&event);
      }) {}

PictureCache::~PictureCache() { clear(); }

void PictureCache::clear() {
    entries_.clear();  // each texture is destroyed with its entry, before the renderer goes
    order_.clear();
    pending_.clear();  // what is still decoding belongs to the old pack: its results are dropped
    bytes_ = 0;
}

void PictureCache::begin_frame() {
    ++frame_;
    // Another pack brings other pictures and photos under the same names.
    if (kiosk_.pack_id() != pack_id_) {
        clear();
        pack_id_ = kiosk_.pack_id();
    }
    make_room(0);
    for (PhotoWorker::Done& done : worker_.take_done()) {
        const auto it = std::find_if(pending_.begin(), pending_.end(), [&](const auto& p) { return p.first == done.request; });
        if (it == pending_.end()) continue;
        add(it->second, make_entry(done.photo));
        pending_.erase(it);
    }
}

PictureTexture PictureCache::lookup(void* context, const std::string& key, int width) {
    return static_cast<PictureCache*>(context)->get(key, width);
}

PictureTexture PictureCache::get(const std::string& key, int width) {
    width = std::clamp(width, 1, kMaxPictureWidth);
    const std::string sized = key + "@" + std::to_string(width);
    auto found = entries_.find(sized);
    if (found == entries_.end()) {
        if (std::any_of(pending_.begin(), pending_.end(), [&](const auto& p) { return p.second == sized; })) return {};
        std::optional<std::string> bytes = file_bytes(key, width);
        if (bytes) {
            pending_.emplace_back(worker_.request(std::move(*bytes), width), sized);
            return {};
        }
        add(sized, Entry{});  // missing: not looked for again every frame
        found = entries_.find(sized);
    } else {
        order_.splice(order_.end(), order_, found->second.order);  // now the most recently drawn
    }
    found->second.frame = frame_;
    return {found->second.texture.get(), found->second.width, found->second.height};
}

// The library's small/NAME.png when the picture is drawn no wider than it (a library without
// small/ has only the large ones).
std::string PictureCache::library_file(const std::string& name, int width) const {
    const std::string small = library_ + "/small/" + name + ".png";
    std::error_code error;
    if (width <= KIOSK_SMALL_PICTURE_SIZE && std::filesystem::is_regular_file(small, error)) return small;
    return library_ + "/" + name + ".png";
}

// The pack's own file first (a photo's path, or pictures/NAME), else the library's NAME.png;
// nullopt when there is neither.
std::optional<std::string> PictureCache::file_bytes(const std::string& key, int width) const {
    if (key.find('/') != std::string::npos) return kiosk_.pack_file(key);
    const auto& own = kiosk_.pack().pictures;
    if (const auto it = own.find(key); it != own.end())
        if (auto bytes = kiosk_.pack_file(it->second)) return bytes;
    if (key.find('.') != std::string::npos || library_.empty()) return std::nullopt;
    try {
        return read_file_bytes(library_file(key, width), 4u << 20);
    } catch (const PackError&) {
        return std::nullopt;  // not in the library: the screen draws without it
    }
}

void PictureCache::add(const std::string& sized, Entry entry) {
    make_room(entry.bytes);
    bytes_ += entry.bytes;
    order_.push_back(sized);
    entry.order = std::prev(order_.end());
    entry.frame = frame_;
    entries_.insert_or_assign(sized, std::move(entry));
}

// A broken picture becomes an entry without a texture, so it is not decoded again every frame.
PictureCache::Entry PictureCache::make_entry(const std::optional<Photo>& image) const {
    Entry entry;
    if (!image || image->width <= 0 || image->height <= 0) return entry;
    entry.texture.reset(SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, image->width, image->height));
    if (!entry.texture || SDL_UpdateTexture(entry.texture.get(), nullptr, image->rgba.data(), image->width * 4) != 0) {
        entry.texture.reset();
        return entry;
    }
    // Pictures have soft, transparent edges. They are drawn at this size; should one be scaled
    // (a photo that is smaller than its box), smoothly.
    SDL_SetTextureBlendMode(entry.texture.get(), SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(entry.texture.get(), SDL_ScaleModeLinear);
    entry.width = image->width;
    entry.height = image->height;
    entry.bytes = image->rgba.size();
    return entry;
}

// Forgets the least recently drawn textures until `wanted` more bytes fit, keeping those of
// the frame being built: ImGui has not drawn them yet.
void PictureCache::make_room(std::size_t wanted) {
    for (auto it = order_.begin(); it != order_.end() && bytes_ + wanted > max_bytes_;) {
        const auto entry = entries_.find(*it);
        if (entry->second.frame == frame_) {
            ++it;
            continue;
        }
        bytes_ -= entry->second.bytes;
        entries_.erase(entry);
        it = order_.erase(it);
    }
}

}  // namespace kiosk
