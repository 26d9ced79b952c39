#pragma once

#include <QGeoPositionInfo>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QFile;
class QGeoPositionInfoSource;

namespace doorstep {

// One position fix, asked for by the practitioner and never in the background: the tablet's own
// position source, or an NMEA log replayed as if live (the demo, tests, a tablet without GPS).
// Whatever the source does, finished() comes exactly once per start(), within the timeout.
class LocationFix : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Fixed, // position has a coordinate (and, when the source knows it, its horizontal accuracy)
        NoSource, // this tablet offers no position source
        Denied, // the platform refused Doorstep its location
        TimedOut, // no fix in time
        Failed, // the source stopped or broke
    };
    Q_ENUM(Outcome)

    struct Options
    {
        // An NMEA log to replay (a file path, or ":/..." for a resource); empty: the tablet's own source.
        QString nmeaFile;
        int timeoutMs = 15000;
        // Tests put a source of their own here (one that refuses access, say); it wins over nmeaFile.
        std::function<QGeoPositionInfoSource *(QObject *parent)> sourceFactory;
    };

    // Accuracy worse than this is worth a second try: a street or two away, not this front door.
    static constexpr double kPoorAccuracyMetres = 100.0;
    // A replayed log's range error (a typical consumer GPS receiver, in metres); Qt Positioning
    // reports 2 x HDOP x this as the horizontal accuracy, a radius that holds 95 % of the time.
    static constexpr double kUserEquivalentRangeError = 5.0;

    static QString demoLog() { return QStringLiteral(":/doorstep/nmea/leeds-demo.nmea"); }
    // DOORSTEP_NMEA_FILE names a log to replay and DOORSTEP_LOCATION_TIMEOUT_MS the timeout; without
    // the first, a demo store replays the shipped Leeds log and a real one uses the tablet's source.
    static Options optionsFor(bool demo);

    explicit LocationFix(Options options, QObject *parent = nullptr);
    ~LocationFix() override;

    void start();
    // Stops without finished(); what was under way is dropped.
    void cancel();
    bool isActive() const { return m_active; }
    int timeoutMs() const { return m_options.timeoutMs; }

signals:
    void finished(doorstep::LocationFix::Outcome outcome, const QGeoPositionInfo &position);

private:
    QGeoPositionInfoSource *createSource();
    void finish(Outcome outcome, const QGeoPositionInfo &position = {});
    void dropSource();

    Options m_options;
    QPointer<QGeoPositionInfoSource> m_source;
    QFile *m_log = nullptr;
    QTimer m_deadline;
    bool m_active = false;
};

} // namespace doorstep
