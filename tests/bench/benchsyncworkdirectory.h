#pragma once

#include "benchsyncoutput.h"

#include <QDir>
#include <QTemporaryDir>

namespace doorstep::benchsync {

// A temporary directory for one run's stores and server file, removed afterwards, also when the
// run gives up half way. --dir puts it on another disk (or on tmpfs, where fsync costs nothing).
class WorkDirectory
{
public:
    explicit WorkDirectory(const QString &parent, const char *prefix)
        : m_dir(QDir(parent.isEmpty() ? QDir::tempPath() : parent)
                    .filePath(QLatin1String(prefix) + QStringLiteral("-XXXXXX")))
    {
        if (!m_dir.isValid())
            die(QStringLiteral("directory"), QStringLiteral("cannot create a temporary directory"));
        m_cleanup = atDeath([path = m_dir.path()] { QDir(path).removeRecursively(); });
    }
    ~WorkDirectory() { forget(m_cleanup); }
    WorkDirectory(const WorkDirectory &) = delete;
    WorkDirectory &operator=(const WorkDirectory &) = delete;

    QString path() const { return m_dir.path(); }
    // A new subdirectory (made now).
    QString sub(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private:
    QTemporaryDir m_dir;
    int m_cleanup = 0;
};

} // namespace doorstep::benchsync
