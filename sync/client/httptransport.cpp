#include "httptransport.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace doorstep {

HttpTransport::HttpTransport(QUrl baseUrl, int timeoutMs) : m_baseUrl(std::move(baseUrl)), m_timeoutMs(timeoutMs) { }

void HttpTransport::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_ssl.addCaCertificates(certificates);
}

SyncTransport::Factory HttpTransport::threadFactory() const
{
    return [baseUrl = m_baseUrl, ssl = m_ssl, timeoutMs = m_timeoutMs] {
        auto transport = std::make_unique<HttpTransport>(baseUrl, timeoutMs);
        transport->m_ssl = ssl;
        return std::unique_ptr<SyncTransport>(std::move(transport));
    };
}

void HttpTransport::post(const QString &path, const QByteArray &body, const QByteArray &token, Done done)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token);
    request.setTransferTimeout(m_timeoutMs);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = m_network.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        TransportReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0)
            result.networkError = reply->errorString();
        result.retryAfterSeconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).toInt();
        reply->deleteLater();
        done(result);
    });
}

} // namespace doorstep
