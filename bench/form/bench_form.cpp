// bench_form: in-process timing of the form renderer (FormDefinition, FormModel, FormView) on the
// files scripts/bench-form gives RJSF, with real widgets on the offscreen platform.
//
//   bench_form --case NAME=SCHEMA,DATA [--case ...] [--runs R]
//              [--keystrokes NAME] [--keys K] [--no-check]
//
// Per case, R runs in this one process, each with a fresh definition, model and view:
//   parse       read the data file and parse it into json::Value
//   definition  FormDefinition::fromFiles (schema read, compiled, form schema derived)
//   model       FormModel::setDocument (Validation::Auto: big documents validate in the background)
//   view        FormView construction (every widget built, bound and loaded)
//   paint       show() and events processed until the view's window has been painted: the
//               processEvents() call during which the first QEvent::Paint reached a widget of that
//               window has returned, so the whole tree is painted and flushed to the backing store
//   total       the sum: from nothing to the form on screen
//   validated   from the start until the model's first full validation is known (errors shown)
// Wall-clock figures, and the main thread's CPU time for the total (the machine may be shared).
//
// --keystrokes NAME: on that case's form (after building it and pressing "Check", so that every
// error is shown as after a submit attempt), K keystrokes, one per row on K different rows of
// the first table. For each: the row is selected and its editor shown, the nationality field (a
// QLineEdit bound to /workers/N/nationality, pattern ^[0-9]{3}$) gets the focus with its cursor
// at the end, the events are drained, then the clock starts and QTest::keyClick sends "1" to the
// window, as the platform would deliver a key press and release to the focus widget. That goes
// through textEdited, the binding's commit, FormModel::setValue, the incremental revalidation,
// errorsChanged and the panels' refresh. Two times are taken: when keyClick returns (model, error
// labels and the summary's state updated), and when the window is quiet again: the last event
// pass that painted part of it has returned and two more passes painted nothing. Each keystroke
// is checked: the code becomes 4 digits, so an error must be shown at that field. --no-check
// types without the submit attempt (summary closed, errors of untouched fields not shown).
// Phases of a keystroke: to the model's edit, valueChanged's receivers, the revalidation (last
// valueChanged receiver to first errorsChanged receiver), errorsChanged's receivers, then
// events_in_keyclick: QTest::keyClick on a window processes events after the press and after
// the release (as the event loop would next): deferred work such as the error summary's refresh,
// and usually the repaint. "repaint" is what painting was left after keyClick returned. (The NISS
// would be the obvious field, but the form, like guichet-cli form, compiles the schema without
// format assertion, so a bad NISS is no error there.)
//
// One JSON line per case, and one for the keystrokes, on stdout.

#include "core/forms/formdefinition.h"
#include "core/json/parser.h"
#include "core/json/value.h"
#include "core/model/formmodel.h"
#include "ui/form/formpanel.h"
#include "ui/form/formview.h"
#include "ui/form/tableeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
namespace json = guichet::json;
namespace forms = guichet::forms;
namespace model = guichet::model;
namespace form = guichet::ui::form;

struct Case
{
    std::string name;
    QString schema;
    QString data;
};

struct Options
{
    std::vector<Case> cases;
    int runs = 5;
    std::string keystrokeCase;
    int keys = 25;
    bool check = true; // press "Check" before the keystrokes
};

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

std::string number(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

std::string jsonString(const std::string &text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    return out + "\"";
}

// {"median":..,"min":..,"max":..,"runs":..}
std::string stats(std::vector<double> samples)
{
    if (samples.empty())
        return "null";
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
    return "{\"median\":" + number(median) + ",\"min\":" + number(samples.front()) +
           ",\"max\":" + number(samples.back()) + ",\"runs\":" + std::to_string(n) + "}";
}

std::string phaseStats(const std::map<std::string, std::vector<double>> &phases)
{
    std::string out = ",\"phases\":{";
    for (const auto &[name, values] : phases)
        out += (out.back() == '{' ? "\"" : ",\"") + name + "\":" + stats(values);
    return out + "}";
}

// Notes that a widget of the watched window received a paint event.
class PaintWatcher : public QObject
{
public:
    QWidget *window = nullptr;
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && window && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == window)
            painted = true;
        return false;
    }
};

