// Encryption at rest: personal fields are ciphertext bound to their row and column, tampering and
// wrong keys give clear errors instead of garbage, and refusing a key never changes the database.

#include "storefixture.h"

#include "fieldcipher.h"
#include "person.h"
#include "repository.h"
#include "uuid.h"
#include "visit.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::test;
using namespace Qt::StringLiterals;

namespace {

Person samplePerson(const QString &name, const QString &nhsNumber)
{
    Person p;
    p.name = name;
    p.dateOfBirth = QDate(1938, 4, 12);
    p.nhsNumber = nhsNumber;
    p.address = u"12 Example Row, Testford"_s;
    p.gpPractice = u"Example Lane Surgery"_s;
    p.teamId = Uuid::createV7();
    p.communicationNeeds = u"Prefers large print letters"_s;
    p.whatMattersToMe = u"Getting to the allotment on Saturdays"_s;
    return p;
}

Status copyColumn(Database &db, const QString &column, const QString &fromId, const QString &toId)
{
    // column is one of the test's own literals; the ids are bound.
    Statement &s
        = db.statement(u"UPDATE persons SET %1 = (SELECT %1 FROM persons WHERE id = ?) WHERE id = ?"_s.arg(column));
    s.bind(1, fromId);
    s.bind(2, toId);
    return s.run();
}

Status setRawName(Database &db, const QString &id, const QByteArray &bytes)
{
    Statement &s = db.statement(u"UPDATE persons SET name = ? WHERE id = ?"_s);
    s.bind(1, bytes);
    s.bind(2, id);
    return s.run();
}

bool containsText(const QByteArray &haystack, const QString &needle)
{
    return haystack.contains(needle.toUtf8())
        || haystack.contains(
            QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * qsizetype(sizeof(char16_t))));
}

} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void valueCopiedToAnotherRowFailsToDecrypt();
    void valueCopiedToAnotherColumnFailsToDecrypt();
    void tamperedValueFails_data();
    void tamperedValueFails();
    void wrongPinIsRefusedAndChangesNothing_data();
    void wrongPinIsRefusedAndChangesNothing();
    void missingKeyFileIsRefusedAndChangesNothing();
    void keyOfAnotherStoreIsRefused();
    void personalFieldsAreStoredAsCiphertext();
    void outboxPayloadIsCiphertext();
    void lockedStoreRefusesReadsAndWrites();
    void createKeyRefusedWhenTheStoreHasOne();
    void noncesNeverRepeatUnderOneKey();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    Person m_ada;
    Person m_bea;
};

void TestEncryption::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = openUnlocked(m_dir->path());
    VERIFY_OK(store);
    m_store = std::move(store).value();
    m_ada = samplePerson(u"Ada Testperson"_s, u"9434765919"_s);
    m_bea = samplePerson(u"Bea Otherperson"_s, u"9912003888"_s);
    Repository<Person> persons(*m_store);
    VERIFY_OK(persons.create(m_ada));
    VERIFY_OK(persons.create(m_bea));
}

void TestEncryption::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestEncryption::valueCopiedToAnotherRowFailsToDecrypt()
{
    VERIFY_OK(copyColumn(m_store->database(), u"name"_s, m_ada.id, m_bea.id));
    Repository<Person> persons(*m_store);

    const auto bea = persons.get(m_bea.id);
    QVERIFY2(!bea, "a value moved from another row was read as if it belonged here");
    QCOMPARE(bea.error().field, u"person.name"_s);
    QVERIFY(!bea.error().reason.isEmpty());
    QVERIFY(!bea.error().message().contains(m_ada.name));

    // A list that includes the damaged row refuses as a whole rather than show part of it.
    const auto all = persons.list();
    QVERIFY(!all);
    QCOMPARE(all.error().field, u"person.name"_s);

    // The row the value came from is untouched.
    const auto ada = persons.get(m_ada.id);
    VERIFY_OK(ada);
    QCOMPARE(ada->name, m_ada.name);
}

void TestEncryption::valueCopiedToAnotherColumnFailsToDecrypt()
{
    Statement &s = m_store->database().statement(u"UPDATE persons SET address = name WHERE id = ?"_s);
    s.bind(1, m_ada.id);
    VERIFY_OK(s.run());
    const auto ada = Repository<Person>(*m_store).get(m_ada.id);
    QVERIFY(!ada);
    QCOMPARE(ada.error().field, u"person.address"_s);
}

