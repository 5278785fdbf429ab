// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace keyscout {

// Where huggingface_hub keeps tokens on this machine, resolved as it resolves them (shared/FACTS.md:
// constants.py): HF_HOME is $HF_HOME, else $XDG_CACHE_HOME/huggingface, else ~/.cache/huggingface; the
// active token is $HF_TOKEN_PATH, else $HF_HOME/token; every saved token is in $HF_HOME/stored_tokens; old
// versions wrote ~/.huggingface/token; the staging hub uses ~/.cache/huggingface_staging.
struct HuggingFacePaths {
    QString home;
    QString token;
    QString storedTokens;
    QString legacyToken;
    QString stagingToken;

    static HuggingFacePaths resolve(const QProcessEnvironment& environment, const QString& userHome);

    // The token files, for classifying them whatever they are named ($HF_TOKEN_PATH may be any file).
    [[nodiscard]] QStringList tokenFiles() const;
    // Folders and files of the store that are not under any of `roots`: a scan of "this workstation" adds
    // them, so a store moved out of the home folder is still read.
    [[nodiscard]] QStringList outside(const QStringList& roots) const;
};

} // namespace keyscout
