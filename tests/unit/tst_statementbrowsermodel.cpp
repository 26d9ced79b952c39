// StatementBrowserModel over the shipped instruments: the model contract (QAbstractItemModelTester)
// through ticking and filtering, the six National Voices domains then the service-user row of the
// outcomes framework in the catalogue's order, and a selection the filter never loses.
#include "instrumentcatalogue.h"
#include "session.h"
#include "statementbrowsermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace doorstep;

class TestStatementBrowserModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Session::instruments()); }
    void passesModelTester();
    void rolesStartAfterUserRole();
    void domainsThenTheServiceUserRowInCatalogueOrder();
    void tickingAndSelectedIds();
    void unknownIdsAreKept();
    void filterNarrowsRowsAndKeepsTheSelection();

private:
    QStringList ids(const StatementBrowserModel &model) const;
};

QStringList TestStatementBrowserModel::ids(const StatementBrowserModel &model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.data(model.index(row), StatementBrowserModel::StatementIdRole).toString();
    return result;
}

void TestStatementBrowserModel::passesModelTester()
{
    StatementBrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.setData(model.index(0), true, StatementBrowserModel::SelectedRole));
    QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(1), QStringLiteral("x"), StatementBrowserModel::TextRole));
    model.setFilterText(QStringLiteral("story"));
    model.setFilterText(QStringLiteral("no statement says this"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QString());
    model.setSelectedIds({});
    QCOMPARE(model.selectedCount(), 0);
}

void TestStatementBrowserModel::rolesStartAfterUserRole()
{
    StatementBrowserModel model;
    const auto roles = model.roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        QVERIFY2(it.key() > Qt::UserRole, it.value().constData());
    QVERIFY(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);
}

void TestStatementBrowserModel::domainsThenTheServiceUserRowInCatalogueOrder()
{
    const InstrumentCatalogue &catalogue = *Session::instruments();
    QStringList expected;
    for (const IStatementDomain &domain : catalogue.statementDomains()) {
        for (const IStatement &s : domain.statements)
            expected << s.id;
    }
    const int nationalVoices = int(expected.size());
    for (const OutcomeCell &cell : catalogue.serviceUserOutcomeRow().cells) {
        for (const OutcomeStatement &s : cell.statements)
            expected << s.id;
    }
    StatementBrowserModel model;
    QCOMPARE(ids(model), expected);
    QCOMPARE(model.property("count").toInt(), int(expected.size()));

    // Headings change only between groups (one ListView section each): six domains, three columns.
    QStringList headings;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString heading = model.data(model.index(row), StatementBrowserModel::HeadingRole).toString();
        if (headings.isEmpty() || headings.last() != heading)
            headings << heading;
        QCOMPARE(model.data(model.index(row), StatementBrowserModel::SourceRole).toString(),
                 row < nationalVoices ? QStringLiteral("nationalVoices") : QStringLiteral("outcomesFramework"));
        QVERIFY(!model.data(model.index(row), StatementBrowserModel::TextRole).toString().isEmpty());
    }
    QCOMPARE(headings.size(), 9);
    QCOMPARE(headings.removeDuplicates(), 0);
    QCOMPARE(headings.first(), QStringLiteral("National Voices: My goals/outcomes"));
    QCOMPARE(headings.at(6), QStringLiteral("Outcomes framework, service user and carer: Better"));
    QVERIFY(!expected.contains(QStringLiteral("of.staff.better.1")));
    QCOMPARE(model.data(model.index(0), StatementBrowserModel::TextRole).toString(),
             QStringLiteral("All my needs as a person are assessed and taken into account."));
}

void TestStatementBrowserModel::tickingAndSelectedIds()
{
    StatementBrowserModel model;
    QSignalSpy selectionChanged(&model, &StatementBrowserModel::selectedIdsChanged);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const int row = int(ids(model).indexOf(QStringLiteral("nv.communication.1")));
    QVERIFY(row > 0);
    QVERIFY(model.setData(model.index(row), true, StatementBrowserModel::SelectedRole));
    QCOMPARE(model.selectedIds(), QStringList{QStringLiteral("nv.communication.1")});
    QCOMPARE(selectionChanged.size(), 1);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.first().at(0).toModelIndex().row(), row);
    QVERIFY(model.data(model.index(row), StatementBrowserModel::SelectedRole).toBool());
    QCOMPARE(model.data(model.index(row), Qt::CheckStateRole).toInt(), int(Qt::Checked));

    model.toggle(QStringLiteral("of.users.better.2"));
    QCOMPARE(model.selectedIds(),
             (QStringList{QStringLiteral("nv.communication.1"), QStringLiteral("of.users.better.2")}));
    QVERIFY(model.isSelected(QStringLiteral("of.users.better.2")));
    model.toggle(QStringLiteral("nv.communication.1"));
    QCOMPARE(model.selectedIds(), QStringList{QStringLiteral("of.users.better.2")});
    // Ticking what is ticked changes nothing.
    const int before = int(selectionChanged.size());
    model.setSelected(QStringLiteral("of.users.better.2"), true);
    QCOMPARE(selectionChanged.size(), before);
    QCOMPARE(model.selectedCount(), 1);
    QCOMPARE(model.textOf(QStringLiteral("of.users.better.2")),
             QStringLiteral("Services see and treat me as an individual."));
}

void TestStatementBrowserModel::unknownIdsAreKept()
{
    StatementBrowserModel model;
    model.setSelectedIds({QStringLiteral("nv.future.1"), QStringLiteral("nv.goals.2"), QStringLiteral("nv.goals.2")});
    QCOMPARE(model.selectedIds(), (QStringList{QStringLiteral("nv.future.1"), QStringLiteral("nv.goals.2")}));
    model.toggle(QStringLiteral("nv.goals.2"));
    QCOMPARE(model.selectedIds(), QStringList{QStringLiteral("nv.future.1")});
    QCOMPARE(model.textOf(QStringLiteral("nv.future.1")), QString());
}

void TestStatementBrowserModel::filterNarrowsRowsAndKeepsTheSelection()
{
    StatementBrowserModel model;
    const int all = model.rowCount();
    model.setSelectedIds({QStringLiteral("nv.goals.1"), QStringLiteral("nv.communication.1")});
    QSignalSpy countChanged(&model, &StatementBrowserModel::countChanged);
    model.setFilterText(QStringLiteral("  STORY  "));
    QCOMPARE(countChanged.size(), 1);
    // "I tell my story once." and the outcomes statement about telling one's story.
    QCOMPARE(ids(model), (QStringList{QStringLiteral("nv.communication.1"), QStringLiteral("of.users.simpler.1")}));
    QVERIFY(model.data(model.index(0), StatementBrowserModel::SelectedRole).toBool());
    // Every word must match, the heading counts too.
    model.setFilterText(QStringLiteral("communication once"));
    QCOMPARE(ids(model), QStringList{QStringLiteral("nv.communication.1")});
    model.setFilterText(QStringLiteral("simpler"));
    QCOMPARE(model.rowCount(), 3);
    model.toggle(QStringLiteral("of.users.simpler.3"));
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), all);
    QCOMPARE(model.selectedIds(),
             (QStringList{QStringLiteral("nv.goals.1"), QStringLiteral("nv.communication.1"),
                          QStringLiteral("of.users.simpler.3")}));
}

QTEST_GUILESS_MAIN(TestStatementBrowserModel)
#include "tst_statementbrowsermodel.moc"
