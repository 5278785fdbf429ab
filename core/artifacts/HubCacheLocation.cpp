// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubCacheLocation.h"

#include "findings/Place.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace keyscout {

HubCacheLocation HubCacheLocation::fromPath(const QString& path)
{
    HubCacheLocation l;
    const QStringList parts = QDir::cleanPath(path).split(QLatin1Char('/'));
    for (qsizetype i = parts.size() - 4; i >= 0; --i) {
        const QString& folder = parts.at(i);
        if (parts.at(i + 1) != QLatin1String("snapshots")) {
            continue;
        }
        static const QRegularExpression repoFolder(QStringLiteral("^(models|datasets|spaces)--(.+)$"));
        const QRegularExpressionMatch m = repoFolder.match(folder);
        if (!m.hasMatch()) {
            continue;
        }
        const QString type = m.captured(1);
        l.repoType = type.left(type.size() - 1);
        // Hub names cannot contain "--", so the separator is unambiguous (huggingface_hub repo_folder_name).
        l.repo = m.captured(2).replace(QLatin1String("--"), QLatin1String("/"));
        l.revision = parts.at(i + 2);
        l.file = parts.mid(i + 3).join(QLatin1Char('/'));
        l.snapshot = parts.mid(0, i + 3).join(QLatin1Char('/'));
        return l;
    }
    return l;
}

QString safetensorsNameFor(const QString& path)
{
    QString name = fileNameOf(path);
    static const QRegularExpression suffix(QStringLiteral("\\.(bin|pt|pth|ckpt|pkl)$"));
    name.replace(suffix, QString());
    if (name.startsWith(QLatin1String("pytorch_model"))) {
        name = QStringLiteral("model") + name.mid(13);
    }
    return name + QStringLiteral(".safetensors");
}

QString safetensorsTwin(const QString& path)
{
    const QFileInfo info(path);
    const QDir dir = info.dir();
    QString expected = dir.filePath(safetensorsNameFor(path));
    if (QFileInfo::exists(expected)) {
        return expected;
    }
    QString index = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    if (fileNameOf(path).startsWith(QLatin1String("pytorch_model")) && QFileInfo::exists(index)) {
        return index;
    }
    const QStringList any = dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name);
    return any.isEmpty() ? QString() : dir.filePath(any.first());
}

namespace {

// A Python string literal inside a shell single-quoted argument.
QString pythonLiteral(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    s.replace(QLatin1Char('\''), QLatin1String("'\"'\"'")); // leave the shell quote, add one, go back in
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

QString conversionCommand(const QString& path, const QString& output)
{
    // weights_only=True: the conversion itself never runs code from the pickle; clone() unties shared
    // tensors, which save_file refuses.
    return QStringLiteral("python3 -c 'import torch; from safetensors.torch import save_file; "
                          "sd = torch.load(%1, map_location=\"cpu\", weights_only=True); "
                          "save_file({k: v.clone().contiguous() for k, v in sd.items()}, %2, "
                          "metadata={\"format\": \"pt\"})'")
        .arg(pythonLiteral(path), pythonLiteral(output));
}

} // namespace keyscout
