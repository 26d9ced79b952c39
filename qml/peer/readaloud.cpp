#include "readaloud.h"

#include "peerlogging.h"

#ifdef DOORSTEP_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#endif

namespace doorstep {

ReadAloud::ReadAloud(QObject *parent) : QObject(parent)
{
#ifdef DOORSTEP_HAVE_TEXTTOSPEECH
    // Which engines are installed is known without starting one (and without touching audio).
    m_available = !QTextToSpeech::availableEngines().isEmpty();
#endif
}

bool ReadAloud::ensureVoice()
{
#ifdef DOORSTEP_HAVE_TEXTTOSPEECH
    if (m_voice)
        return m_voice->state() != QTextToSpeech::Error;
    m_voice = new QTextToSpeech(this);
    if (m_voice->state() == QTextToSpeech::Error || m_voice->errorReason() != QTextToSpeech::ErrorReason::NoError
        || m_voice->availableVoices().isEmpty()) {
        qCInfo(lcPeer) << "no voice to read aloud:" << m_voice->errorString();
        return false;
    }
    m_voice->setRate(-0.2); // a little slower than the engine's usual pace
    connect(m_voice, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error) {
            qCInfo(lcPeer) << "reading aloud failed:" << m_voice->errorString();
            setUnavailable();
            return;
        }
        setSpeaking(state == QTextToSpeech::Speaking);
    });
    return true;
#else
    return false;
#endif
}

bool ReadAloud::say(const QString &text)
{
    if (!m_available || text.trimmed().isEmpty())
        return false;
    if (!ensureVoice()) {
        setUnavailable();
        return false;
    }
#ifdef DOORSTEP_HAVE_TEXTTOSPEECH
    m_text = text;
    m_voice->stop();
    m_voice->say(text);
    // The engine may have refused at once (no audio device): then the button goes, quietly.
    if (m_voice->state() == QTextToSpeech::Error) {
        setUnavailable();
        return false;
    }
    emit speakingChanged(); // speakingText names the new text even if the state did not change
    return true;
#else
    return false;
#endif
}

void ReadAloud::stop()
{
#ifdef DOORSTEP_HAVE_TEXTTOSPEECH
    if (m_voice)
        m_voice->stop();
#endif
    setSpeaking(false);
}

void ReadAloud::setUnavailable()
{
    setSpeaking(false);
    if (!m_available)
        return;
    m_available = false;
    emit availableChanged();
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    emit speakingChanged();
}

} // namespace doorstep
