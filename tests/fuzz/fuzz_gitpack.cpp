// SPDX-License-Identifier: GPL-3.0-or-later
// A cloned repository's pack files as the git history scan reads them itself, without libgit2
// (sources/git/PackIndex.h, PackObjectReader.h): the .idx (version 2) and the entry headers of the .pack,
// each type's delta forest, then every commit, tree and blob rebuilt from its deltas. The input is a 4-byte
// little-endian length, the .idx of that length, then the .pack.
#include "FuzzSupport.h"
#include "sources/git/PackIndex.h"
#include "sources/git/PackObjectReader.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace keyscout;

namespace {

void write(const QString& path, std::string_view bytes)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    static QTemporaryDir* dir = [] {
        // One folder for the whole run, in memory where there is /dev/shm: two files are written per input.
        const QString shm = QStringLiteral("/dev/shm");
        auto* d = QFileInfo(shm).isWritable()
                      ? new QTemporaryDir(shm + QStringLiteral("/keyscout-fuzz-XXXXXX"))
                      : new QTemporaryDir;
        FUZZ_CHECK(d->isValid() && QDir(d->path()).mkpath(QStringLiteral("objects/pack")));
        return d;
    }();
    if (size < 4) {
        return 0;
    }
    const std::string_view input = fuzz::bytes(data, size);
    const size_t indexLength = std::min<size_t>(size - 4, data[0] | (data[1] << 8) | (data[2] << 16));
    const QString objects = dir->filePath(QStringLiteral("objects"));
    write(objects + QStringLiteral("/pack/pack-fuzz.idx"), input.substr(4, indexLength));
    write(objects + QStringLiteral("/pack/pack-fuzz.pack"), input.substr(4 + indexLength));

    const git::PackIndex index(objects);
    FUZZ_CHECK(index.packCount() + index.problems().size() == 1);
    index.forEachObject([&](const git_oid& id, const git::PackIndex::Location& where) {
        git::PackIndex::Location found;
        if (where.type != GIT_OBJECT_INVALID && index.find(id, &found)) {
            FUZZ_CHECK(found.type == where.type && found.node == where.node);
        }
    });
    for (quint32 pack = 0; pack < index.packCount(); ++pack) {
        for (const git_object_t type : {GIT_OBJECT_COMMIT, GIT_OBJECT_TREE, GIT_OBJECT_BLOB}) {
            const std::vector<git::PackIndex::Node>& nodes = index.forest(pack, type);
            for (quint32 n = 0; n < nodes.size(); ++n) {
                FUZZ_CHECK(nodes[n].subtreeEnd > n && nodes[n].subtreeEnd <= nodes.size());
                FUZZ_CHECK(nodes[n].base == git::PackIndex::kNone || nodes[n].base < n);
            }
            const std::vector<bool> wanted(nodes.size(), true);
            std::vector<int> seen(nodes.size(), 0);
            git::PackObjectReader reader(index, pack, type, qint64(1) << 20);
            const auto count = quint32(nodes.size());
            reader.read(
                0, count, wanted,
                [&](quint32 node, std::string_view bytes) {
                    FUZZ_CHECK(node < count && bytes.size() == nodes[node].size);
                    ++seen[node];
                },
                [&](quint32 node) {
                    FUZZ_CHECK(node < count);
                    ++seen[node];
                },
                nullptr);
            for (const int s : seen) {
                FUZZ_CHECK(s == 1); // every wanted object is either found or handed on, once
            }
        }
    }
    return 0;
}
