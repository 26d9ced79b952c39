// Quick Test entry point: one small demo store, made once, that every test file's engine opens
// through its own Session (so each file starts locked and can unlock with the demo PIN).
#include "demosetup.h"
#include "session.h"

#include <QQmlEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Doorstep_AppPlugin)

using namespace doorstep;

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        // Drawn without a GPU, the same on every machine; set before any window exists.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            qFatal("no temporary directory for the test store");
        DemoNeighbourhood::Options small;
        small.people = 30;
        small.visits = 150;
        small.postcards = 10;
        auto prepared = DemoSetup::prepareDirectory(m_dir->path(), KeyStorageFactory::Preference::FileOnly,
                                                    KeyVault::testCost(), small);
        if (!prepared)
            qFatal("demo store: %s", qPrintable(prepared.error().message()));
        Session::setDefaultOptions({m_dir->path(), KeyStorageFactory::Preference::FileOnly, KeyVault::testCost()});
    }

    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
