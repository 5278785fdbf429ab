// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <string_view>
#include <vector>

namespace keyscout {

// A span of the buffer to show masked, and the text to show instead.
struct MaskedSpan {
    size_t begin = 0;
    size_t end = 0;
    QString mask;
};

// The lines around a secret as a person should see them: every secret span replaced by its mask, long lines
// cut around the secret, control bytes shown as '.'. In binary content only the printable run holding the
// secret is shown.
struct ContextSnippet {
    QStringList lines;
    int linesBefore = 0; // how many of `lines` come before the secret's line

    static ContextSnippet build(std::string_view buffer, size_t secretBegin, size_t secretEnd,
                                const std::vector<MaskedSpan>& masks, bool binary, int around = 2);
};

} // namespace keyscout