void TestEncryption::tamperedValueFails_data()
{
    // Stored form: [format 1][key version 4][nonce 24][ciphertext][tag 16].
    QTest::addColumn<int>("position"); // negative: from the end
    QTest::newRow("format byte") << 0;
    QTest::newRow("key version") << 4;
    QTest::newRow("nonce") << 10;
    QTest::newRow("ciphertext") << 29;
    QTest::newRow("last byte of the tag") << -1;
}

void TestEncryption::tamperedValueFails()
{
    QFETCH(int, position);
    Database &db = m_store->database();
    QByteArray stored = rawValue(db, u"SELECT name FROM persons WHERE id = ?"_s, {m_ada.id});
    QVERIFY(stored.size() > 45);
    const qsizetype at = position >= 0 ? position : stored.size() + position;
    stored[at] = char(stored.at(at) ^ 0x01);
    VERIFY_OK(setRawName(db, m_ada.id, stored));

    const auto ada = Repository<Person>(*m_store).get(m_ada.id);
    QVERIFY2(!ada, "a tampered value was read");
    QCOMPARE(ada.error().field, u"person.name"_s);
    QVERIFY(!ada.error().reason.isEmpty());

    // Other rows still read.
    VERIFY_OK(Repository<Person>(*m_store).get(m_bea.id));
}

void TestEncryption::wrongPinIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("wrongPin");
    QTest::newRow("another six digits") << u"482917"_s;
    QTest::newRow("twelve digits") << u"482916482916"_s;
    QTest::newRow("too short") << u"48291"_s;
    QTest::newRow("letters") << u"48291a"_s;
    QTest::newRow("empty") << QString();
}

void TestEncryption::wrongPinIsRefusedAndChangesNothing()
{
    QFETCH(QString, wrongPin);
    m_store.reset();
    const QString database = databasePath(m_dir->path());
    const QByteArray databaseBefore = fileSha256(database);
    const QByteArray keyBefore = fileSha256(keyPath(m_dir->path()));
    QVERIFY(!databaseBefore.isEmpty());
    QVERIFY(!keyBefore.isEmpty());
    {
        auto store = Store::open(storeOptions(m_dir->path()));
        VERIFY_OK(store);
        QVERIFY((*store)->hasKey());
        const Status unlocked = (*store)->unlock(wrongPin);
        QVERIFY2(!unlocked, "a wrong PIN opened the store");
        QCOMPARE(unlocked.error().field, u"PIN"_s);
        QVERIFY(!unlocked.error().reason.isEmpty());
        QVERIFY(!(*store)->isUnlocked());
        const auto ada = Repository<Person>(**store).get(m_ada.id);
        QVERIFY(!ada);
    }
    QCOMPARE(fileSha256(database), databaseBefore);
    QCOMPARE(fileSha256(keyPath(m_dir->path())), keyBefore);

    // The right PIN still opens it, with the data intact.
    auto store = openUnlocked(m_dir->path());
    VERIFY_OK(store);
    const auto ada = Repository<Person>(**store).get(m_ada.id);
    VERIFY_OK(ada);
    QCOMPARE(ada->name, m_ada.name);
}

void TestEncryption::missingKeyFileIsRefusedAndChangesNothing()
{
    m_store.reset();
    QVERIFY(QFile::remove(keyPath(m_dir->path())));
    const QString database = databasePath(m_dir->path());
    const QByteArray databaseBefore = fileSha256(database);
    {
        auto store = Store::open(storeOptions(m_dir->path()));
        VERIFY_OK(store);
        QVERIFY((*store)->hasKey());
        const Status unlocked = (*store)->unlock(pin());
        QVERIFY(!unlocked);
        QCOMPARE(unlocked.error().field, u"key"_s);
        QVERIFY2(unlocked.error().reason.contains(u"missing"_s), qPrintable(unlocked.error().message()));
        // Nor may a new key be made in its place: the data under the old one would be lost.
        QVERIFY(!(*store)->createKey(pin()));
        QVERIFY(!QFile::exists(keyPath(m_dir->path())));
        QVERIFY(!(*store)->isUnlocked());
        const auto ada = Repository<Person>(**store).get(m_ada.id);
        QVERIFY(!ada);
        QVERIFY(!Repository<Person>(**store).list());
    }
    QCOMPARE(fileSha256(database), databaseBefore);
}

