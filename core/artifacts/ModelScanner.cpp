// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelScanner.h"

#include "ByteStream.h"
#include "NumpyHeader.h"
#include "SafetensorsHeader.h"
#include "ZipArchive.h"
#include "findings/Place.h"
#include "sources/OpenForReading.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace keyscout {

namespace {

// torch.save before 1.6 starts with pickle.dump(MAGIC_NUMBER) at protocol 2: PROTO 2, LONG1 of 10 bytes,
// 0x1950a86a20f9469cfc6c little-endian (torch/serialization.py).
constexpr std::string_view kLegacyTorchMagic("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19", 14);

bool looksLikeOldPickle(std::string_view head)
{
    // Protocols 0 and 1 have no PROTO opcode: accept the openings pickle writes for a global, an instance
    // or a container, not any text that starts with "c" or "(". The first byte rules out most files cheaply.
    if (head.empty() || std::string_view("(ci}]").find(head.front()) == std::string_view::npos) {
        return false;
    }
    static const QRegularExpression opening(QStringLiteral(
        R"(^(\(?[ci][A-Za-z_][\w.]*\n[A-Za-z_][\w.]*\n|\((dp|lp)\d+\n|[}\]]q\x00|\(d(p|q|\()|\(l(p|q|\()|\((S'|V|I\d|N|\(|t)))"));
    return opening.match(QString::fromLatin1(head.data(), static_cast<qsizetype>(head.size()))).hasMatch();
}

// joblib.dump wraps each numpy array in a NumpyArrayWrapper whose data follows in the stream.
bool writtenByJoblib(const PickleReport& r)
{
    return std::any_of(r.imports.begin(), r.imports.end(), [](const PickleImport& i) {
        return i.path.endsWith(QLatin1String("numpy_pickle.NumpyArrayWrapper"));
    });
}

// How a compressed pickle starts (joblib.dump with compress=…, joblib/compressor.py): the compression, where
// its stream begins ("ZF" and a 16-character hex length come first in joblib before 0.10), and whether zlib
// reads it here (zlib and gzip). An empty name: not compressed in a way joblib writes.
struct Compression {
    QString name;
    size_t offset = 0;
    bool inflatable = false;
};

Compression compressionOf(std::string_view head)
{
    const auto byte = [&head](size_t i) {
        return i < head.size() ? static_cast<unsigned char>(head[i]) : 0;
    };
    const size_t at = head.substr(0, 2) == "ZF" ? 18 : 0;
    if (byte(at) == 0x78 && ((byte(at) << 8) | byte(at + 1)) % 31 == 0) {
        return {QStringLiteral("zlib"), at, true};
    }
    if (byte(at) == 0x1f && byte(at + 1) == 0x8b && byte(at + 2) == 8) {
        return {QStringLiteral("gzip"), at, true};
    }
    if (head.substr(0, 3) == "BZh") {
        return {QStringLiteral("bz2")};
    }
    if (head.substr(0, 6) == std::string_view("\xfd"
                                              "7zXZ\0",
                                              6)) {
        return {QStringLiteral("xz")};
    }
    if (head.substr(0, 2) == std::string_view("]\0", 2)) {
        return {QStringLiteral("lzma")};
    }
    if (head.substr(0, 4) == std::string_view("\x04\x22\x4d\x18", 4)) {
        return {QStringLiteral("lz4")};
    }
    return {};
}

// Accumulates the pickles of one file into its verdict.
class VerdictBuilder {
public:
    explicit VerdictBuilder(ModelVerdict& v)
        : m_v(v)
    {
    }

    void malformed(const QString& problem)
    {
        m_v.problems << problem;
        m_malformed = true;
    }

    void suspicious(const QString& problem)
    {
        m_v.problems << problem;
        m_suspicious = true;
    }

