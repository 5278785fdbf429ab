// SPDX-License-Identifier: GPL-3.0-or-later
// How long the UI thread goes without running its event loop while the window scans a large tree.
//
//     bench_gui_stall --tree DIR [--runs N] [--all-files] [--no-interaction] [--browse S] [--timeout S]
//
// A 1 ms precise timer on the UI thread records the gap between its consecutive wake-ups: an idle loop wakes
// every ~1 ms, so a gap of G ms means the loop was busy (inserting rows, filtering, painting, showing the
// detail) for about G ms and no input or paint could be handled meanwhile. While the scan runs, a simulated
// person types into the filter every 200 ms, pauses so the debounced filter applies, and walks the findings
// with the arrow keys, so filtering and selection cost is part of the figure. Scans of a warm tree are often
// over within a second, before a typed word is applied, so the same person then goes on for a few seconds on
// the full results ("browse", reported apart). The same probe on the same window, idle for as long as the
// scan took, is the reference (timer and scheduler noise of this machine).
//
// Reports figures and never fails on a timing: exit 0 when every run completed, 1 when a scan failed or timed
// out, 2 on a usage error. The last line, BENCH_JSON {...}, holds every figure.
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "MainWindow.h"
#include "ResultsPage.h"
#include "ScanController.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <vector>

using namespace keyscout;

namespace {

constexpr double kTargetLongestStallMs = 50.0; // the target
constexpr double kFrameMs = 16.0;              // one frame at 60 Hz
constexpr int kProbeIntervalMs = 1;
constexpr int kPersonStepMs = 200;
constexpr int kSettleMs = 100; // after "finished": the last summary update and repaint

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Stall {
    double endMs = 0; // since the probe started
    double gapMs = 0;
    // UI-thread CPU time within the gap. Much less than the gap: it waited (for a core, for a lock).
    double cpuMs = 0;
    int secretsAtEnd = 0;
};

struct ProbeFigures {
    double durationMs = 0;
    double uiCpuMs = 0; // CPU time of the UI thread: a stall with little CPU is a wait, not work
    qint64 wakeUps = 0;
    double longestMs = 0;
    double p99Ms = 0;
    int over16 = 0;
    int over50 = 0;
    std::vector<Stall> worst; // longest first, at most five

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonArray worstJson;
        for (const Stall& s : worst) {
            worstJson.append(QJsonObject{{QStringLiteral("at_ms"), std::round(s.endMs - s.gapMs)},
                                         {QStringLiteral("gap_ms"), s.gapMs},
                                         {QStringLiteral("ui_cpu_ms"), s.cpuMs},
                                         {QStringLiteral("secrets_after"), s.secretsAtEnd}});
        }
        return {{QStringLiteral("duration_ms"), durationMs}, {QStringLiteral("ui_thread_cpu_ms"), uiCpuMs},
                {QStringLiteral("wake_ups"), wakeUps},       {QStringLiteral("longest_stall_ms"), longestMs},
                {QStringLiteral("p99_gap_ms"), p99Ms},       {QStringLiteral("gaps_over_16ms"), over16},
                {QStringLiteral("gaps_over_50ms"), over50},  {QStringLiteral("worst_stalls"), worstJson}};
    }
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Wakes up every millisecond on the UI thread and keeps the gaps between wake-ups. A precise timer, because a
// coarse one may be shifted by up to 5% of its interval and the gap would then mean less.
class EventLoopProbe : public QObject {
public:
    explicit EventLoopProbe(std::function<int()> secretCount)
        : m_secretCount(std::move(secretCount))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::wakeUp);
    }

    void start()
    {
        m_gapsNs.clear();
        m_stalls.clear();
        m_cpuAtStartMs = threadCpuMs();
        m_lastCpuMs = m_cpuAtStartMs;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }

    ProbeFigures stop()
    {
        m_timer.stop();
        ProbeFigures f;
        f.durationMs = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
        f.uiCpuMs = threadCpuMs() - m_cpuAtStartMs;
        f.wakeUps = static_cast<qint64>(m_gapsNs.size());
        if (m_gapsNs.empty()) {
            return f;
        }
        std::vector<qint64> sorted = m_gapsNs;
        std::sort(sorted.begin(), sorted.end());
        const auto p99Index = static_cast<size_t>(std::ceil(0.99 * static_cast<double>(sorted.size()))) - 1;
        f.longestMs = static_cast<double>(sorted.back()) / 1e6;
        f.p99Ms = static_cast<double>(sorted[p99Index]) / 1e6;
        f.over16 = static_cast<int>(
            std::count_if(sorted.begin(), sorted.end(), [](qint64 g) { return g > qint64(kFrameMs * 1e6); }));
        f.over50 = static_cast<int>(std::count_if(
            sorted.begin(), sorted.end(), [](qint64 g) { return g > qint64(kTargetLongestStallMs * 1e6); }));
        f.worst = m_stalls;
        std::sort(f.worst.begin(), f.worst.end(),
                  [](const Stall& a, const Stall& b) { return a.gapMs > b.gapMs; });
        f.worst.resize(std::min<size_t>(f.worst.size(), 5));
        return f;
    }

