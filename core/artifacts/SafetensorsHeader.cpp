// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetensorsHeader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <vector>

namespace keyscout {

namespace {

constexpr quint64 kMaxHeader = 100'000'000;

// Bits per element of each dtype the format defines (safetensors/src/tensor.rs Dtype).
int dtypeBits(const QString& dtype)
{
    static const QHash<QString, int> bits{
        {QStringLiteral("BOOL"), 8},    {QStringLiteral("U8"), 8},      {QStringLiteral("I8"), 8},
        {QStringLiteral("F8_E5M2"), 8}, {QStringLiteral("F8_E4M3"), 8}, {QStringLiteral("F8_E8M0"), 8},
        {QStringLiteral("I16"), 16},    {QStringLiteral("U16"), 16},    {QStringLiteral("F16"), 16},
        {QStringLiteral("BF16"), 16},   {QStringLiteral("I32"), 32},    {QStringLiteral("U32"), 32},
        {QStringLiteral("F32"), 32},    {QStringLiteral("F64"), 64},    {QStringLiteral("I64"), 64},
        {QStringLiteral("U64"), 64},    {QStringLiteral("C64"), 64},    {QStringLiteral("F4"), 4},
        {QStringLiteral("F6_E2M3"), 6}, {QStringLiteral("F6_E3M2"), 6},
    };
    return bits.value(dtype, 0);
}

quint64 le64(const char* p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i) {
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    }
    return v;
}

// A JSON number that is a count or an offset: a non-negative integer that fits 64 bits (converting any other
// double to quint64 is undefined).
bool toCount(const QJsonValue& value, quint64* out)
{
    const double v = value.toDouble(-1);
    if (!value.isDouble() || !(v >= 0) || v >= 18446744073709551616.0 || v != std::floor(v)) {
        return false;
    }
    *out = static_cast<quint64>(v);
    return true;
}

struct Span {
    QString name;
    quint64 begin = 0;
    quint64 end = 0;
};

} // namespace

bool looksLikeSafetensors(std::string_view head)
{
    if (head.size() < 9) {
        return false;
    }
    const quint64 n = le64(head.data());
    return n >= 2 && n <= kMaxHeader && head[8] == '{';
}

SafetensorsCheck checkSafetensors(QFile& file)
{
    SafetensorsCheck check;
    const qint64 size = file.size();
    auto problem = [&check](const QString& text) {
        check.problems << text;
    };
    if (size < 8 || !file.seek(0)) {
        problem(QStringLiteral("shorter than the 8-byte header length"));
        return check;
    }
    const QByteArray lengthBytes = file.read(8);
    check.bytesRead += lengthBytes.size();
    const quint64 n = le64(lengthBytes.constData());
    if (n > kMaxHeader) {
        problem(QStringLiteral("header length %1 is over the format's limit of 100,000,000 bytes").arg(n));
        return check;
    }
    if (8 + n > static_cast<quint64>(size)) {
        problem(QStringLiteral("header length %1 runs past the end of the file (%2 bytes)").arg(n).arg(size));
        return check;
    }
    check.headerLength = static_cast<qint64>(n);
    const QByteArray header = file.read(static_cast<qint64>(n));
    check.bytesRead += header.size();
    if (!header.startsWith('{')) {
        problem(QStringLiteral("the header does not start with '{'"));
        return check;
    }
    QJsonParseError error{};
    // The writer pads the header with spaces to an 8-byte boundary.
    const QJsonDocument doc = QJsonDocument::fromJson(header, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problem(QStringLiteral("the header is not a JSON object (%1 at byte %2)")
                    .arg(error.errorString())
                    .arg(8 + error.offset));
        return check;
    }
    const quint64 buffer = static_cast<quint64>(size) - 8 - n;
    const QJsonObject tensors = doc.object();
    std::vector<Span> spans;
    for (auto it = tensors.begin(); it != tensors.end(); ++it) {
        const QString& name = it.key();
        if (name == QLatin1String("__metadata__")) {
            if (!it.value().isObject()) {
                problem(QStringLiteral("__metadata__ is not an object"));
                continue;
            }
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString()) {
                    problem(QStringLiteral("__metadata__ value of \"%1\" is not a string").arg(m.key()));
                }
            }
            continue;
        }
        ++check.tensors;
        const QJsonObject t = it.value().toObject();
        const int bits = dtypeBits(t.value(QLatin1String("dtype")).toString());
        if (!it.value().isObject() || bits == 0) {
            problem(
                QStringLiteral("%1: unknown dtype %2")
                    .arg(name, QString::fromUtf8(QJsonDocument(QJsonArray{t.value(QLatin1String("dtype"))})
                                                     .toJson(QJsonDocument::Compact))));
            continue;
        }
        const QJsonValue shapeValue = t.value(QLatin1String("shape"));
        const QJsonValue offsetsValue = t.value(QLatin1String("data_offsets"));
        if (!shapeValue.isArray() || !offsetsValue.isArray() || offsetsValue.toArray().size() != 2) {
            problem(QStringLiteral("%1: shape or data_offsets missing or not arrays").arg(name));
            continue;
        }
        bool shapeOk = true;
        quint64 elements = 1;
        for (const auto& d : shapeValue.toArray()) {
            quint64 dimension = 0;
            if (!toCount(d, &dimension) || __builtin_mul_overflow(elements, dimension, &elements)) {
                shapeOk = false;
            }
        }
        const QJsonArray offsets = offsetsValue.toArray();
        quint64 begin = 0;
        quint64 end = 0;
        if (!shapeOk || !toCount(offsets.at(0), &begin) || !toCount(offsets.at(1), &end) || begin > end) {
            problem(
                QStringLiteral("%1: shape or data_offsets are not non-negative integers in order").arg(name));
            continue;
        }
        quint64 bitsTotal = 0;
        if (__builtin_mul_overflow(elements, static_cast<quint64>(bits), &bitsTotal) || bitsTotal % 8 != 0 ||
            bitsTotal / 8 != end - begin) {
            problem(QStringLiteral("%1: data_offsets span %2 bytes, its shape and dtype need %3")
                        .arg(name)
                        .arg(end - begin)
                        .arg(bitsTotal / 8));
        }
        spans.push_back({name, begin, end});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) {
        return std::tie(x.begin, x.end) < std::tie(y.begin, y.end);
    });
    quint64 expected = 0;
    for (const Span& s : spans) {
        if (s.begin < expected) {
            problem(QStringLiteral("%1 overlaps the tensor before it (bytes %2–%3)")
                        .arg(s.name)
                        .arg(s.begin)
                        .arg(s.end));
        } else if (s.begin > expected) {
            problem(QStringLiteral("a hole of %1 bytes before %2").arg(s.begin - expected).arg(s.name));
        }
        expected = std::max(expected, s.end);
    }
    if (expected != buffer) {
        problem(QStringLiteral("the tensors end at byte %1 of the data, the file holds %2")
                    .arg(expected)
                    .arg(buffer));
    }
    check.valid = check.problems.isEmpty();
    return check;
}

} // namespace keyscout
