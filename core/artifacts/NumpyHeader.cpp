// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumpyHeader.h"

#include "ByteStream.h"

#include <QRegularExpression>

namespace keyscout {

bool looksLikeNumpy(std::string_view head)
{
    return head.size() >= 6 && head.substr(0, 6) == std::string_view("\x93NUMPY", 6);
}

NumpyHeader readNumpyHeader(ByteStream& stream)
{
    NumpyHeader h;
    const std::string start = readUpTo(stream, 8);
    if (!looksLikeNumpy(start) || start.size() < 8) {
        h.problem = QStringLiteral("not a .npy array (no \\x93NUMPY magic)");
        return h;
    }
    const int major = static_cast<unsigned char>(start[6]);
    if (major < 1 || major > 3) {
        h.problem = QStringLiteral("unknown .npy format version %1").arg(major);
        return h;
    }
    const int lengthBytes = major == 1 ? 2 : 4;
    const std::string lengthField = readUpTo(stream, lengthBytes);
    if (static_cast<int>(lengthField.size()) != lengthBytes) {
        h.problem = QStringLiteral("truncated .npy header");
        return h;
    }
    qint64 length = 0;
    for (int i = lengthBytes - 1; i >= 0; --i) {
        length = (length << 8) | static_cast<unsigned char>(lengthField[static_cast<size_t>(i)]);
    }
    if (length > (qint64(1) << 20)) {
        h.problem = QStringLiteral(".npy header of %1 bytes is implausibly long").arg(length);
        return h;
    }
    const std::string text = readUpTo(stream, length);
    if (static_cast<qint64>(text.size()) != length) {
        h.problem = QStringLiteral("truncated .npy header");
        return h;
    }
    h.dataOffset = 8 + lengthBytes + length;
    const QString dict = QString::fromLatin1(text);
    // 'descr': '<f4'  or  'descr': [('a', '<i4'), ('b', 'O')]
    static const QRegularExpression descr(QStringLiteral(R"('descr'\s*:\s*('[^']*'|\[.*\]))"));
    const QRegularExpressionMatch m = descr.match(dict);
    if (!dict.trimmed().startsWith(QLatin1Char('{')) || !m.hasMatch()) {
        h.problem = QStringLiteral("the .npy header has no 'descr'");
        return h;
    }
    h.descr = m.captured(1);
    static const QRegularExpression object(QStringLiteral(R"('[<>|=]?O\d*')"));
    h.objectDtype = object.match(h.descr).hasMatch();
    h.valid = true;
    return h;
}

} // namespace keyscout
