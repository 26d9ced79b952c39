#include "filekeystorage.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace doorstep {

FileKeyStorage::FileKeyStorage(QString path) : m_path(std::move(path)) { }

bool FileKeyStorage::exists()
{
    return QFileInfo::exists(m_path);
}

Result<QByteArray> FileKeyStorage::read()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("key file"), QStringLiteral("cannot be read: ") + file.errorString()};
    if (file.size() > 64 * 1024)
        return Error{QStringLiteral("key file"), QStringLiteral("is too large to be a Doorstep key")};
    return file.readAll();
}

Status FileKeyStorage::write(const QByteArray &wrappedKey)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("key file"), QStringLiteral("cannot be written: ") + file.errorString()};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(wrappedKey) != wrappedKey.size() || !file.commit())
        return Error{QStringLiteral("key file"), QStringLiteral("cannot be written: ") + file.errorString()};
    return ok();
}

} // namespace doorstep
