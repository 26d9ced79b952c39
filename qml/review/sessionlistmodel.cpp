#include "sessionlistmodel.h"

#include "session.h"
#include "sessionwatch.h"

namespace doorstep {

Session *SessionListModel::session() const
{
    return m_session;
}

void SessionListModel::setSession(Session *session)
{
    if (m_session == session)
        return;
    SessionWatch::follow(
        this, m_session, session, [this] { reload(); }, [this] { clear(); });
    m_session = session;
    emit sessionChanged();
    followed();
    reload();
}

Store *SessionListModel::unlockedStore() const
{
    return m_session && m_session->state() == Session::Unlocked ? m_session->store() : nullptr;
}

void SessionListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace doorstep
