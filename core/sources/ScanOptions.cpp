// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanOptions.h"

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

} // namespace keyscout
