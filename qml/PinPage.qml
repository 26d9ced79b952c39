import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// First start: choose a PIN and type it again. Every start after: the PIN unlocks the store.
// Digits only, masked; a refusal says in plain words what to do.
Page {
    id: page

    // true on first start (choose a PIN), false to unlock
    required property bool settingUp
    // A message the session left for this page (after a lock-out sign-in, say) shows on arrival.
    property string errorText: settingUp ? "" : Session.lastError

    // Returns true when the session took the PIN.
    function submit(): bool {
        const done = settingUp ? Session.setUpPin(pinField.text, confirmField.text) : Session.unlock(pinField.text)
        if (done) {
            errorText = ""
            return true
        }
        errorText = Session.lastError
        // Start again from the top: a half-remembered PIN is easier to retype than to fix.
        pinField.clear()
        confirmField.clear()
        pinField.forceActiveFocus()
        return false
    }

    objectName: "pinPage"
    background: Rectangle { color: Theme.background }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.implicitHeight + 2 * Theme.margin)
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: OverflowScrollBar { }

        Pane {
            id: card
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, 520)
            padding: 32
            Material.elevation: 2
            background: Rectangle {
                color: Theme.surface
                radius: 12
                border.color: Theme.divider
            }

            ColumnLayout {
                width: card.availableWidth
                spacing: 16

                DoorMark {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 88
                    Layout.preferredHeight: 88
                }
                Label {
                    text: page.settingUp ? qsTr("Welcome to Doorstep") : qsTr("Unlock Doorstep")
                    font.pixelSize: Theme.headlineSize
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                Label {
                    text: page.settingUp
                          ? qsTr("Choose a PIN of %1 to %2 digits. It locks what this tablet holds about the people you visit. Type it twice.").arg(Session.pinMinimumLength).arg(Session.pinMaximumLength)
                          : qsTr("Enter your PIN to see your caseload.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }

                TextField {
                    id: pinField
                    objectName: "pinField"
                    focus: true
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                    maximumLength: Session.pinMaximumLength
                    placeholderText: page.settingUp ? qsTr("New PIN") : qsTr("PIN")
                    font.pixelSize: Theme.titleSize
                    font.letterSpacing: 4
                    horizontalAlignment: TextInput.AlignHCenter
                    Layout.fillWidth: true
                    Layout.minimumHeight: 56
                    Accessible.name: page.settingUp ? qsTr("New PIN, %1 to %2 digits").arg(Session.pinMinimumLength).arg(Session.pinMaximumLength) : qsTr("PIN")
                    onTextEdited: page.errorText = ""
                    onAccepted: page.settingUp ? confirmField.forceActiveFocus() : page.submit()
                }
                TextField {
                    id: confirmField
                    objectName: "pinConfirmField"
                    visible: page.settingUp
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
                    maximumLength: Session.pinMaximumLength
                    placeholderText: qsTr("The same PIN again")
                    font.pixelSize: Theme.titleSize
                    font.letterSpacing: 4
                    horizontalAlignment: TextInput.AlignHCenter
                    Layout.fillWidth: true
                    Layout.minimumHeight: 56
                    Accessible.name: qsTr("The same PIN again")
                    onTextEdited: page.errorText = ""
                    onAccepted: page.submit()
                }

                Label {
                    id: errorLabel
                    objectName: "pinErrorLabel"
                    visible: text.length > 0
                    text: page.errorText
                    color: Theme.error
                    font.pixelSize: Theme.bodySize
                    wrapMode: Label.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    padding: 8
                    background: Rectangle { color: Theme.errorSurface; radius: 6 }
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }

                // After wrong PINs: how long until the next try, counting down.
                Label {
                    objectName: "pinWaitLabel"
                    visible: !page.settingUp && Session.pinSecondsToWait > 0
                    text: qsTr("Too many wrong PINs. You can try again in %n seconds.", "", Session.pinSecondsToWait)
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Label.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }

                RaisedButton {
                    objectName: "pinSubmitButton"
                    text: page.settingUp ? qsTr("Set PIN") : qsTr("Unlock")
                    highlighted: true
                    enabled: pinField.text.length > 0 && (!page.settingUp || confirmField.text.length > 0)
                             && (page.settingUp || Session.pinSecondsToWait === 0)
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: 56
                    Accessible.name: text
                    onClicked: page.submit()
                }

                // After the sign-in form on first start: who is signing in, and the way back to change it.
                Label {
                    objectName: "pinSignInNote"
                    visible: page.settingUp && Session.signInPending
                    text: qsTr("Signing in as %1 at %2 once the PIN is set.").arg(Session.signInUserName).arg(Session.serverAddress)
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "backToSignInButton"
                    visible: page.settingUp && Session.signInPending
                    text: qsTr("Change the sign-in details")
                    flat: true
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Back to the sign-in form")
                    onClicked: Session.backToSignIn()
                }

                Label {
                    visible: Session.demoPin.length > 0 && !page.settingUp
                    text: qsTr("Demo neighbourhood: every name is made up. The PIN is %1.").arg(Session.demoPin)
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
