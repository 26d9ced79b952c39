#pragma once

#include "synctransport.h"

namespace doorstep {

class SyncService;

// A tablet's requests handed straight to a SyncService in the same process: the same bodies, decoded
// and validated by the same calls the HTTP front end makes. Used to load the demo through the
// protocol, and by the service tests and the benchmarks where HTTP would only add noise.
class ServiceTransport : public SyncTransport
{
public:
    explicit ServiceTransport(SyncService &service) : m_service(service) { }
    void post(const QString &path, const QByteArray &body, const QByteArray &token, Done done) override;

private:
    SyncService &m_service;
};

} // namespace doorstep