private:
    void wakeUp()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 gap = now - m_lastNs;
        const double cpu = threadCpuMs();
        m_gapsNs.push_back(gap);
        m_lastNs = now;
        if (gap > qint64(kFrameMs * 1e6)) {
            // The row count right after a stall hints at what the loop was doing (a batch, a filter pass).
            m_stalls.push_back({static_cast<double>(now) / 1e6, static_cast<double>(gap) / 1e6,
                                cpu - m_lastCpuMs, m_secretCount()});
        }
        m_lastCpuMs = cpu;
    }

    std::function<int()> m_secretCount;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_cpuAtStartMs = 0;
    double m_lastCpuMs = 0;
    std::vector<qint64> m_gapsNs;
    std::vector<Stall> m_stalls;
};

// A person using the window while the scan runs: every 200 ms one key, pressed in the findings tree (down,
// into a secret's places, page down) or typed into the filter (a word, a pause long enough for the 300 ms
// debounce to apply it, the word erased again, another pause). Keys are posted, as the window system would
// deliver them, so their handling happens in the event loop the probe watches.
class SimulatedPerson : public QObject {
public:
    SimulatedPerson(QLineEdit* filter, QTreeView* tree)
        : m_filter(filter)
        , m_tree(tree)
    {
        // Words that match nearly every secret (hf_), many places (env, projects), few (history) or none.
        const QStringList words{QStringLiteral("hf_"), QStringLiteral("env"), QStringLiteral("history"),
                                QStringLiteral("projects"), QStringLiteral("zqx")};
        for (const QString& word : words) {
            addTreeKeys({Qt::Key_Down, Qt::Key_Down});
            for (const QChar c : word) {
                m_script.push_back({Target::Filter, c.toUpper().unicode(), QString(c)});
            }
            addPause(2); // 400 ms: the debounced filter applies
            addTreeKeys({Qt::Key_Down, Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown});
            for (qsizetype i = 0; i < word.size(); ++i) {
                m_script.push_back({Target::Filter, Qt::Key_Backspace, QString()});
            }
            addPause(2);
            addTreeKeys({Qt::Key_Left, Qt::Key_Down});
        }
        m_timer.setInterval(kPersonStepMs);
        connect(&m_timer, &QTimer::timeout, this, &SimulatedPerson::step);
    }

    void start()
    {
        m_next = 0;
        m_filterKeys = 0;
        m_treeKeys = 0;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_filter->clear();
    }
    [[nodiscard]] int filterKeys() const { return m_filterKeys; }
    [[nodiscard]] int treeKeys() const { return m_treeKeys; }

private:
    enum class Target { Filter, Tree, Nobody };
    struct Key {
        Target target;
        int key;
        QString text;
    };

    void addPause(int steps)
    {
        for (int i = 0; i < steps; ++i) {
            m_script.push_back({Target::Nobody, 0, QString()});
        }
    }
    void addTreeKeys(std::initializer_list<Qt::Key> keys)
    {
        for (Qt::Key k : keys) {
            m_script.push_back({Target::Tree, k, QString()});
        }
    }

