#pragma once

#include "synctransport.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

namespace doorstep {

// Protocol requests over HTTP(S) with QNetworkAccessManager, each bounded by a timeout.
class HttpTransport : public SyncTransport
{
public:
    explicit HttpTransport(QUrl baseUrl, int timeoutMs = 30000);
    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override;
    Factory threadFactory() const override;
    // Trust these certificate authorities (a team's own, for a server with a private certificate) in
    // addition to the system's. Verification is never switched off.
    void addCaCertificates(const QList<QSslCertificate> &certificates);

private:
    QUrl m_baseUrl;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    int m_timeoutMs;
    QNetworkAccessManager m_network;
};

} // namespace doorstep
