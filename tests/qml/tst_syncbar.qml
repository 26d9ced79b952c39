import QtQuick
import QtTest
import Doorstep.App

// SyncBar over the real SyncStatus. The test store is the offline demo, which never syncs: the bar
// must say so, and offer neither "Sync now" nor a sign-in it cannot use. The bar connected to a
// server is exercised by the screenshots (tests/smoke) and tst_appsignin.
Item {
    id: root

    width: 800
    height: 1280

    Item {
        id: stage
        anchors.fill: parent
    }

    TestCase {
        id: testCase

        name: "SyncBar"
        when: windowShown

        Component {
            id: barComponent
            SyncBar {
                width: stage.width
            }
        }
        SignalSpy {
            id: signIn
            signalName: "signInRequested"
        }

        function initTestCase() {
            verify(Session.unlock(Session.demoPin), Session.lastError)
        }

        function cleanupTestCase() {
            Session.lock()
        }

        function test_offlineDemoSaysItIsNotConnected() {
            const bar = createTemporaryObject(barComponent, stage)
            compare(SyncStatus.state, SyncStatus.Off)
            const label = findChild(bar, "syncStateLabel")
            compare(label.text, SyncStatus.stateText)
            verify(label.text.indexOf("not connected") >= 0, label.text)
            verify(!findChild(bar, "syncNowButton").visible)
            verify(!findChild(bar, "signInAgainButton").visible)
            verify(!findChild(bar, "syncErrorLabel").visible)
            verify(!SyncStatus.canSyncNow)
            // Nothing to count on a store that never syncs.
            compare(SyncStatus.pendingCount, 0)
            verify(!findChild(bar, "syncDetailsLabel").visible)
        }

        function test_readsAsOneStatusToAScreenReader() {
            const bar = createTemporaryObject(barComponent, stage)
            compare(bar.Accessible.role, Accessible.StatusBar)
            verify(bar.Accessible.name.indexOf(SyncStatus.stateText) === 0, bar.Accessible.name)
        }

        function test_syncNowDoesNothingWithoutAServer() {
            const bar = createTemporaryObject(barComponent, stage)
            signIn.target = bar
            SyncStatus.syncNow()
            compare(SyncStatus.state, SyncStatus.Off)
            compare(signIn.count, 0)
        }
    }
}