// Processes events until a paint of the watched window has been completed; false after 60 s.
bool waitForPaint(PaintWatcher &watcher)
{
    QElapsedTimer deadline;
    deadline.start();
    while (!watcher.painted) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (deadline.elapsed() > 60000)
            return false;
    }
    return true;
}

void drainEvents()
{
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

bool readFile(const QString &path, QByteArray &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    out = file.readAll();
    return true;
}

// Where a keystroke's time goes: when the model's valueChanged and errorsChanged reach their first
// receiver (connected before the view: nothing has reacted yet) and their last (connected after
// the view: every panel and table has reacted).
struct KeyProbe
{
    bool armed = false;
    Clock::time_point valueFirst, valueLast, errorsFirst, errorsLast;
};
KeyProbe probe;

struct Built
{
    std::shared_ptr<const forms::FormDefinition> definition;
    std::unique_ptr<model::FormModel> model;
    std::unique_ptr<form::FormView> view;
    std::map<std::string, double> phases;
    double threadCpu = 0;
};

// One run of a case: everything from the file on disk to the form painted on screen.
bool build(const Case &c, PaintWatcher &watcher, Built &out, std::string &problem)
{
    const double cpu0 = threadCpuMs();
    const auto t0 = Clock::now();
    QByteArray bytes;
    if (!readFile(c.data, bytes)) {
        problem = "cannot read " + c.data.toStdString();
        return false;
    }
    auto parsed = json::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!parsed) {
        problem = "not JSON: " + c.data.toStdString();
        return false;
    }
    const auto t1 = Clock::now();
    auto definition = forms::FormDefinition::fromFiles(c.schema, QString(), QString());
    if (!definition) {
        problem = "form definition: " + definition.error().message.toStdString();
        return false;
    }
    out.definition = *definition;
    const auto t2 = Clock::now();
    out.model = std::make_unique<model::FormModel>(out.definition->compiled());
    QObject::connect(out.model.get(), &model::FormModel::valueChanged, [] {
        if (probe.armed)
            probe.valueFirst = Clock::now();
    });
    QObject::connect(out.model.get(), &model::FormModel::errorsChanged, [] {
        if (probe.armed)
            probe.errorsFirst = Clock::now();
    });
    out.model->setDocument(std::move(*parsed), model::FormModel::Validation::Auto);
    const auto t3 = Clock::now();
    out.view = std::make_unique<form::FormView>(out.definition, out.model.get());
    out.view->resize(1180, 900);
    QObject::connect(out.model.get(), &model::FormModel::valueChanged, [] {
        if (probe.armed)
            probe.valueLast = Clock::now();
    });
    QObject::connect(out.model.get(), &model::FormModel::errorsChanged, [] {
        if (probe.armed)
            probe.errorsLast = Clock::now();
    });
    const auto t4 = Clock::now();
    watcher.window = out.view.get();
    watcher.painted = false;
    out.view->show();
    if (!waitForPaint(watcher)) {
        problem = "no paint within 60 s";
        return false;
    }
    const auto t5 = Clock::now();
    out.threadCpu = threadCpuMs() - cpu0;
    out.model->waitForValidation();
    drainEvents(); // validationFinished reaches the panels
    const auto t6 = Clock::now();
    out.phases = {{"parse", msBetween(t0, t1)},    {"definition", msBetween(t1, t2)},
                  {"model", msBetween(t2, t3)},    {"view", msBetween(t3, t4)},
                  {"paint", msBetween(t4, t5)},    {"total", msBetween(t0, t5)},
                  {"validated", msBetween(t0, t6)}};
    return true;
}

void release(Built &built, PaintWatcher &watcher)
{
    watcher.window = nullptr;
    built.view.reset();
    built.model.reset();
    built.definition.reset();
    drainEvents(); // deleteLater()s
}

