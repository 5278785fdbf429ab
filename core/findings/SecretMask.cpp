// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretMask.h"

namespace keyscout {

QString maskSecret(std::string_view secret, std::string_view prefix)
{
    std::string_view head;
    if (!prefix.empty() && secret.substr(0, prefix.size()) == prefix) {
        head = prefix;
        secret.remove_prefix(prefix.size());
    }
    // Show at most an eighth of the body on each side, never more than four characters: a short secret
    // shows nothing at all.
    const size_t show = std::min<size_t>(4, secret.size() / 8);
    QString out = QString::fromUtf8(head.data(), static_cast<qsizetype>(head.size()));
    out += QString::fromUtf8(secret.data(), static_cast<qsizetype>(show));
    out += QChar(0x2026); // …
    out += QString::fromUtf8(secret.data() + secret.size() - show, static_cast<qsizetype>(show));
    return out;
}

} // namespace keyscout
