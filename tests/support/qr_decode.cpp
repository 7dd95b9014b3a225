#include "support/qr_decode.h"

#include <zbar.h>

#include <memory>

#include "output/png.h"

namespace test {

std::vector<std::string> decode_qr(const std::vector<std::uint8_t>& rgba, int width, int height) {
    std::vector<std::uint8_t> grey(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (std::size_t i = 0; i < grey.size(); ++i)
        grey[i] = static_cast<std::uint8_t>((rgba[i * 4] * 30 + rgba[i * 4 + 1] * 59 + rgba[i * 4 + 2] * 11) / 100);
    std::unique_ptr<zbar::zbar_image_scanner_t, decltype(&zbar::zbar_image_scanner_destroy)> scanner(
        zbar::zbar_image_scanner_create(), &zbar::zbar_image_scanner_destroy);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    std::unique_ptr<zbar::zbar_image_t, decltype(&zbar::zbar_image_destroy)> image(zbar::zbar_image_create(),
                                                                                 &zbar::zbar_image_destroy);
    zbar::zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image.get(), static_cast<unsigned>(width), static_cast<unsigned>(height));
    zbar::zbar_image_set_data(image.get(), grey.data(), grey.size(), nullptr);
    std::vector<std::string> found;
    if (zbar::zbar_scan_image(scanner.get(), image.get()) > 0)
        for (const zbar::zbar_symbol_t* symbol = zbar::zbar_image_first_symbol(image.get()); symbol;
             symbol = zbar::zbar_symbol_next(symbol))
            found.emplace_back(zbar::zbar_symbol_get_data(symbol), zbar::zbar_symbol_get_data_length(symbol));
    return found;
}

std::vector<std::string> decode_qr_png(const std::string& path) {
    const kiosk::Image image = kiosk::read_png(path);
    return decode_qr(image.rgba, image.width, image.height);
}

}  // namespace test

namespace test {

std::vector<std::string> decode_qr_matrix(const kiosk::QrCode& qr, int pixels_per_module) {
    const int quiet = 4;
    const int side = (qr.size + 2 * quiet) * pixels_per_module;
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(side * side * 4), 255);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int mx = x / pixels_per_module - quiet, my = y / pixels_per_module - quiet;
            if (mx >= 0 && my >= 0 && mx < qr.size && my < qr.size && qr.module(mx, my)) {
                const std::size_t at = static_cast<std::size_t>((y * side + x) * 4);
                rgba[at] = rgba[at + 1] = rgba[at + 2] = 0;
            }
        }
    return decode_qr(rgba, side, side);
}

}  // namespace test
