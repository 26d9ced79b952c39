#pragma once

#include "keystoragefactory.h"
#include "keyvault.h"
#include "result.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;

namespace doorstep {

class CaseloadFilterModel;
class PersonDetails;
class PersonListModel;
class Store;

// The app's one way into the store: opens it on the data directory, takes the PIN (first start:
// chosen and confirmed; then: to unlock), and while unlocked offers the caseload and person
// details. Locking forgets everything that was decrypted.
//
// Each QML engine gets its own Session built from defaultOptions(), which main() (or a test) sets
// before the engine first asks for it.
class Session : public QObject
{
    Q_OBJECT
    // moc needs the full types of the objects it hands to QML; the header only forward-declares them.
    Q_MOC_INCLUDE("caseloadfiltermodel.h")
    Q_MOC_INCLUDE("persondetails.h")
    Q_MOC_INCLUDE("personlistmodel.h")
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(doorstep::PersonListModel *people READ people CONSTANT)
    Q_PROPERTY(doorstep::CaseloadFilterModel *caseload READ caseload CONSTANT)
    Q_PROPERTY(QString currentUserName READ currentUserName NOTIFY stateChanged)
    Q_PROPERTY(QString teamName READ teamName NOTIFY stateChanged)
    Q_PROPERTY(bool demo READ isDemo CONSTANT)
    // The demo PIN, shown on the PIN page of a demo store only; empty otherwise.
    Q_PROPERTY(QString demoPin READ demoPin CONSTANT)
    Q_PROPERTY(int pinMinimumLength READ pinMinimumLength CONSTANT)
    Q_PROPERTY(int pinMaximumLength READ pinMaximumLength CONSTANT)

public:
    enum State {
        Unavailable, // the store could not be opened; lastError says why
        NeedsPin, // first start: choose a PIN
        Locked, // enter the PIN
        Unlocked,
    };
    Q_ENUM(State)

    struct Options
    {
        QString directory; // empty: the platform's app data location
        KeyStorageFactory::Preference keyStorage = KeyStorageFactory::Preference::Automatic;
        KeyVault::Cost cost = KeyVault::defaultCost();
    };
    static void setDefaultOptions(const Options &options);
    static Options defaultOptions();
    static QString defaultDataDirectory();

    explicit Session(Options options, QObject *parent = nullptr);
    ~Session() override;
    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    PersonListModel *people() const { return m_people; }
    CaseloadFilterModel *caseload() const { return m_caseload; }
    QString currentUserName() const { return m_currentUserName; }
    QString teamName() const { return m_teamName; }
    bool isDemo() const { return m_demo; }
    QString demoPin() const;
    static int pinMinimumLength() { return 6; }
    static int pinMaximumLength() { return 12; }

    // First start: pin and confirmation must match and be 6 to 12 digits. Unlocks on success.
    Q_INVOKABLE bool setUpPin(const QString &pin, const QString &confirmation);
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void lock();
    // Reads the caseload again (after an edit).
    Q_INVOKABLE bool reload();
    // A new object with one person's summary, owned by the caller (QML: by the engine). It is
    // emptied when the session locks. On failure it comes back empty and lastError says why.
    Q_INVOKABLE doorstep::PersonDetails *personDetails(const QString &personId);
    Q_INVOKABLE void clearError();

    // For C++ callers and tests; null when the store could not be opened.
    Store *store() const { return m_store.get(); }

signals:
    void stateChanged();
    void lastErrorChanged();
    // Emitted before the decrypted data is dropped, so holders of it can drop theirs.
    void locking();

private:
    void setState(State state);
    void setError(const QString &text);
    bool checkPinShape(const QString &pin);
    bool afterUnlock();
    QString plainWords(const Error &error) const;

    Options m_options;
    std::unique_ptr<Store> m_store;
    PersonListModel *m_people;
    CaseloadFilterModel *m_caseload;
    State m_state = Unavailable;
    QString m_lastError;
    QString m_currentUserName;
    QString m_teamName;
    bool m_demo = false;
};

} // namespace doorstep