    // `entry`: the zip entry ("" for the file itself). `sniffed`: chosen by its first bytes only, so a
    // failure to parse with nothing imported means it was data that happens to start like a pickle.
    bool addPickle(const PickleReport& r, const QString& entry, bool sniffed)
    {
        const QString where = entry.isEmpty() ? QString() : QStringLiteral(" of %1").arg(entry);
        if (sniffed && r.malformed && r.imports.isEmpty() && r.pickles == 0) {
            m_v.notes << QStringLiteral("%1 starts like a pickle but is not one (%2)")
                             .arg(entry, r.problems.isEmpty() ? QString() : r.problems.first().message);
            return false;
        }
        m_v.pickles << (entry.isEmpty() ? fileNameOf(m_v.path) : entry);
        for (const PickleImport& i : r.imports) {
            m_v.imports.append({i.path, i.verdict, i.reason, entry, i.opcode, i.offset, i.calls,
                                i.callOpcodes, static_cast<int>(m_v.pickles.size() - 1), i.firstCall});
        }
        for (const PickleCall& c : r.calls) {
            m_v.calls << QStringLiteral("%1  [%2 at byte %3%4]")
                             .arg(c.expression, c.opcode)
                             .arg(c.offset)
                             .arg(where);
        }
        for (const PickleProblem& p : r.problems) {
            m_v.problems << QStringLiteral("%1 (at byte %2%3)").arg(p.message).arg(p.offset).arg(where);
        }
        if (r.malformed) {
            m_malformed = true;
        } else if (!r.problems.isEmpty()) {
            m_suspicious = true; // EXT codes, unresolvable imports, limits, BUILD on a global
        }
        return true;
    }

    void finish(bool safetensors)
    {
        // The import of that class that runs first (the first called, in file order), else the first one.
        auto first = [this](ImportClass c) -> const ModelImport* {
            const ModelImport* called = nullptr;
            const ModelImport* any = nullptr;
            for (const ModelImport& i : std::as_const(m_v.imports)) {
                if (i.verdict != c) {
                    continue;
                }
                any = any != nullptr ? any : &i;
                if (i.calls > 0 && (called == nullptr || std::tie(i.pickle, i.firstCall) <
                                                             std::tie(called->pickle, called->firstCall))) {
                    called = &i;
                }
            }
            return called != nullptr ? called : any;
        };
        const ModelImport* dangerous = first(ImportClass::Dangerous);
        const ModelImport* unknown = first(ImportClass::Unknown);
        const ModelImport* deciding = nullptr;
        if (dangerous != nullptr) {
            m_v.verdict = ModelVerdictKind::Dangerous;
            deciding = dangerous;
            m_v.severity = dangerous->calls > 0 ? Severity::Critical : Severity::High;
        } else if (m_malformed) {
            m_v.verdict = ModelVerdictKind::Malformed;
            deciding = unknown;
            m_v.severity = safetensors ? Severity::Low : Severity::Medium;
        } else if (unknown != nullptr || m_suspicious) {
            m_v.verdict = ModelVerdictKind::Suspicious;
            deciding = unknown;
            m_v.severity = Severity::Medium;
        } else {
            m_v.verdict = ModelVerdictKind::Clean;
            m_v.severity = Severity::Info;
        }
        if (deciding != nullptr) {
            m_v.decidingImport = deciding->path;
            m_v.decidingReason =
                deciding->verdict == ImportClass::Dangerous
                    ? deciding->reason
                    : QStringLiteral("not on the allow-list of torch.load(weights_only=True)");
        }
    }

private:
    ModelVerdict& m_v;
    bool m_malformed = false;
    bool m_suspicious = false;
};

class FileScan {
public:
    FileScan(const ModelScanner::Limits& limits, QFile& file, ModelVerdict& v)
        : m_limits(limits)
        , m_file(file)
        , m_v(v)
        , m_builder(v)
    {
    }

    void run(std::string_view head)
    {
        m_v.format = ModelScanner::sniff(head);
        switch (m_v.format) {
        case ModelFormat::Zip:
            zip();
            break;
        case ModelFormat::LegacyTorch:
            wholeFilePickle(5);
            break;
        case ModelFormat::Pickle:
            wholeFilePickle(m_limits.pickle.maxPickles);
            break;
        case ModelFormat::Numpy:
            numpy();
            break;
        case ModelFormat::Safetensors:
            safetensors();
            break;
        default:
            compressedPickle(head);
            break;
        }
        m_builder.finish(m_v.format == ModelFormat::Safetensors);
    }

private:
    [[nodiscard]] qint64 budget() const
    {
        return std::max<qint64>(0, m_limits.maxBytesPerFile - m_v.bytesRead);
    }

    PickleReport scanPickle(ByteStream& stream, int maxPickles)
    {
        PickleScanner::Limits limits = m_limits.pickle;
        limits.maxBytesRead = std::min(limits.maxBytesRead, budget());
        limits.maxPickles = maxPickles;
        const qint64 before = stream.bytesRead();
        PickleReport r = PickleScanner(limits).scan(stream);
        m_v.bytesRead += stream.bytesRead() - before;
        return r;
    }

