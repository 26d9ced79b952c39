#include "locationfix.h"

#include <QFile>
#include <QGeoPositionInfoSource>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>

Q_LOGGING_CATEGORY(lcLocation, "doorstep.visits.location")

namespace doorstep {

LocationFix::Options LocationFix::optionsFor(bool demo)
{
    Options options;
    const QString file = qEnvironmentVariable("DOORSTEP_NMEA_FILE");
    options.nmeaFile = !file.isEmpty() ? file : demo ? demoLog() : QString();
    bool numeric = false;
    const int timeout = qEnvironmentVariableIntValue("DOORSTEP_LOCATION_TIMEOUT_MS", &numeric);
    if (numeric && timeout > 0)
        options.timeoutMs = timeout;
    return options;
}

LocationFix::LocationFix(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    // The source has its own timeout; this one holds even when a source never answers at all.
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(Outcome::TimedOut); });
}

LocationFix::~LocationFix()
{
    dropSource();
}

QGeoPositionInfoSource *LocationFix::createSource()
{
    if (m_options.sourceFactory)
        return m_options.sourceFactory(this);
    if (m_options.nmeaFile.isEmpty())
        return QGeoPositionInfoSource::createDefaultSource(this);
    // A fresh file each time, so every fix replays the log from its start.
    auto *log = new QFile(m_options.nmeaFile, this);
    if (!log->open(QIODevice::ReadOnly)) {
        qCWarning(lcLocation) << "the NMEA log cannot be read:" << log->errorString();
        delete log;
        return nullptr;
    }
    m_log = log;
    auto *nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
    nmea->setUserEquivalentRangeError(kUserEquivalentRangeError);
    nmea->setDevice(log);
    return nmea;
}

void LocationFix::start()
{
    cancel();
    m_active = true;
    m_source = createSource();
    if (!m_source) {
        // Reported on the next turn of the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this, [this] { finish(Outcome::NoSource); }, Qt::QueuedConnection);
        return;
    }
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo &position) {
        if (position.isValid())
            finish(Outcome::Fixed, position);
    });
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error error) {
        switch (error) {
        case QGeoPositionInfoSource::NoError:
            return;
        case QGeoPositionInfoSource::AccessError:
            finish(Outcome::Denied);
            return;
        case QGeoPositionInfoSource::UpdateTimeoutError:
            finish(Outcome::TimedOut);
            return;
        case QGeoPositionInfoSource::ClosedError:
        case QGeoPositionInfoSource::UnknownSourceError:
            break;
        }
        qCInfo(lcLocation) << "the position source failed:" << error;
        finish(Outcome::Failed);
    });
    m_deadline.start(m_options.timeoutMs + 500);
    // Asked on the next turn of the event loop: a replayed log answers at once, and the caller should
    // see "finding" before it sees the answer, as with a real receiver.
    QMetaObject::invokeMethod(
        this,
        [this, source = m_source] {
            if (m_active && source && source == m_source)
                source->requestUpdate(m_options.timeoutMs);
        },
        Qt::QueuedConnection);
}

void LocationFix::cancel()
{
    m_deadline.stop();
    m_active = false;
    dropSource();
}

void LocationFix::finish(Outcome outcome, const QGeoPositionInfo &position)
{
    if (!m_active)
        return;
    m_deadline.stop();
    m_active = false;
    // Later than now: a source may report from inside its own signal.
    QPointer<QGeoPositionInfoSource> source = m_source;
    m_source = nullptr;
    if (source) {
        source->disconnect(this);
        source->stopUpdates();
        source->deleteLater();
    }
    if (m_log) {
        m_log->deleteLater();
        m_log = nullptr;
    }
    emit finished(outcome, position);
}

void LocationFix::dropSource()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stopUpdates();
        delete m_source;
    }
    m_source = nullptr;
    delete m_log;
    m_log = nullptr;
}

} // namespace doorstep
