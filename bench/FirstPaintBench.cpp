// ysb-bench-firstpaint: the desktop app exactly as src/app/main.cpp starts it (GuiApp, same arguments),
// plus an event filter that notes the first paint of the orders table with rows in it, prints one JSON
// line and quits. Time is measured from process start (/proc/self/stat) and from main().

#include "GuiApp.h"
#include "MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// Seconds since this process was started by the kernel (10 ms resolution: clock ticks).
double secondsSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime) counts from after the ")" that closes the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double start = fields.value(19).toDouble() / double(::sysconf(_SC_CLK_TCK));
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9 - start;
}

class FirstPaintProbe final : public QObject {
public:
    explicit FirstPaintProbe(ysb::GuiApp *gui, QElapsedTimer *sinceMain)
        : m_gui(gui)
        , m_sinceMain(sinceMain)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && m_gui->window()) {
            QTableView *view = m_gui->window()->ordersView();
            if (view && watched == view->viewport() && view->model() && view->model()->rowCount() > 0) {
                m_done = true;
                const QJsonObject line{{u"ms_since_process_start"_s, secondsSinceProcessStart() * 1000.0},
                                       {u"ms_since_main"_s, m_sinceMain->nsecsElapsed() / 1e6},
                                       {u"rows_loaded"_s, view->model()->rowCount()}};
                std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
                // After this paint has finished.
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
            }
        }
        return false;
    }

private:
    ysb::GuiApp *m_gui;
    QElapsedTimer *m_sinceMain;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ysell-bridge"_s);
    QCoreApplication::setApplicationName(u"ysell-bridge"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(YSB_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Ysell Bridge"_s);
    QGuiApplication::setDesktopFileName(u"ysell-bridge"_s);
    ysb::GuiApp gui;
    FirstPaintProbe probe(&gui, &sinceMain);
    app.installEventFilter(&probe);
    // Never hang the benchmark: give up after a minute.
    QTimer::singleShot(60'000, &app, [] {
        std::fprintf(stderr, "ysb-bench-firstpaint: no paint of a filled table within 60 s\n");
        QCoreApplication::exit(3);
    });
    return gui.exec(QCoreApplication::arguments());
}