    void wholeFilePickle(int maxPickles)
    {
        FileRangeStream stream(m_file, 0, m_file.size());
        const PickleReport r = scanPickle(stream, maxPickles);
        m_builder.addPickle(r, QString(), false);
        if (m_v.format == ModelFormat::Pickle && writtenByJoblib(r)) {
            m_v.format = ModelFormat::Joblib;
        }
        if (m_v.format == ModelFormat::LegacyTorch && r.pickles < 5 && !r.malformed && !r.limitHit) {
            m_builder.malformed(
                QStringLiteral("a legacy PyTorch file holds five pickles, this one %1").arg(r.pickles));
        }
    }

    // joblib.dump(…, compress=…) writes its pickle through zlib (compress=True or a level), gzip, bz2, lzma,
    // xz or lz4 (joblib/compressor.py); joblib before 0.10 wrote "ZF" and a 16-character hex length before a
    // zlib stream. joblib.load unpickles whatever it decompresses, so zlib and gzip are inflated here (within
    // the inflate limit) and judged like any pickle; the others, which Keyscout does not decompress, are
    // reported when the name says joblib or pickle, as not judged.
    void compressedPickle(std::string_view head)
    {
        const Compression compression = compressionOf(head);
        if (compression.inflatable) {
            const auto at = static_cast<qint64>(compression.offset);
            const auto inflated = [&] {
                return InflateStream(m_file, at, m_file.size() - at, m_limits.maxInflated,
                                     InflateStream::Framing::Wrapped);
            };
            InflateStream peek = inflated();
            const ModelFormat inside = ModelScanner::sniff(readUpTo(peek, 64));
            if (inside != ModelFormat::Pickle) {
                return; // compressed, but not a pickle: not a model file
            }
            m_v.format = ModelFormat::Pickle;
            InflateStream stream = inflated();
            const PickleReport r = scanPickle(stream, m_limits.pickle.maxPickles);
            m_builder.addPickle(r, QString(), false);
            if (writtenByJoblib(r)) {
                m_v.format = ModelFormat::Joblib;
            }
            m_v.notes << QStringLiteral("%1-compressed pickle (joblib.dump with compress=…): judged after "
                                        "decompressing it")
                             .arg(compression.name);
            return;
        }
        static const QRegularExpression pickleName(
            QStringLiteral("\\.(joblib|jbl|pkl|pickle)(\\.[a-z0-9]+)?$"),
            QRegularExpression::CaseInsensitiveOption);
        if (!compression.name.isEmpty() && pickleName.match(m_v.path).hasMatch()) {
            m_v.format = ModelFormat::Joblib;
            m_builder.suspicious(QStringLiteral("compressed with %1, which Keyscout does not decompress: not "
                                                "judged, and joblib.load would unpickle it")
                                     .arg(compression.name));
        }
    }

    // A numpy array from `stream` (the file, or a zip entry); object arrays hold a pickle after the header.
    void numpyFrom(ByteStream& stream, const QString& entry)
    {
        const qint64 before = stream.bytesRead();
        const NumpyHeader h = readNumpyHeader(stream);
        m_v.bytesRead += stream.bytesRead() - before;
        const QString where = entry.isEmpty() ? QString() : entry + QStringLiteral(": ");
        if (!h.valid) {
            m_builder.malformed(where + h.problem);
            return;
        }
        if (h.objectDtype) {
            m_v.notes << where +
                             QStringLiteral("object array (descr %1): np.load(allow_pickle=True) loads the "
                                            "pickle that follows its header")
                                 .arg(h.descr);
            m_builder.addPickle(scanPickle(stream, 1), entry, false);
        }
    }

    void numpy()
    {
        FileRangeStream stream(m_file, 0, m_file.size());
        numpyFrom(stream, QString());
    }

    void safetensors()
    {
        const SafetensorsCheck c = checkSafetensors(m_file);
        m_v.bytesRead += c.bytesRead;
        for (const QString& p : c.problems) {
            m_builder.malformed(p);
        }
        if (c.valid) {
            m_v.notes << QStringLiteral("%1 tensors, header of %2 bytes").arg(c.tensors).arg(c.headerLength);
        }
    }

