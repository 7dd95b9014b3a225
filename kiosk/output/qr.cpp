#include "output/qr.h"

#include <qrencode.h>

#include <memory>
#include <stdexcept>

namespace kiosk {

QrCode make_qr(const std::string& text) {
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) throw std::runtime_error("QR-code kan niet gemaakt worden: de link is te lang");
    QrCode qr;
    qr.version = code->version;
    qr.size = code->width;
    qr.dark.resize(static_cast<std::size_t>(code->width * code->width));
    for (std::size_t i = 0; i < qr.dark.size(); ++i) qr.dark[i] = (code->data[i] & 1) != 0;
    return qr;
}

}  // namespace kiosk