void TestEncryption::keyOfAnotherStoreIsRefused()
{
    QTemporaryDir otherDir;
    QVERIFY(otherDir.isValid());
    {
        auto other = openUnlocked(otherDir.path()); // same PIN, different data key
        VERIFY_OK(other);
    }
    m_store.reset();
    const QString database = databasePath(m_dir->path());
    const QByteArray databaseBefore = fileSha256(database);
    QVERIFY(QFile::remove(keyPath(m_dir->path())));
    QVERIFY(QFile::copy(keyPath(otherDir.path()), keyPath(m_dir->path())));
    {
        auto store = Store::open(storeOptions(m_dir->path()));
        VERIFY_OK(store);
        const Status unlocked = (*store)->unlock(pin());
        QVERIFY2(!unlocked, "the key of another store was accepted");
        QCOMPARE(unlocked.error().field, u"key"_s);
        QVERIFY(!(*store)->isUnlocked());
    }
    QCOMPARE(fileSha256(database), databaseBefore);
}

void TestEncryption::personalFieldsAreStoredAsCiphertext()
{
    Visit visit;
    visit.personId = m_ada.id;
    visit.practitionerId = Uuid::createV7();
    visit.plannedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    visit.visitType = u"nursing"_s;
    visit.notes = u"Walked to the door with her frame"_s;
    visit.nextSteps = u"Occupational therapist to fit a rail"_s;
    VERIFY_OK(Repository<Visit>(*m_store).create(visit));

    Database &db = m_store->database();
    const struct
    {
        QString sql;
        QString plain;
    } columns[] = {
        {u"SELECT name FROM persons WHERE id = ?"_s, m_ada.name},
        {u"SELECT dateOfBirth FROM persons WHERE id = ?"_s, m_ada.dateOfBirth.toString(Qt::ISODate)},
        {u"SELECT nhsNumber FROM persons WHERE id = ?"_s, m_ada.nhsNumber},
        {u"SELECT address FROM persons WHERE id = ?"_s, m_ada.address},
        {u"SELECT communicationNeeds FROM persons WHERE id = ?"_s, m_ada.communicationNeeds},
        {u"SELECT whatMattersToMe FROM persons WHERE id = ?"_s, m_ada.whatMattersToMe},
        {u"SELECT notes FROM visits WHERE id = ?"_s, visit.notes},
        {u"SELECT nextSteps FROM visits WHERE id = ?"_s, visit.nextSteps},
    };
    for (const auto &column : columns) {
        const QString id = column.sql.contains(u"visits"_s) ? visit.id : m_ada.id;
        const QByteArray raw = rawValue(db, column.sql, {id});
        QVERIFY2(raw.size() > column.plain.toUtf8().size(), qPrintable(column.sql));
        QVERIFY2(!containsText(raw, column.plain), qPrintable(column.sql + u" holds plaintext"_s));
    }

    // Nor is any of it anywhere in the files: the database, its write-ahead log, the key.
    const QStringList secrets{m_ada.name,      m_bea.name,     m_ada.nhsNumber,
                              m_bea.nhsNumber, m_ada.address,  m_ada.whatMattersToMe,
                              visit.notes,     visit.nextSteps};
    const QStringList files{databasePath(m_dir->path()), databasePath(m_dir->path()) + u"-wal"_s,
                            keyPath(m_dir->path())};
    for (const QString &file : files) {
        const QByteArray bytes = fileBytes(file);
        for (const QString &secret : secrets)
            QVERIFY2(!containsText(bytes, secret), qPrintable(file + u" holds a personal value in plaintext"_s));
    }
}

void TestEncryption::outboxPayloadIsCiphertext()
{
    Person changed = m_ada;
    changed.whatMattersToMe = u"Singing in the church choir"_s;
    VERIFY_OK(Repository<Person>(*m_store).update(changed));

    Database &db = m_store->database();
    Statement &s = db.statement(u"SELECT payload FROM outbox ORDER BY counter"_s);
    QList<QByteArray> payloads;
    while (s.step() == Statement::StepResult::Row)
        payloads << s.blob(0);
    s.reset();
    QCOMPARE(payloads.size(), 3);
    const QStringList plain{
        m_ada.name,       m_ada.nhsNumber,      m_ada.address, m_ada.whatMattersToMe, changed.whatMattersToMe,
        m_ada.gpPractice, u"whatMattersToMe"_s, u"\"new\""_s};
    for (const QByteArray &payload : payloads) {
        for (const QString &text : plain)
            QVERIFY2(!containsText(payload, text), qPrintable(u"an outbox payload holds plaintext"_s));
    }
    // Through the outbox, with the key, the change is there.
    const auto entries = pendingEntries(*m_store);
    VERIFY_OK(entries);
    QCOMPARE(entries->back().changes.value(u"whatMattersToMe"_s).toObject().value(u"new"_s).toString(),
             changed.whatMattersToMe);
}