    void zip()
    {
        const ZipArchive archive = ZipArchive::read(m_file);
        m_v.bytesRead += archive.bytesRead();
        if (!archive.isValid()) {
            for (const QString& p : archive.problems()) {
                m_builder.malformed(p);
            }
            return;
        }
        bool torch = false;
        bool numpyEntries = false;
        bool pickles = false;
        for (const ZipEntry& e : archive.entries()) {
            const bool named = e.name.endsWith(QLatin1String(".pkl"));
            torch = torch || e.name.endsWith(QLatin1String("data.pkl")) ||
                    e.name.endsWith(QLatin1String("/byteorder"));
            QString error;
            std::unique_ptr<ByteStream> peek = ZipArchive::open(m_file, e, m_limits.maxInflated, &error);
            if (!peek) {
                if (named) {
                    // A pickle by name that Keyscout cannot read (encrypted, compressed in a way PyTorch does
                    // not write but Python's zipfile loads) makes the archive one to report, not to drop.
                    m_builder.suspicious(QStringLiteral("%1 cannot be read: %2").arg(e.name, error));
                    pickles = true;
                }
                continue;
            }
            const std::string head = readUpTo(*peek, 8);
            m_v.bytesRead += peek->bytesRead();
            peek.reset();
            const bool npy = looksLikeNumpy(head);
            if (!npy && !named && !PickleScanner::looksLikePickle(head)) {
                continue;
            }
            std::unique_ptr<ByteStream> stream = ZipArchive::open(m_file, e, m_limits.maxInflated, &error);
            if (npy) {
                numpyEntries = true;
                numpyFrom(*stream, e.name);
            } else {
                pickles = m_builder.addPickle(scanPickle(*stream, 1), e.name, !named) || pickles;
            }
            if (budget() == 0) {
                m_builder.suspicious(QStringLiteral("stopped after reading %1 bytes (the limit per file)")
                                         .arg(m_limits.maxBytesPerFile));
                break;
            }
        }
        m_v.format = numpyEntries ? ModelFormat::NumpyZip
                     : torch      ? ModelFormat::TorchZip
                     : pickles    ? ModelFormat::Zip
                                  : ModelFormat::Unknown;
        if (m_v.format == ModelFormat::Unknown) {
            return; // an ordinary zip file: none of its problems are a model's
        }
        for (const QString& p : archive.problems()) {
            // Readers that trust local headers and PyTorch, which trusts the central directory, would
            // read different things: a scanner bypass (CVE-2025-1944/1945) or damage, never normal.
            m_builder.suspicious(p);
        }
    }

    const ModelScanner::Limits& m_limits;
    QFile& m_file;
    ModelVerdict& m_v;
    VerdictBuilder m_builder;
};

QString recommendationFor(const ModelVerdict& v)
{
    const QString name = fileNameOf(v.path);
    switch (v.verdict) {
    case ModelVerdictKind::Dangerous:
        return QStringLiteral("Do not load %1: loading it imports %2, which %3. Delete it%4 and tell whoever "
                              "published it; if it was ever loaded, treat this machine as compromised.")
            .arg(name, v.decidingImport, v.decidingReason,
                 v.hub.inCache() ? QStringLiteral(" (the whole snapshot: huggingface-cli delete-cache)")
                                 : QString());
    case ModelVerdictKind::Malformed:
        if (v.format == ModelFormat::Safetensors) {
            return QStringLiteral("The safetensors loader refuses %1 as it is: download it again.").arg(name);
        }
        [[fallthrough]];
    case ModelVerdictKind::Suspicious:
        if (!v.twin.isEmpty()) {
            return QStringLiteral("Load %1 instead: safetensors runs no code. Never load %2 with pickle or "
                                  "torch.load(weights_only=False).")
                .arg(fileNameOf(v.twin), name);
        }
        return QStringLiteral("Do not load %1 unless you trust its author: pickle runs the imports above. "
                              "torch.load(weights_only=True) refuses them.")
            .arg(name);
    case ModelVerdictKind::Clean:
        break;
    }
    if (!v.isPickleBased()) {
        return {};
    }
    if (!v.twin.isEmpty()) {
        return QStringLiteral("%1 holds the same weights as safetensors: load that (transformers: "
                              "use_safetensors=True) and %2 need not be loaded at all.")
            .arg(fileNameOf(v.twin), name);
    }
    if (v.format == ModelFormat::Joblib || v.format == ModelFormat::NumpyZip) {
        return {};
    }
    QString text =
        QStringLiteral("No safetensors twin: convert it (weights_only=True, so the conversion runs "
                       "no code from it): %1")
            .arg(conversionCommand(v.path, safetensorsNameFor(v.path)));
    if (v.hub.inCache() && v.hub.repoType == QLatin1String("model")) {
        text +=
            QStringLiteral(" — or ask the owners of %1: the safetensors/convert Space "
                           "(https://huggingface.co/spaces/safetensors/convert) opens a pull request that "
                           "adds it.")
                .arg(v.hub.repo);
    }
    return text;
}

} // namespace

