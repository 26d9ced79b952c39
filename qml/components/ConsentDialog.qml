import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// Recording a person's information-sharing decision: given or refused, and what may be shared with
// whom. One clear action; saved as an ordinary edit that syncs with the team.
Dialog {
    id: dialog

    required property string personId
    property bool given: true
    // A starting point for each answer, replaced when the answer changes and the words were not edited.
    readonly property string givenScope: qsTr("Share with the neighbourhood team, my GP and the services that support me")
    readonly property string refusedScope: qsTr("Nothing shared outside the neighbourhood team")

    function choose(consentGiven: bool) {
        if (scopeField.text === (given ? givenScope : refusedScope))
            scopeField.text = consentGiven ? givenScope : refusedScope
        given = consentGiven
    }

    signal recorded()

    function save(): bool {
        if (!Session.recordConsent(dialog.personId, dialog.given, scopeField.text)) {
            errorLabel.text = Session.lastError
            return false
        }
        dialog.recorded()
        dialog.close()
        return true
    }

    objectName: "consentDialog"
    modal: true
    focus: true
    title: qsTr("Record a sharing decision")
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 560, 600)
    padding: Theme.margin
    font.pixelSize: Theme.bodySize
    // Plain rectangles, for the same reason as RaisedButton: Material's are drawn through a shader.
    background: Rectangle {
        color: Theme.surface
        radius: 12
        border.color: Theme.divider
    }
    Overlay.modal: Rectangle {
        color: "#99000000"
    }
    header: Label {
        text: dialog.title
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Label.WordWrap
        topPadding: Theme.margin
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        Accessible.role: Accessible.Heading
    }

    // Before it shows, so that a tap during the opening transition is not undone.
    onAboutToShow: {
        given = true
        scopeField.text = givenScope
        errorLabel.text = ""
    }

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacing

        Label {
            text: qsTr("Has the person agreed that the team may share information about them with other services?")
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            RaisedButton {
                objectName: "consentGivenButton"
                text: qsTr("Consent given")
                checkable: true
                checked: dialog.given
                highlighted: checked
                font.pixelSize: Theme.bodySize
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // the two answers share the row equally
                Layout.minimumHeight: Theme.touchTarget + 8
                Accessible.name: text
                onClicked: dialog.choose(true)
            }
            RaisedButton {
                objectName: "consentRefusedButton"
                text: qsTr("Consent refused")
                checkable: true
                checked: !dialog.given
                highlighted: checked
                font.pixelSize: Theme.bodySize
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // the two answers share the row equally
                Layout.minimumHeight: Theme.touchTarget + 8
                Accessible.name: text
                onClicked: dialog.choose(false)
            }
        }
        Label {
            text: qsTr("What may be shared, and with whom")
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
        }
        TextArea {
            id: scopeField
            objectName: "consentScopeField"
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            Accessible.name: qsTr("What may be shared, and with whom")
        }
        Label {
            id: errorLabel
            objectName: "consentErrorLabel"
            visible: text.length > 0
            color: Theme.error
            font.pixelSize: Theme.bodySize
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.alignment: Qt.AlignRight
            Button {
                objectName: "consentCancelButton"
                text: qsTr("Cancel")
                flat: true
                font.pixelSize: Theme.bodySize
                Layout.minimumHeight: Theme.touchTarget
                Layout.minimumWidth: 96
                Accessible.name: qsTr("Cancel: record nothing")
                onClicked: dialog.close()
            }
            RaisedButton {
                objectName: "consentSaveButton"
                text: qsTr("Save decision")
                highlighted: true
                font.pixelSize: Theme.bodySize
                Layout.minimumHeight: Theme.touchTarget
                Layout.minimumWidth: 96
                Accessible.name: text
                onClicked: dialog.save()
            }
        }
    }
}