    void step()
    {
        const Key& k = m_script[m_next];
        m_next = (m_next + 1) % m_script.size();
        if (k.target == Target::Nobody) {
            return;
        }
        QWidget* target = k.target == Target::Filter ? static_cast<QWidget*>(m_filter) : m_tree;
        if (!target->hasFocus()) {
            target->setFocus(Qt::MouseFocusReason); // the person clicked there first
        }
        QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, k.key, Qt::NoModifier, k.text));
        QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyRelease, k.key, Qt::NoModifier, k.text));
        ++(k.target == Target::Filter ? m_filterKeys : m_treeKeys);
    }

    QLineEdit* m_filter;
    QTreeView* m_tree;
    QTimer m_timer;
    std::vector<Key> m_script;
    size_t m_next = 0;
    int m_filterKeys = 0;
    int m_treeKeys = 0;
};

struct RunFigures {
    ProbeFigures scan;
    ProbeFigures browse; // after the scan, the person again on the full results
    ProbeFigures idle;
    double scanWallMs = 0;
    qint64 files = 0;
    qint64 bytes = 0;
    qint64 findings = 0;
    int batches = 0;
    int secrets = 0;
    int places = 0;
    int rowsShown = 0;
    int filterKeys = 0;
    int treeKeys = 0;
    int browseFilterKeys = 0;
    int browseTreeKeys = 0;
    bool cancelled = false;
    QStringList errors;
    bool timedOut = false;

    [[nodiscard]] bool completed() const { return !timedOut && !cancelled && errors.isEmpty(); }

    [[nodiscard]] QJsonObject toJson() const
    {
        return {{QStringLiteral("scan"), scan.toJson()},
                {QStringLiteral("browse"), browse.toJson()},
                {QStringLiteral("idle"), idle.toJson()},
                {QStringLiteral("scan_wall_ms"), scanWallMs},
                {QStringLiteral("files"), files},
                {QStringLiteral("bytes"), bytes},
                {QStringLiteral("findings"), findings},
                {QStringLiteral("batches"), batches},
                {QStringLiteral("secrets"), secrets},
                {QStringLiteral("places"), places},
                {QStringLiteral("rows_shown"), rowsShown},
                {QStringLiteral("filter_keys"), filterKeys},
                {QStringLiteral("tree_keys"), treeKeys},
                {QStringLiteral("browse_filter_keys"), browseFilterKeys},
                {QStringLiteral("browse_tree_keys"), browseTreeKeys},
                {QStringLiteral("completed"), completed()},
                {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
    }
};

// Runs the event loop for `ms`, or until `done` returns true (checked every 10 ms).
bool runEventLoop(qint64 ms, const std::function<bool()>& done = {})
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer check;
    check.setInterval(10);
    bool finished = false;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done && done()) {
            finished = true;
            loop.quit();
        } else if (clock.elapsed() >= ms) {
            loop.quit();
        }
    });
    check.start();
    loop.exec();
    return finished;
}

