// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HubCacheLocation.h"
#include "ImportPolicy.h"
#include "findings/Severity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace keyscout {

// What a model file's content is, found by its bytes, never its name.
enum class ModelFormat {
    Unknown = 0,
    TorchZip,    // torch.save's zip archive (data.pkl and tensor entries)
    LegacyTorch, // torch.save before 1.6: a magic number, then five pickles and raw storages
    Pickle,      // a pickle stream (.pkl, .pt, .bin of any protocol)
    Joblib,      // joblib.dump: a pickle with numpy arrays written between its opcodes
    Numpy,       // numpy .npy
    NumpyZip,    // numpy .npz (a zip of .npy)
    Zip,         // another zip holding pickles
    Safetensors,
};

// Ordered: a larger value is worse.
enum class ModelVerdictKind { Clean = 0, Suspicious, Malformed, Dangerous };

QString modelFormatId(ModelFormat format);        // "torch-zip", stable: JSON
QString modelVerdictId(ModelVerdictKind verdict); // "dangerous", stable: JSON

// One import of a pickle in the file, with the zip entry it is in.
struct ModelImport {
    QString path; // "posix.system"
    ImportClass verdict = ImportClass::Unknown;
    QString reason;
    QString entry;  // zip entry name; empty for a plain pickle
    QString opcode; // how it was imported
    qint64 offset = 0;
    int calls = 0;
    QStringList callOpcodes;
    int pickle = 0;        // index in ModelVerdict::pickles
    qint64 firstCall = -1; // byte offset of its first call in that pickle
};

// Keyscout's judgement of one model file.
struct ModelVerdict {
    QString path;
    ModelFormat format = ModelFormat::Unknown;
    ModelVerdictKind verdict = ModelVerdictKind::Clean;
    Severity severity = Severity::Info;
    QList<ModelImport> imports;
    QStringList calls;      // what loading it would call, outside the allow-list, as Python, in order
    QString decidingImport; // the import that decided the verdict ("posix.system"), if one did
    QString decidingReason; // why ("runs commands and touches files")
    QStringList pickles;    // the pickles read ("archive/data.pkl", or the file itself)
    QStringList problems;   // malformed or evasive structure, with byte offsets
    QStringList notes;      // facts that did not change the verdict
    HubCacheLocation hub;
    QString twin;           // the safetensors file with the same weights, when there is one
    QString recommendation; // what to do, with the exact command where there is one
    qint64 size = 0;
    qint64 bytesRead = 0; // bytes read from the disk to decide

    [[nodiscard]] bool isPickleBased() const
    {
        return format != ModelFormat::Unknown && format != ModelFormat::Safetensors &&
               format != ModelFormat::Numpy;
    }
};

} // namespace keyscout