QString modelFormatId(ModelFormat format)
{
    switch (format) {
    case ModelFormat::TorchZip:
        return QStringLiteral("torch-zip");
    case ModelFormat::LegacyTorch:
        return QStringLiteral("torch-legacy");
    case ModelFormat::Pickle:
        return QStringLiteral("pickle");
    case ModelFormat::Joblib:
        return QStringLiteral("joblib");
    case ModelFormat::Numpy:
        return QStringLiteral("npy");
    case ModelFormat::NumpyZip:
        return QStringLiteral("npz");
    case ModelFormat::Zip:
        return QStringLiteral("zip");
    case ModelFormat::Safetensors:
        return QStringLiteral("safetensors");
    case ModelFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString modelVerdictId(ModelVerdictKind verdict)
{
    switch (verdict) {
    case ModelVerdictKind::Suspicious:
        return QStringLiteral("suspicious");
    case ModelVerdictKind::Malformed:
        return QStringLiteral("malformed");
    case ModelVerdictKind::Dangerous:
        return QStringLiteral("dangerous");
    case ModelVerdictKind::Clean:
        break;
    }
    return QStringLiteral("clean");
}

ModelFormat ModelScanner::sniff(std::string_view head)
{
    if (ZipArchive::looksLikeZip(head)) {
        return ModelFormat::Zip;
    }
    if (head.substr(0, kLegacyTorchMagic.size()) == kLegacyTorchMagic) {
        return ModelFormat::LegacyTorch;
    }
    if (looksLikeNumpy(head)) {
        return ModelFormat::Numpy;
    }
    if (looksLikeSafetensors(head)) {
        return ModelFormat::Safetensors;
    }
    if (PickleScanner::looksLikePickle(head) || looksLikeOldPickle(head)) {
        return ModelFormat::Pickle;
    }
    return ModelFormat::Unknown;
}

namespace {

// Whether a file starting with `head` needs a closer look: a model format, or a compressed pickle's opening.
bool mayBeModel(std::string_view head)
{
    return ModelScanner::sniff(head) != ModelFormat::Unknown || !compressionOf(head).name.isEmpty();
}

} // namespace

ModelVerdict ModelScanner::scanFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        ModelVerdict v;
        v.path = path;
        v.hub = HubCacheLocation::fromPath(path);
        v.problems << QStringLiteral("cannot be read: %1").arg(file.errorString());
        return v;
    }
    return scanOpenFile(file, path);
}

ModelVerdict ModelScanner::scanOpenFile(QFile& file, const QString& path) const
{
    ModelVerdict v;
    v.path = path;
    v.hub = HubCacheLocation::fromPath(path);
    v.size = file.size();
    const QByteArray head = file.read(64);
    v.bytesRead = head.size();
    FileScan(m_limits, file, v).run(std::string_view(head.constData(), static_cast<size_t>(head.size())));
    if (v.isPickleBased()) {
        v.twin = safetensorsTwin(path);
    }
    v.recommendation = recommendationFor(v);
    return v;
}