RunFigures runOnce(const QString& tree, bool allFiles, bool interact, qint64 browseMs, int timeoutSeconds)
{
    RunFigures r;
    MainWindow window;
    window.resize(1300, 800);
    window.show();
    window.activateWindow();
    runEventLoop(5000,
                 [&] { return window.windowHandle() != nullptr && window.windowHandle()->isExposed(); });
    if (allFiles) {
        auto* defaultExcludes = window.findChild<QCheckBox*>(QStringLiteral("defaultExcludes"));
        if (defaultExcludes == nullptr) {
            qFatal("the start page has no \"defaultExcludes\" check box");
        }
        defaultExcludes->setChecked(false);
    }

    ResultsPage* results = window.resultsPage();
    ScanController* controller = window.scanController();
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    auto* treeView = window.findChild<QTreeView*>(QStringLiteral("findingsTree"));
    EventLoopProbe probe([results] { return results->model()->rowCount(); });
    SimulatedPerson person(filter, treeView);

    bool finished = false;
    QElapsedTimer wall;
    QObject::connect(controller, &ScanController::findingsArrived, &window, [&r] { ++r.batches; });
    QObject::connect(controller, &ScanController::finished, &window,
                     [&](bool cancelled, const QStringList& errors) {
                         r.scanWallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
                         r.cancelled = cancelled;
                         r.errors = errors;
                         finished = true;
                     });

    // The probe runs first, so starting the scan (page switch, model reset, decisions) is measured too.
    probe.start();
    QTimer::singleShot(20, &window, [&] {
        wall.start();
        window.scanFolders({tree});
        if (interact) {
            person.start();
        }
    });
    r.timedOut = !runEventLoop(qint64(timeoutSeconds) * 1000, [&] { return finished; });
    if (r.timedOut) {
        controller->cancel();
    }
    runEventLoop(kSettleMs);
    r.scan = probe.stop();
    person.stop();
    r.filterKeys = person.filterKeys();
    r.treeKeys = person.treeKeys();
    runEventLoop(500); // the cleared filter's debounce and repaint

    const ScanProgress progress = controller->progress();
    r.files = progress.files;
    r.bytes = progress.bytes;
    r.findings = progress.findings;
    r.secrets = results->model()->secretCount();
    r.places = results->model()->placeCount();
    r.rowsShown = results->filterModel()->rowCount();

    // The same person on every finding at once: a scan is often over before the first filter applies.
    if (browseMs > 0) {
        probe.start();
        person.start();
        runEventLoop(browseMs);
        r.browse = probe.stop();
        person.stop();
        r.browseFilterKeys = person.filterKeys();
        r.browseTreeKeys = person.treeKeys();
        runEventLoop(500);
    }

    // The reference: the same window, idle, for as long as the scan was measured.
    probe.start();
    runEventLoop(static_cast<qint64>(r.scan.durationMs));
    r.idle = probe.stop();
    window.close();
    return r;
}

double median(std::vector<double> v)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

