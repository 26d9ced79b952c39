#include "peerlogging.h"

Q_LOGGING_CATEGORY(lcPeer, "doorstep.peer", QtInfoMsg)
