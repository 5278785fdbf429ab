// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanOptions.h"

#include "HuggingFacePaths.h"

namespace keyscout {

QStringList ScanOptions::defaultExcludeGlobs()
{
    return {
        QStringLiteral("**/node_modules"),    QStringLiteral("**/site-packages"),
        QStringLiteral("**/dist-packages"),   QStringLiteral("**/.git/objects"),
        QStringLiteral("**/.cache/pip"),      QStringLiteral("**/.cache/pypoetry"),
        QStringLiteral("**/.cache/yarn"),     QStringLiteral("**/.cache/go-build"),
        QStringLiteral("**/.npm/_cacache"),   QStringLiteral("**/.conda/pkgs"),
        QStringLiteral("**/miniconda3/pkgs"), QStringLiteral("**/anaconda3/pkgs"),
        QStringLiteral("**/miniforge3/pkgs"), QStringLiteral("**/mambaforge/pkgs"),
        QStringLiteral("**/.cargo/registry"), QStringLiteral("**/.rustup/toolchains"),
        QStringLiteral("**/go/pkg/mod"),      QStringLiteral("**/.m2/repository"),
        QStringLiteral("**/.gradle/caches"),  QStringLiteral("**/.ccache"),
    };
}

ScanOptions ScanOptions::workstation(const QProcessEnvironment& environment, const QString& home,
                                     bool processes)
{
    ScanOptions options;
    options.roots = {home};
    const HuggingFacePaths hf = HuggingFacePaths::resolve(environment, home);
    options.roots += hf.outside(options.roots);
    options.tokenStorePaths = hf.tokenFiles();
    options.processes = processes;
    // Downloaded models: the hub cache first ($HF_HUB_CACHE, else $HF_HOME/hub).
    const QString hub = environment.value(QStringLiteral("HF_HUB_CACHE"));
    options.modelRoots = {hub.isEmpty() ? hf.home + QStringLiteral("/hub") : hub};
    return options;
}

} // namespace keyscout
