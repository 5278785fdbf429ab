// SPDX-License-Identifier: GPL-3.0-or-later
// The matcher (detect/Matcher.h) over the built-in catalogue, bytes in, matches and findings out, as a scan
// of a file calls it (FileSystemScanner::scanBuffer). The first byte picks the file's name, so that rules
// bound to paths (.env, config files, .netrc, code) run too. Checked: matches lie inside the input, in order,
// without overlaps; each finding's secret is the file's bytes at its offset; no mask or context line shows a
// secret whole.
#include "FuzzSupport.h"
#include "sources/FileSystemScanner.h"

#include <array>
#include <vector>

using namespace keyscout;

namespace {

// Paths that rules are bound to (resources/rules: paths), and ordinary ones. make-seeds.py reads this list.
constexpr std::array<std::string_view, 12> kPaths = {
    "/home/user/project/notes.txt",
    "/home/user/project/.env",
    "/home/user/.netrc",
    "/home/user/project/train.py",
    "/home/user/.git-credentials",
    "/home/user/.config/git/credentials",
    "/home/user/.kaggle/kaggle.json",
    "/home/user/.local/share/jupyter/runtime/jpserver-4242.json",
    "/home/user/.local/share/jupyter/runtime/kernel-9f8e.json",
    "/home/user/.config/gcloud/application_default_credentials.json",
    "/home/user/.config/gcloud/legacy_credentials/me@example.com/adc.json",
    "/home/user/.bash_history",
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const std::string_view path = kPaths[data[0] % kPaths.size()];
    const std::string_view file = fuzz::bytes(data + 1, size - 1);
    auto& builtin = fuzz::BuiltinMatcher::instance();
    const Matcher& matcher = builtin.matcher;

    std::vector<Match> whole;
    matcher.scan(file, BufferRegion::whole(file.size()), path, *builtin.scratch, whole);
    size_t previousEnd = 0;
    for (const Match& m : whole) {
        FUZZ_CHECK(m.rule >= 0 && size_t(m.rule) < matcher.rules().size());
        FUZZ_CHECK(m.begin < m.end && m.end <= file.size());
        FUZZ_CHECK(m.begin >= previousEnd);
        previousEnd = m.end;
    }

    const QList<Finding> findings =
        FileSystemScanner::scanBuffer(matcher, file, QString::fromUtf8(path.data(), qsizetype(path.size())));
    fuzz::checkFindings(findings, file, true);
    FUZZ_CHECK(size_t(findings.size()) == whole.size());
    for (const Finding& f : findings) {
        FUZZ_CHECK(f.offset >= 0);
    }
    return 0;
}
