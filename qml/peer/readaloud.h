#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QTextToSpeech;

namespace doorstep {

// Reads a postcard question aloud with the platform's voice (Qt TextToSpeech), a little slower than
// usual. The voice is started only when first asked to speak: starting it opens the audio device,
// which a screen shown to someone (or a self-test) should not do unasked. Where there is no speech
// engine, no voice or no audio device, `available` turns false and the screen hides its button; it
// never shows an error to the person holding the tablet.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    // What is being read now (empty when nothing is), so each button can show its own state.
    Q_PROPERTY(QString speakingText READ speakingText NOTIFY speakingChanged)

public:
    explicit ReadAloud(QObject *parent = nullptr);

    bool isAvailable() const { return m_available; }
    bool isSpeaking() const { return m_speaking; }
    QString speakingText() const { return m_speaking ? m_text : QString(); }

    // Reads text aloud, stopping whatever was being read; false when there is no voice to read it.
    Q_INVOKABLE bool say(const QString &text);
    Q_INVOKABLE void stop();

signals:
    void availableChanged();
    void speakingChanged();

private:
    bool ensureVoice();
    void setUnavailable();
    void setSpeaking(bool speaking);

    bool m_available = false;
    bool m_speaking = false;
    QString m_text;
    QTextToSpeech *m_voice = nullptr; // a child; stays null where the app is built without Qt TextToSpeech
};

} // namespace doorstep
