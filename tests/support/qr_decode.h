// Reads QR codes back with a real decoder (zbar), never trusting that what we drew is right.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "output/qr.h"

namespace test {

// Decodes every QR code in an RGBA image.
std::vector<std::string> decode_qr(const std::vector<std::uint8_t>& rgba, int width, int height);
std::vector<std::string> decode_qr_png(const std::string& path);
// Draws a QR matrix as an image (with quiet zone) and decodes it.
std::vector<std::string> decode_qr_matrix(const kiosk::QrCode& qr, int pixels_per_module = 4);

}  // namespace test
