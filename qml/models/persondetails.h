#pragma once

#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace doorstep {

class Store;

// One person's shared summary as the person page shows it: who they are, what matters to them,
// how to talk with them, their carers, their latest information-sharing decision, who coordinates
// their care, and their recent visits. Read through the repositories; emptied on lock.
class PersonDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Ask Session.personDetails(personId)")
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(QString personId READ personId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString dateOfBirthText READ dateOfBirthText NOTIFY changed)
    Q_PROPERTY(int age READ age NOTIFY changed)
    Q_PROPERTY(QString nhsNumber READ nhsNumber NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString gpPractice READ gpPractice NOTIFY changed)
    Q_PROPERTY(QString whatMattersToMe READ whatMattersToMe NOTIFY changed)
    Q_PROPERTY(QString communicationNeeds READ communicationNeeds NOTIFY changed)
    // Each carer: {name, relationship, contact, livesWithPerson}
    Q_PROPERTY(QVariantList carers READ carers NOTIFY changed)
    Q_PROPERTY(bool hasConsent READ hasConsent NOTIFY changed)
    Q_PROPERTY(bool consentGiven READ consentGiven NOTIFY changed)
    Q_PROPERTY(QString consentDateText READ consentDateText NOTIFY changed)
    Q_PROPERTY(QString consentScope READ consentScope NOTIFY changed)
    Q_PROPERTY(QString consentRecordedBy READ consentRecordedBy NOTIFY changed)
    Q_PROPERTY(QString coordinatorName READ coordinatorName NOTIFY changed)
    Q_PROPERTY(QString coordinatorRole READ coordinatorRole NOTIFY changed)
    Q_PROPERTY(QString nextVisitText READ nextVisitText NOTIFY changed)
    // Most recent first; each: {dateText, typeText, practitionerName, finished}
    Q_PROPERTY(QVariantList recentVisits READ recentVisits NOTIFY changed)

public:
    static constexpr int kRecentVisits = 8;

    explicit PersonDetails(QObject *parent = nullptr);

    // Reads the person and what belongs to them from the unlocked store.
    Status load(Store &store, const QString &personId, const QDateTime &now = QDateTime::currentDateTime());
    // Forgets everything that was decrypted.
    Q_INVOKABLE void clear();

    bool isLoaded() const { return m_loaded; }
    QString personId() const { return m_personId; }
    QString name() const { return m_name; }
    QString dateOfBirthText() const { return m_dateOfBirthText; }
    int age() const { return m_age; }
    QString nhsNumber() const { return m_nhsNumber; }
    QString address() const { return m_address; }
    QString gpPractice() const { return m_gpPractice; }
    QString whatMattersToMe() const { return m_whatMattersToMe; }
    QString communicationNeeds() const { return m_communicationNeeds; }
    QVariantList carers() const { return m_carers; }
    bool hasConsent() const { return m_hasConsent; }
    bool consentGiven() const { return m_consentGiven; }
    QString consentDateText() const { return m_consentDateText; }
    QString consentScope() const { return m_consentScope; }
    QString consentRecordedBy() const { return m_consentRecordedBy; }
    QString coordinatorName() const { return m_coordinatorName; }
    QString coordinatorRole() const { return m_coordinatorRole; }
    QString nextVisitText() const { return m_nextVisitText; }
    QVariantList recentVisits() const { return m_recentVisits; }

signals:
    void changed();

private:
    bool m_loaded = false;
    QString m_personId;
    QString m_name;
    QString m_dateOfBirthText;
    int m_age = -1;
    QString m_nhsNumber;
    QString m_address;
    QString m_gpPractice;
    QString m_whatMattersToMe;
    QString m_communicationNeeds;
    QVariantList m_carers;
    bool m_hasConsent = false;
    bool m_consentGiven = false;
    QString m_consentDateText;
    QString m_consentScope;
    QString m_consentRecordedBy;
    QString m_coordinatorName;
    QString m_coordinatorRole;
    QString m_nextVisitText;
    QVariantList m_recentVisits;
};

} // namespace doorstep
