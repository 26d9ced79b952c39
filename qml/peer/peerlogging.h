#pragma once

#include <QLoggingCategory>

// The peer evaluation and postcard screens' view models log here; never a name or an answer.
Q_DECLARE_LOGGING_CATEGORY(lcPeer)