namespace {

// Walks the folder `root` (a path as the kernel spells it: bytes) without following links to folders, and
// calls `visit` with the path of everything else in it, in the order the folder lists them. Names are bytes
// throughout, so a name that is not UTF-8 is walked like any other (QDirIterator, used before, stopped at one
// under Qt 6.8 and lost every file listed after it). Sub-folders are opened with O_NOFOLLOW: one swapped for
// a link while the walk runs is not followed either.
template <typename Visit>
void walkFolder(const std::string& root, const std::atomic_bool* cancel, Visit&& visit)
{
    std::vector<std::string> pending{root};
    bool first = true;
    while (!pending.empty()) {
        if (cancel != nullptr && cancel->load()) {
            return;
        }
        const std::string folder = std::move(pending.back());
        pending.pop_back();
        const int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (first ? 0 : O_NOFOLLOW);
        first = false;
        const int fd = ::open(folder.c_str(), flags);
        if (fd < 0) {
            continue; // unreadable or gone: the file walk of the same roots reports it
        }
        DIR* listing = ::fdopendir(fd);
        if (listing == nullptr) {
            ::close(fd);
            continue;
        }
        std::vector<std::string> folders;
        while (const dirent* entry = ::readdir(listing)) {
            const std::string_view name(entry->d_name);
            if (name == "." || name == "..") {
                continue;
            }
            std::string path = folder;
            if (path.empty() || path.back() != '/') {
                path += '/';
            }
            path += name;
            unsigned char type = entry->d_type;
            if (type == DT_UNKNOWN) {
                struct stat st {};
                if (::fstatat(::dirfd(listing), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                    continue;
                }
                type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_REG;
            }
            if (type == DT_DIR) {
                folders.push_back(std::move(path));
            } else if (type == DT_REG || type == DT_LNK) {
                // Opened through the folder's descriptor: no lookup of the whole path again.
                visit(path, type == DT_LNK, ::dirfd(listing), entry->d_name);
            }
        }
        ::closedir(listing);
        // Depth first, sub-folders in listing order.
        pending.insert(pending.end(), std::make_move_iterator(folders.rbegin()),
                       std::make_move_iterator(folders.rend()));
    }
}

} // namespace

QList<ModelVerdict> ModelScanner::scanPaths(const QStringList& roots, const std::atomic_bool* cancel) const
{
    // The cache's blobs are read through its snapshots' links, which name the repository and file.
    static const QRegularExpression blobs(QStringLiteral("/(models|datasets|spaces)--[^/]+/blobs/"));
    QList<ModelVerdict> out;
    // One read per blob that several snapshots link to.
    std::unordered_map<std::string, ModelVerdict> byTarget;
    // A path under two roots (the same root twice, nested roots) once.
    std::unordered_set<std::string> visited;
    // Most files are not models: each costs an open, an fstat and one read of its first bytes before anything
    // else is done for it (a folder scan of 40,000 files took three times the CPU when every file was first
    // resolved, placed in the hub cache and set up for judging).
    // `folder` and `name`: the file opened relative to its folder's descriptor (AT_FDCWD and the whole path
    // for a root given as a file).
    auto visit = [&](const std::string& native, bool link, int folder, const char* name) {
        if (!visited.insert(native).second) {
            return;
        }
        struct stat st {};
        // A link is followed only to a regular file: never opened when it leads to a device or a FIFO.
        if (link && (::stat(native.c_str(), &st) != 0 || !S_ISREG(st.st_mode))) {
            return;
        }
        // O_NOATIME where the kernel allows it (the owner, or root): a responder's evidence keeps its access
        // times. O_NONBLOCK: a file swapped for a FIFO meanwhile does not block the scan.
        const int fd = openWithoutAtime(folder, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            return; // gone or unreadable: the file walk of the same roots reports it
        }
        std::array<char, 64> head{};
        const ssize_t got = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 2
                                ? ::pread(fd, head.data(), head.size(), 0)
                                : -1;
        if (got < 2 || !mayBeModel(std::string_view(head.data(), static_cast<size_t>(got)))) {
            ::close(fd);
            return;
        }
        const QString path =
            QFile::decodeName(QByteArray(native.data(), static_cast<qsizetype>(native.size())));
        if (blobs.match(path).hasMatch()) {
            ::close(fd);
            return;
        }
        std::string target = native;
        if (link) {
            char* resolved = ::realpath(native.c_str(), nullptr);
            if (resolved != nullptr) {
                target = resolved;
            }
            std::free(resolved);
        }
        ModelVerdict v;
        const auto it = byTarget.find(target);
        if (it != byTarget.end()) {
            ::close(fd);
            v = it->second;
            v.path = path;
            v.hub = HubCacheLocation::fromPath(path);
            v.twin = v.isPickleBased() ? safetensorsTwin(path) : QString();
            v.recommendation = recommendationFor(v);
            v.bytesRead = 0;
        } else {
            QFile file;
            if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
                ::close(fd);
                return;
            }
            v = scanOpenFile(file, path);
            byTarget.emplace(target, v);
        }
        if (v.format != ModelFormat::Unknown) {
            out << v;
        }
    };
    for (const QString& given : roots) {
        const QString root = QFileInfo(given).absoluteFilePath();
        const QByteArray native = QFile::encodeName(root);
        struct stat st {};
        if (::stat(native.constData(), &st) != 0) {
            continue;
        }
        if (!S_ISDIR(st.st_mode)) {
            const std::string file = native.toStdString();
            visit(file, true, AT_FDCWD, file.c_str());
            continue;
        }
        walkFolder(native.toStdString(), cancel, visit);
    }
    return out;
}

} // namespace keyscout
