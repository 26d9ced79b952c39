import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// Signing in to the team's server: once, on a tablet's first start (the PIN comes next), or again
// when the server signed the tablet out. A refusal says in plain words what to do.
Page {
    id: page

    readonly property bool busy: Session.state === Session.SigningIn

    // Returns true when the session took the form.
    function submit(): bool {
        if (!Session.signIn(serverField.text, userField.text, passwordField.text))
            return false
        passwordField.clear()
        return true
    }

    objectName: "signInPage"
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
            width: Math.min(parent.width - 2 * Theme.margin, 560)
            padding: 32
            Material.elevation: 2
            background: Rectangle {
                color: Theme.surface
                radius: 12
                border.color: Theme.divider
            }

            ColumnLayout {
                width: card.availableWidth
                spacing: 12

                DoorMark {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 72
                    Layout.preferredHeight: 72
                }
                Label {
                    text: Session.canReturnToCaseload ? qsTr("Sign in again") : qsTr("Sign in to Doorstep")
                    font.pixelSize: Theme.headlineSize
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                Label {
                    text: Session.canReturnToCaseload
                          ? qsTr("The server has signed this tablet out. Sign in with your user name and password; the tablet keeps its PIN and everything on it.")
                          : Session.hasPin
                            ? qsTr("Your PIN is set. Sign in with the user name and password your team's Doorstep contact gave you; then the tablet fetches your team's caseload.")
                            : qsTr("Sign in once with the user name and password your team's Doorstep contact gave you. Next you choose a PIN: after today, the PIN is all you need.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }

                Label {
                    text: qsTr("Server address")
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                    Layout.topMargin: 8
                }
                TextField {
                    id: serverField
                    objectName: "serverField"
                    text: Session.serverAddress
                    enabled: !page.busy
                    placeholderText: qsTr("https://doorstep.example.org")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: 56
                    Accessible.name: qsTr("Server address")
                    onAccepted: userField.forceActiveFocus()
                }
                Label {
                    text: qsTr("User name")
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                }
                TextField {
                    id: userField
                    objectName: "userNameField"
                    text: Session.signInUserName
                    enabled: !page.busy
                    focus: true
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: 56
                    Accessible.name: qsTr("User name")
                    onAccepted: passwordField.forceActiveFocus()
                }
                Label {
                    text: qsTr("Password")
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                }
                TextField {
                    id: passwordField
                    objectName: "passwordField"
                    enabled: !page.busy
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: 56
                    Accessible.name: qsTr("Password")
                    onAccepted: page.submit()
                }

                Label {
                    objectName: "signInErrorLabel"
                    visible: text.length > 0 && !page.busy
                    text: Session.lastError
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

                RowLayout {
                    objectName: "signInBusy"
                    visible: page.busy
                    spacing: Theme.spacing
                    Layout.alignment: Qt.AlignHCenter
                    BusyIndicator {
                        running: page.busy
                        Layout.preferredWidth: 40
                        Layout.preferredHeight: 40
                        Accessible.ignored: true
                    }
                    Label {
                        text: qsTr("Signing in as %1\u2026").arg(Session.signInUserName)
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }

                RaisedButton {
                    objectName: "signInButton"
                    text: qsTr("Sign in")
                    highlighted: true
                    enabled: !page.busy && serverField.text.length > 0 && userField.text.length > 0
                             && passwordField.text.length > 0
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: 56
                    Accessible.name: text
                    onClicked: page.submit()
                }
                Button {
                    objectName: "returnToCaseloadButton"
                    visible: Session.canReturnToCaseload
                    text: qsTr("Back to the caseload")
                    flat: true
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    Accessible.name: qsTr("Back to the caseload without signing in")
                    onClicked: Session.returnToCaseload()
                }
            }
        }
    }
}