std::string runCase(const Case &c, int runs, PaintWatcher &watcher)
{
    std::map<std::string, std::vector<double>> samples;
    std::vector<double> cpu;
    std::size_t errors = 0;
    std::string problem;
    for (int run = 0; run < runs; ++run) {
        Built built;
        if (!build(c, watcher, built, problem))
            break;
        for (const auto &[phase, ms] : built.phases)
            samples[phase].push_back(ms);
        cpu.push_back(built.threadCpu);
        errors = built.model->errors().size();
        std::fprintf(stderr, "bench_form %s run %d: total %.1f ms (view %.1f, paint %.1f)\n",
                     c.name.c_str(), run + 1, built.phases["total"], built.phases["view"],
                     built.phases["paint"]);
        release(built, watcher);
    }
    std::string line = "{\"tool\":\"guichet\",\"case\":" + jsonString(c.name) +
                       ",\"schema\":" + jsonString(c.schema.toStdString()) +
                       ",\"data\":" + jsonString(c.data.toStdString());
    if (!problem.empty())
        line += ",\"problem\":" + jsonString(problem);
    for (const auto &[phase, values] : samples)
        line += ",\"" + phase + "\":" + stats(values);
    line += ",\"total_thread_cpu\":" + stats(cpu);
    line += ",\"errors\":" + std::to_string(errors) + "}";
    return line;
}

const form::FieldBinding *bindingNamed(const form::FormPanel *panel, const std::string &name)
{
    for (const form::FieldBinding &b : panel->bindings()) {
        if (b.node && b.node->name == name && b.line)
            return &b;
    }
    return nullptr;
}

std::string runKeystrokes(const Case &c, int keys, bool check, PaintWatcher &watcher)
{
    std::string line = "{\"tool\":\"guichet\",\"keystrokes\":" + jsonString(c.name) +
                       ",\"after_check\":" + (check ? "true" : "false");
    Built built;
    std::string problem;
    if (!build(c, watcher, built, problem))
        return line + ",\"problem\":" + jsonString(problem) + "}";
    form::FormView &view = *built.view;
    model::FormModel &model = *built.model;
    if (check)
        view.validateAll();
    view.activateWindow();
    drainEvents();
    form::TableEditor *table = view.tableAt("/workers");
    if (!table)
        return line + ",\"problem\":\"no table at /workers\"}";
    const json::Value *workers = model.value("/workers");
    const int rows = workers && workers->isArray() ? int(workers->size()) : 0;

    std::vector<double> returned;
    std::vector<double> repainted;
    std::vector<double> cpu;
    int checked = 0;
    int tried = 0;
    std::string keyTarget;
    std::map<std::string, std::vector<double>> phases;
    for (int i = 0; int(returned.size()) < keys && tried < rows; ++i, ++tried) {
        const int row = int((std::int64_t(i) * 7919 + 13) % rows);
        const std::string pointer = "/workers/" + std::to_string(row) + "/nationality";
        const json::Value *code = model.value(pointer);
        // Rows whose nationality is a valid 3-digit code: a fourth digit must bring an error.
        if (!code || !code->isString() || code->string().size() != 3 ||
            !model.errorsAt(pointer).empty())
            continue;
        const std::string expected = code->string() + "1";
        if (!table->selectRow(row))
            continue;
        drainEvents();
        const form::FieldBinding *b = bindingNamed(table->detail(), "nationality");
        if (!b)
            return line + ",\"problem\":\"no nationality line edit in the row editor\"}";
        b->line->setFocus(Qt::OtherFocusReason);
        b->line->end(false);
        drainEvents();
        QWidget *target = QApplication::focusWidget() == b->line ? nullptr : b->line;

        watcher.painted = false;
        probe = KeyProbe{true, {}, {}, {}, {}};
        const double cpu0 = threadCpuMs();
        const auto t0 = Clock::now();
        if (target)
            QTest::keyClick(target, Qt::Key_1);
        else
            QTest::keyClick(view.windowHandle(), Qt::Key_1);
        const auto t1 = Clock::now();
        const double cpu1 = threadCpuMs();
        probe.armed = false;
        // Until the window is quiet: the last event-processing pass that painted something of it
        // has returned, and two passes after it painted nothing.
        bool painted = watcher.painted;
        auto t2 = t1;
        for (int quiet = 0; quiet < 2;) {
            watcher.painted = false;
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (watcher.painted) {
                painted = true;
                t2 = Clock::now();
                quiet = 0;
            } else {
                ++quiet;
            }
        }
        if (!painted)
            return line + ",\"problem\":\"no repaint after a keystroke\"}";
        returned.push_back(msBetween(t0, t1));
        repainted.push_back(msBetween(t0, t2));
        cpu.push_back(cpu1 - cpu0);
        if (probe.valueFirst != Clock::time_point() && probe.errorsLast != Clock::time_point()) {
            phases["to_model_edit"].push_back(msBetween(t0, probe.valueFirst));
            phases["value_receivers"].push_back(msBetween(probe.valueFirst, probe.valueLast));
            phases["revalidation"].push_back(msBetween(probe.valueLast, probe.errorsFirst));
            phases["error_receivers"].push_back(msBetween(probe.errorsFirst, probe.errorsLast));
            phases["events_in_keyclick"].push_back(msBetween(probe.errorsLast, t1));
        }
        phases["repaint"].push_back(msBetween(t1, t2));
        const json::Value *after = model.value(pointer);
        const bool valueOk = after && after->isString() && after->string() == expected;
        const bool errorOk = !model.errorsAt(pointer).empty();
        // Before a submit attempt an untouched field shows no error: the model must have it.
        const bool labelOk =
            !check || (b->error && b->error->isVisibleTo(&view) && !b->error->text().isEmpty());
        if (valueOk && errorOk && labelOk)
            ++checked;
        else
            std::fprintf(
                stderr, "bench_form: keystroke at %s not seen: value %s, error %s, label %s\n",
                pointer.c_str(), after && after->isString() ? after->string().c_str() : "?",
                errorOk ? "yes" : "no", labelOk ? "shown" : "hidden");
        if (keyTarget.empty())
            keyTarget = target ? "widget" : "window";
        model.closeMergeWindow();
    }
    line += ",\"key_target\":" + jsonString(keyTarget) + ",\"rows\":" + std::to_string(rows) +
            ",\"standing_errors\":" + std::to_string(model.errors().size()) +
            ",\"to_return\":" + stats(returned) + ",\"to_repaint\":" + stats(repainted) +
            ",\"to_return_thread_cpu\":" + stats(cpu) + ",\"checked\":" + std::to_string(checked) +
            phaseStats(phases) + "}";
    release(built, watcher);
    return line;
}

