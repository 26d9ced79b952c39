#include "migrations.h"

#include "database.h"
#include "transaction.h"

#include <array>

namespace doorstep {

namespace {

// Each step is frozen once released: a later change is a new step, never an edit of an old one, so
// every tablet, whatever version it was last opened with, climbs the same ladder.

// Version 1: device metadata, the outbox, and the records of the practitioner's day.
const char *const kStep1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value
);
CREATE TABLE outbox (
    counter INTEGER PRIMARY KEY NOT NULL,
    mutation_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    hlc INTEGER NOT NULL,
    seen_hlc INTEGER NOT NULL DEFAULT 0,
    sent INTEGER NOT NULL DEFAULT 0,
    payload BLOB NOT NULL
);
CREATE TABLE teams (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT,
    area TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    userName TEXT,
    displayName BLOB,
    role TEXT,
    profession TEXT,
    teamId TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY NOT NULL,
    name BLOB,
    dateOfBirth BLOB,
    nhsNumber BLOB,
    address BLOB,
    gpPractice TEXT,
    teamId TEXT,
    communicationNeeds BLOB,
    whatMattersToMe BLOB,
    coordinatorId TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE carers (
    id TEXT PRIMARY KEY NOT NULL,
    personId TEXT,
    name BLOB,
    relationship TEXT,
    contact BLOB,
    livesWithPerson INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE consents (
    id TEXT PRIMARY KEY NOT NULL,
    personId TEXT,
    decision TEXT,
    decidedOn TEXT,
    scope BLOB,
    recordedBy TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE visits (
    id TEXT PRIMARY KEY NOT NULL,
    personId TEXT,
    practitionerId TEXT,
    plannedAt INTEGER,
    checkedInAt INTEGER,
    checkedOutAt INTEGER,
    latitude BLOB,
    longitude BLOB,
    locationAccuracy BLOB,
    locationAt INTEGER,
    visitType TEXT,
    notes BLOB,
    nextSteps BLOB,
    coordinatorId TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE goals (
    id TEXT PRIMARY KEY NOT NULL,
    personId TEXT,
    words BLOB,
    statementIds TEXT,
    baselineRating INTEGER,
    targetDate TEXT,
    status TEXT,
    createdBy TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE goal_reviews (
    id TEXT PRIMARY KEY NOT NULL,
    goalId TEXT,
    reviewedOn TEXT,
    rating INTEGER,
    comment BLOB,
    reviewedBy TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE postcards (
    id TEXT PRIMARY KEY NOT NULL,
    teamId TEXT,
    collectedOn TEXT,
    q1 INTEGER,
    q2 INTEGER,
    suggestion BLOB,
    collectionMethod TEXT,
    personId TEXT,
    collectedBy TEXT,
    themeIds TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
)sql";

// Version 2: peer evaluation, sync conflicts kept for review, and the indexes the person page and the caseload read by.
const char *const kStep2 = R"sql(
CREATE TABLE evaluation_rounds (
    id TEXT PRIMARY KEY NOT NULL,
    teamId TEXT,
    title TEXT,
    startsOn TEXT,
    endsOn TEXT,
    evaluatorIds TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE interviewees (
    id TEXT PRIMARY KEY NOT NULL,
    roundId TEXT,
    personId TEXT,
    eligibility BLOB,
    consent TEXT,
    consentChangedOn TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE interviews (
    id TEXT PRIMARY KEY NOT NULL,
    roundId TEXT,
    intervieweeId TEXT,
    evaluatorId TEXT,
    interviewedOn TEXT,
    answers BLOB,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    recordEntity TEXT,
    recordId TEXT,
    kind TEXT,
    field TEXT,
    base BLOB,
    kept BLOB,
    other BLOB,
    otherDeviceId TEXT,
    detectedAt INTEGER,
    resolved INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0,
    stamps BLOB NOT NULL
);
CREATE INDEX visits_by_person ON visits (personId, plannedAt);
CREATE INDEX visits_by_planned ON visits (plannedAt);
CREATE INDEX goals_by_person ON goals (personId);
CREATE INDEX goal_reviews_by_goal ON goal_reviews (goalId, reviewedOn);
CREATE INDEX carers_by_person ON carers (personId);
CREATE INDEX consents_by_person ON consents (personId, decidedOn);
CREATE INDEX postcards_by_team ON postcards (teamId, collectedOn);
CREATE INDEX interviewees_by_round ON interviewees (roundId);
CREATE INDEX interviews_by_round ON interviews (roundId);
CREATE INDEX conflicts_by_record ON conflicts (recordEntity, recordId);
)sql";

const std::array<const char *, 2> kSteps{kStep1, kStep2};

} // namespace

int Migrations::latestVersion()
{
    return int(kSteps.size());
}

Status Migrations::migrate(Database &db, int targetVersion)
{
    const int current = db.userVersion();
    if (current < 0)
        return Error{QStringLiteral("database"), QStringLiteral("cannot read the schema version")};
    if (current > latestVersion())
        return Error{QStringLiteral("database"),
                     QStringLiteral("was written by a newer version of Doorstep (schema %1; this app knows up to %2). "
                                    "Update the app; nothing was changed.")
                         .arg(current)
                         .arg(latestVersion())};
    if (targetVersion < 0 || targetVersion > latestVersion())
        targetVersion = latestVersion();
    for (int version = current + 1; version <= targetVersion; ++version) {
        // Each step and its version number commit together, or not at all.
        Transaction transaction(db);
        if (!transaction.beginStatus())
            return transaction.beginStatus();
        if (Status s = db.exec(kSteps[size_t(version - 1)]); !s)
            return Error{QStringLiteral("database"),
                         QStringLiteral("migration to schema %1 failed: %2").arg(version).arg(s.error().reason)};
        if (Status s = db.setUserVersion(version); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return ok();
}

} // namespace doorstep
