#include "displaycheck.h"

#include <QFileInfo>
#include <QtGlobal>

#include <cstring>

namespace doorstep {

namespace {
// A local X display (":0", ":99.0") has its socket in /tmp/.X11-unix; a remote one is not checked.
bool localX11DisplayMissing(const QString &display)
{
    if (!display.startsWith(u':'))
        return false;
    const QString number = display.mid(1).section(u'.', 0, 0);
    bool isNumber = false;
    number.toInt(&isNumber);
    return isNumber && !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + number);
}
} // namespace

QString DisplayCheck::problem(int argc, char **argv)
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {};
    // Qt's own -platform argument chooses a plugin as QT_QPA_PLATFORM does.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return {};
    }
    const QString display = qEnvironmentVariable("DISPLAY");
    if (!display.isEmpty() && !localX11DisplayMissing(display))
        return {};
    return QStringLiteral("Doorstep needs a display and none was found: run it under `xvfb-run -a` "
                          "(Debian package xvfb), or set QT_QPA_PLATFORM=offscreen for a run without a window.");
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return {};
#endif
}

} // namespace doorstep