bool parseArguments(const QStringList &args, Options &options)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--case") && hasValue) {
            const QString spec = args[++i];
            const int eq = spec.indexOf(QLatin1Char('='));
            const QStringList files = spec.mid(eq + 1).split(QLatin1Char(','));
            if (eq <= 0 || files.size() != 2)
                return false;
            options.cases.push_back({spec.left(eq).toStdString(), files[0], files[1]});
        } else if (arg == QLatin1String("--runs") && hasValue) {
            options.runs = std::max(1, args[++i].toInt());
        } else if (arg == QLatin1String("--keystrokes") && hasValue) {
            options.keystrokeCase = args[++i].toStdString();
        } else if (arg == QLatin1String("--no-check")) {
            options.check = false;
        } else if (arg == QLatin1String("--keys") && hasValue) {
            options.keys = std::max(1, args[++i].toInt());
        } else {
            return false;
        }
    }
    return !options.cases.empty();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Options options;
    if (!parseArguments(QCoreApplication::arguments(), options)) {
        std::fprintf(stderr, "usage: bench_form --case NAME=SCHEMA,DATA [--case ...] [--runs R] "
                             "[--keystrokes NAME] [--keys K] [--no-check]\n");
        return 2;
    }
    PaintWatcher watcher;
    app.installEventFilter(&watcher);
    for (const Case &c : options.cases) {
        const std::string line = runCase(c, options.runs, watcher);
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    }
    for (const Case &c : options.cases) {
        if (c.name != options.keystrokeCase)
            continue;
        const std::string line = runKeystrokes(c, options.keys, options.check, watcher);
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    }
    std::printf("{\"tool\":\"guichet\",\"versions\":{\"qt\":%s}}\n",
                jsonString(qVersion()).c_str());
    return 0;
}