void TestEncryption::lockedStoreRefusesReadsAndWrites()
{
    Database &db = m_store->database();
    m_store->lock();
    QVERIFY(!m_store->isUnlocked());
    Repository<Person> persons(*m_store);

    const auto ada = persons.get(m_ada.id);
    QVERIFY(!ada);
    QVERIFY2(ada.error().reason.contains(u"locked"_s), qPrintable(ada.error().message()));
    const auto all = persons.list();
    QVERIFY(!all);
    QVERIFY2(all.error().reason.contains(u"locked"_s), qPrintable(all.error().message()));
    const auto entries = pendingEntries(*m_store);
    QVERIFY(!entries);
    QVERIFY2(entries.error().reason.contains(u"locked"_s), qPrintable(entries.error().message()));

    const QByteArray before = databaseContent(db);
    Person carol = samplePerson(u"Carol Testperson"_s, QString());
    const auto created = persons.create(carol);
    QVERIFY(!created);
    QVERIFY2(created.error().reason.contains(u"locked"_s), qPrintable(created.error().message()));
    Person changed = m_ada;
    changed.name = u"Ada Changed"_s;
    const Status updated = persons.update(changed);
    QVERIFY(!updated);
    QVERIFY2(updated.error().reason.contains(u"locked"_s), qPrintable(updated.error().message()));
    const Status removed = persons.remove(m_bea.id);
    QVERIFY(!removed);
    QVERIFY2(removed.error().reason.contains(u"locked"_s), qPrintable(removed.error().message()));
    QVERIFY2(databaseContent(db) == before, "a locked store wrote");

    VERIFY_OK(m_store->unlock(pin()));
    const auto again = persons.get(m_ada.id);
    VERIFY_OK(again);
    QCOMPARE(again->name, m_ada.name);
}

void TestEncryption::createKeyRefusedWhenTheStoreHasOne()
{
    const QByteArray keyBefore = fileSha256(keyPath(m_dir->path()));
    const QByteArray contentBefore = databaseContent(m_store->database());
    QVERIFY(m_store->hasKey());
    const Status created = m_store->createKey(u"123456"_s);
    QVERIFY2(!created, "a second key replaced the first");
    QVERIFY(!created.error().reason.isEmpty());
    QCOMPARE(fileSha256(keyPath(m_dir->path())), keyBefore);
    QVERIFY(databaseContent(m_store->database()) == contentBefore);
    VERIFY_OK(Repository<Person>(*m_store).get(m_ada.id));

    // After a restart the old PIN opens it and the refused one does not.
    m_store.reset();
    auto store = Store::open(storeOptions(m_dir->path()));
    VERIFY_OK(store);
    QVERIFY(!(*store)->unlock(u"123456"_s));
    VERIFY_OK((*store)->unlock(pin()));
    VERIFY_OK(Repository<Person>(**store).get(m_ada.id));
}

void TestEncryption::noncesNeverRepeatUnderOneKey()
{
    // Stored form: [format 1][key version 4][nonce 24]...; nonces are counted, not drawn each time.
    SecureKey key = SecureKey::random();
    FieldCipher first(SecureKey::fromBytes(key.data(), SecureKey::kSize), 1);
    FieldCipher second(SecureKey::fromBytes(key.data(), SecureKey::kSize), 1);
    const QByteArray plaintext("Same words every time");
    QSet<QByteArray> nonces;
    auto seal = [&](const FieldCipher &cipher, int i) {
        const QByteArray stored = cipher.encrypt(plaintext, u"visits", QString::number(i), u"notes");
        nonces.insert(stored.mid(5, 24));
        return stored;
    };
    for (int i = 0; i < 5000; ++i) {
        seal(first, i);
        seal(second, i);
    }
    QCOMPARE(nonces.size(), 10000); // two ciphers on one key never meet either

    // A cipher moved (a store unlocked again) counts on; what either sealed, the other opens.
    FieldCipher moved(std::move(first));
    const QByteArray stored = seal(moved, 7);
    QCOMPARE(nonces.size(), 10001);
    const auto opened = second.decrypt(stored, u"visits", u"7", u"notes");
    VERIFY_OK(opened);
    QCOMPARE(*opened, plaintext);
    QVERIFY(!second.decrypt(stored, u"visits", u"8", u"notes"));
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