void printTable(const std::vector<RunFigures>& runs, bool browsed)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(QStringLiteral("run"), -6)
                 .arg(QStringLiteral("phase"), -6)
                 .arg(QStringLiteral("seconds"), 8)
                 .arg(QStringLiteral("UI CPU s"), 9)
                 .arg(QStringLiteral("wake-ups"), 9)
                 .arg(QStringLiteral("longest ms"), 11)
                 .arg(QStringLiteral("p99 ms"), 7)
                 .arg(QStringLiteral(">16 ms"), 7)
                 .arg(QStringLiteral(">50 ms"), 7);
    for (size_t i = 0; i < runs.size(); ++i) {
        for (const auto& [phase, f] : {std::pair{QStringLiteral("scan"), runs[i].scan},
                                       std::pair{QStringLiteral("browse"), runs[i].browse},
                                       std::pair{QStringLiteral("idle"), runs[i].idle}}) {
            if (phase == QLatin1String("browse") && !browsed) {
                continue;
            }
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                         .arg(i + 1, -6)
                         .arg(phase, -6)
                         .arg(QString::number(f.durationMs / 1000, 'f', 1), 8)
                         .arg(QString::number(f.uiCpuMs / 1000, 'f', 2), 9)
                         .arg(f.wakeUps, 9)
                         .arg(ms(f.longestMs), 11)
                         .arg(ms(f.p99Ms), 7)
                         .arg(f.over16, 7)
                         .arg(f.over50, 7);
        }
    }
    out() << '\n';
    for (size_t i = 0; i < runs.size(); ++i) {
        const RunFigures& r = runs[i];
        out() << QStringLiteral(
                     "run %1: scan %2 s, %3 files, %4 MB, %5 findings in %6 batches -> %7 secrets, "
                     "%8 places, %9 rows shown; %10 filter keys, %11 tree keys (browsing: %12, %13)%14\n")
                     .arg(i + 1)
                     .arg(QString::number(r.scanWallMs / 1000, 'f', 2))
                     .arg(r.files)
                     .arg(QString::number(static_cast<double>(r.bytes) / 1e6, 'f', 0))
                     .arg(r.findings)
                     .arg(r.batches)
                     .arg(r.secrets)
                     .arg(r.places)
                     .arg(r.rowsShown)
                     .arg(r.filterKeys)
                     .arg(r.treeKeys)
                     .arg(r.browseFilterKeys)
                     .arg(r.browseTreeKeys)
                     .arg(r.completed() ? QString()
                                        : QStringLiteral(" — NOT COMPLETED (%1)")
                                              .arg(r.timedOut    ? QStringLiteral("timed out")
                                                   : r.cancelled ? QStringLiteral("cancelled")
                                                                 : r.errors.join(QStringLiteral("; "))));
        for (const auto& [phase, f] :
             {std::pair{QStringLiteral("scan"), r.scan}, std::pair{QStringLiteral("browse"), r.browse}}) {
            QStringList worst;
            for (const Stall& s : f.worst) {
                worst << QStringLiteral("%1 ms (%2 ms CPU) at %3 s, %4 secrets after")
                             .arg(ms(s.gapMs), ms(s.cpuMs),
                                  QString::number((s.endMs - s.gapMs) / 1000, 'f', 2))
                             .arg(s.secretsAtEnd);
            }
            if (!worst.isEmpty()) {
                out() << QStringLiteral("       longest stalls (%1): ").arg(phase)
                      << worst.join(QStringLiteral("; ")) << '\n';
            }
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Isolated settings and data before anything reads them: the window state and the triage database.
    QTemporaryDir sandbox;
    if (!sandbox.isValid()) {
        QTextStream(stderr) << "cannot create a temporary directory\n";
        return 2;
    }
    qputenv("XDG_DATA_HOME", sandbox.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", sandbox.filePath(QStringLiteral("config")).toUtf8());

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("keyscout"));
    QCoreApplication::setApplicationName(QStringLiteral("keyscout"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Longest UI-thread stall of the Keyscout window while it scans a tree."));
    parser.addHelpOption();
    const QCommandLineOption treeOption(QStringLiteral("tree"), QStringLiteral("The folder to scan."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured scans (default 3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption allFilesOption(
        QStringLiteral("all-files"),
        QStringLiteral(
            "Untick \"Skip installed packages and package caches\" (the window's default is on)."));
    const QCommandLineOption quietOption(QStringLiteral("no-interaction"),
                                         QStringLiteral("Do not type or select while the scan runs."));
    const QCommandLineOption browseOption(
        QStringLiteral("browse"),
        QStringLiteral("After the scan, type and select on the full results for S seconds, measured apart "
                       "(default 8; 0: skip)."),
        QStringLiteral("S"), QStringLiteral("8"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Per-scan time limit in seconds (default 1800)."),
                                           QStringLiteral("S"), QStringLiteral("1800"));
    parser.addOptions({treeOption, runsOption, allFilesOption, quietOption, browseOption, timeoutOption});
    parser.process(app);

    bool runsOk = false;
    const int runCount = parser.value(runsOption).toInt(&runsOk);
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    bool browseOk = false;
    const double browseSeconds = parser.value(browseOption).toDouble(&browseOk);
    const QString tree = parser.value(treeOption);
    if (tree.isEmpty() || !QDir(tree).exists() || !runsOk || runCount < 1 || !timeoutOk || timeout < 1 ||
        !browseOk || browseSeconds < 0) {
        QTextStream(stderr)
            << "usage: bench_gui_stall --tree DIR [--runs N] [--all-files] [--no-interaction] "
               "[--browse S] [--timeout S]\n";
        return 2;
    }
    const QString absoluteTree = QDir(tree).absolutePath();
    const bool interact = !parser.isSet(quietOption);
    const auto browseMs = interact ? static_cast<qint64>(browseSeconds * 1000) : 0;

    out() << QStringLiteral("tree %1, %2 run(s), platform %3, %4 probe, interaction %5\n\n")
                 .arg(absoluteTree)
                 .arg(runCount)
                 .arg(QGuiApplication::platformName(), QStringLiteral("%1 ms").arg(kProbeIntervalMs),
                      interact ? QStringLiteral("on") : QStringLiteral("off"));
    out().flush();

    std::vector<RunFigures> runs;
    runs.reserve(static_cast<size_t>(runCount));
    bool allCompleted = true;
    for (int i = 0; i < runCount; ++i) {
        runs.push_back(runOnce(absoluteTree, parser.isSet(allFilesOption), interact, browseMs, timeout));
        allCompleted = allCompleted && runs.back().completed();
    }
    printTable(runs, browseMs > 0);

    auto across = [&runs](const std::function<double(const RunFigures&)>& pick) {
        std::vector<double> v;
        v.reserve(runs.size());
        for (const RunFigures& r : runs) {
            v.push_back(pick(r));
        }
        return v;
    };
    const std::vector<double> longest = across([](const RunFigures& r) { return r.scan.longestMs; });
    const double worstStall = *std::max_element(longest.begin(), longest.end());
    const std::vector<double> idleLongest = across([](const RunFigures& r) { return r.idle.longestMs; });
    const double idleWorst = *std::max_element(idleLongest.begin(), idleLongest.end());
    const double p99 = median(across([](const RunFigures& r) { return r.scan.p99Ms; }));
    const double idleP99 = median(across([](const RunFigures& r) { return r.idle.p99Ms; }));
    const double over16 = median(across([](const RunFigures& r) { return r.scan.over16; }));
    const double over50 = median(across([](const RunFigures& r) { return r.scan.over50; }));
    const double wallMs = median(across([](const RunFigures& r) { return r.scanWallMs; }));
    const bool targetMet = worstStall < kTargetLongestStallMs;
    const std::vector<double> browseLongest = across([](const RunFigures& r) { return r.browse.longestMs; });
    const double browseWorst = *std::max_element(browseLongest.begin(), browseLongest.end());
    const double browseP99 = median(across([](const RunFigures& r) { return r.browse.p99Ms; }));

    out() << '\n'
          << QStringLiteral("longest stall during the scan: %1 ms (worst of %2 runs; idle reference %3 ms), "
                            "p99 gap %4 ms (idle %5 ms), median gaps over 16 ms: %6, over 50 ms: %7, "
                            "median scan time %8 s\n")
                 .arg(ms(worstStall))
                 .arg(runCount)
                 .arg(ms(idleWorst), ms(p99), ms(idleP99))
                 .arg(over16)
                 .arg(over50)
                 .arg(QString::number(wallMs / 1000, 'f', 2))
          << (browseMs > 0
                  ? QStringLiteral("longest stall filtering and selecting the full results: %1 ms, p99 "
                                   "gap %2 ms\n")
                        .arg(ms(browseWorst), ms(browseP99))
                  : QString())
          << QStringLiteral("target longest stall < %1 ms during the scan: %2\n")
                 .arg(kTargetLongestStallMs)
                 .arg(targetMet ? QStringLiteral("met") : QStringLiteral("NOT met"));
    if (!allCompleted) {
        out() << "a run did not complete\n";
    }

    QJsonArray runsJson;
    for (const RunFigures& r : runs) {
        runsJson.append(r.toJson());
    }
    const QJsonObject summary{{QStringLiteral("longest_stall_ms"), worstStall},
                              {QStringLiteral("idle_longest_stall_ms"), idleWorst},
                              {QStringLiteral("median_p99_gap_ms"), p99},
                              {QStringLiteral("idle_median_p99_gap_ms"), idleP99},
                              {QStringLiteral("median_gaps_over_16ms"), over16},
                              {QStringLiteral("median_gaps_over_50ms"), over50},
                              {QStringLiteral("median_scan_wall_ms"), wallMs},
                              {QStringLiteral("browse_longest_stall_ms"), browseWorst},
                              {QStringLiteral("browse_median_p99_gap_ms"), browseP99},
                              {QStringLiteral("target_longest_stall_ms"), kTargetLongestStallMs},
                              {QStringLiteral("target_met"), targetMet}};
    const QJsonObject json{{QStringLiteral("benchmark"), QStringLiteral("gui_stall")},
                           {QStringLiteral("tree"), absoluteTree},
                           {QStringLiteral("platform"), QGuiApplication::platformName()},
                           {QStringLiteral("interaction"), interact},
                           {QStringLiteral("browse_ms"), browseMs},
                           {QStringLiteral("all_files"), parser.isSet(allFilesOption)},
                           {QStringLiteral("probe_interval_ms"), kProbeIntervalMs},
                           {QStringLiteral("completed"), allCompleted},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("runs"), runsJson}};
    out() << "BENCH_JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
    return allCompleted ? 0 : 1;
}
