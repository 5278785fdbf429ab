// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QStringList>

namespace keyscout {

// The result of checking a safetensors file's header against the format (huggingface/safetensors: an 8-byte
// little-endian header length N ≤ 100,000,000 with 8 + N ≤ file size, a JSON object of tensors
// {dtype, shape, data_offsets} and an optional "__metadata__" of strings; data offsets contiguous from 0,
// in order, without holes or overlaps, each the size of its shape times its dtype, the last ending at the end
// of the file). Only the header is read: a multi-gigabyte file costs one small read.
struct SafetensorsCheck {
    bool valid = false;
    qint64 headerLength = 0;
    int tensors = 0;
    QStringList problems;
    qint64 bytesRead = 0;
};

SafetensorsCheck checkSafetensors(QFile& file);

// Whether `head` (at least 9 bytes) starts like a safetensors file: a plausible header length, then '{'.
bool looksLikeSafetensors(std::string_view head);

} // namespace keyscout
