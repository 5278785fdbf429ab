// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyscout {

// Where a file sits in a Hugging Face hub cache (shared/FACTS.md:
// `models--ORG--NAME/snapshots/<commit>/<path>`, also `datasets--` and `spaces--`), from its path alone.
struct HubCacheLocation {
    QString repoType; // "model", "dataset", "space"; empty: not in a hub cache
    QString repo;     // "ORG/NAME" (or "NAME" for repositories without an owner)
    QString revision; // the snapshot folder: a commit id
    QString file;     // the path inside the repository
    QString snapshot; // the snapshot folder itself

    [[nodiscard]] bool inCache() const { return !repoType.isEmpty(); }

    static HubCacheLocation fromPath(const QString& path);
};

// The safetensors file that holds the same weights as the pickle `path`, in the same folder: the name
// transformers gives it (pytorch_model.bin → model.safetensors, pytorch_model-00001-of-00002.bin →
// model-00001-of-00002.safetensors, X.bin/.pt/.pth/.ckpt → X.safetensors), else the sharded index, else any
// .safetensors file there. Empty when there is none.
QString safetensorsTwin(const QString& path);

// A command that converts the pickle at `path` to safetensors without running code from it
// (torch.load(weights_only=True) then safetensors.torch.save_file), writing `output`.
QString conversionCommand(const QString& path, const QString& output);
// The file name the conversion should write (the name transformers looks for).
QString safetensorsNameFor(const QString& path);

} // namespace keyscout
