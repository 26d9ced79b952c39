#pragma once

#include "keystorage.h"

namespace doorstep {

// The wrapped data key in a file beside the database, for devices without a keyring. Written with
// QSaveFile, so a crash mid-write leaves the previous file whole.
class FileKeyStorage : public KeyStorage
{
public:
    explicit FileKeyStorage(QString path);
    QString name() const override { return QStringLiteral("file"); }
    bool exists() override;
    Result<QByteArray> read() override;
    Status write(const QByteArray &wrappedKey) override;

private:
    QString m_path;
};

} // namespace doorstep
