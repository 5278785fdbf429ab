// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelVerdict.h"
#include "PickleScanner.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <atomic>
#include <string_view>

namespace keyscout {

// Judges model files without loading them: sniffs the format from the content, reads each pickle with
// PickleScanner (every pickle entry of a zip, entry by entry, tensor data skipped), checks safetensors
// headers, and places the file in the Hugging Face cache with its safetensors twin or a conversion command.
class ModelScanner {
public:
    struct Limits {
        qint64 maxBytesPerFile = qint64(512) << 20; // bytes read from one file (tensor data is skipped)
        qint64 maxInflated = qint64(1) << 30;       // bytes inflated from one compressed zip entry
        PickleScanner::Limits pickle;
    };

    ModelScanner() = default;
    explicit ModelScanner(const Limits& limits)
        : m_limits(limits)
    {
    }

    // The verdict of one file; format Unknown (and verdict Clean) when it is not a model file.
    [[nodiscard]] ModelVerdict scanFile(const QString& path) const;

    // Every model file under `roots` (files or folders; symbolic links to files are followed, as the hub
    // cache's snapshots are links to its blobs, and blobs/ folders are then not read twice). Stops between
    // files when `cancel` becomes true.
    [[nodiscard]] QList<ModelVerdict> scanPaths(const QStringList& roots,
                                                const std::atomic_bool* cancel = nullptr) const;

    // The format `head` (the first 64 bytes or fewer) starts like.
    static ModelFormat sniff(std::string_view head);

private:
    [[nodiscard]] ModelVerdict scanOpenFile(QFile& file, const QString& path) const;

    Limits m_limits;
};

} // namespace keyscout
