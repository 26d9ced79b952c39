#pragma once

#include "synctransport.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace doorstep {

// Protocol requests over HTTP(S) with QNetworkAccessManager, each bounded by a timeout.
class HttpTransport : public SyncTransport
{
public:
    explicit HttpTransport(QUrl baseUrl, int timeoutMs = 30000);
    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override;

private:
    QUrl m_baseUrl;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
};

} // namespace doorstep
