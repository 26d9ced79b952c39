import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// Choosing the I statements a goal links to: the six National Voices domains, then the person's row
// of the Leeds outcomes framework, each under its heading, with a tick per statement and a search.
// Opens on the goal's current choice (selectedIds) and hands back the new one with accepted().
Dialog {
    id: dialog

    property var selectedIds: []

    signal choiceMade(var ids)

    function choose() {
        dialog.choiceMade(statements.selectedIds)
        dialog.close()
    }

    objectName: "statementBrowserDialog"
    modal: true
    focus: true
    title: qsTr("Link I statements")
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 2 * Theme.margin, 820) : 600
    height: parent ? parent.height - 2 * Theme.margin : 600
    padding: Theme.margin
    topPadding: Theme.spacing
    font.pixelSize: Theme.bodySize
    // Plain rectangles, as in ConsentDialog: Material's are drawn through a shader.
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

    onAboutToShow: {
        statements.filterText = ""
        searchField.text = ""
        statements.selectedIds = dialog.selectedIds
        list.positionViewAtBeginning()
    }

    StatementBrowserModel {
        id: statements
        objectName: "statementBrowserModel"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: qsTr("Tick what the goal is about, from what integrated care looks like for the person.")
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        TextField {
            id: searchField
            objectName: "statementSearchField"
            placeholderText: qsTr("Find a statement")
            font.pixelSize: Theme.bodySize
            inputMethodHints: Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Find a statement by its words")
            onTextChanged: statements.filterText = text
        }
        ListView {
            id: list
            objectName: "statementList"
            model: statements
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: OverflowScrollBar { }

            section.property: "heading"
            section.delegate: Label {
                required property string section
                width: ListView.view ? ListView.view.width : implicitWidth
                text: section
                topPadding: Theme.spacing
                bottomPadding: 4
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.primaryDark
                wrapMode: Label.WordWrap
                Accessible.role: Accessible.Heading
            }

            delegate: CheckDelegate {
                id: statementRow
                required property string statementId
                required property string statementText
                required property bool selected
                objectName: "statement_" + statementId
                width: ListView.view ? ListView.view.width - 16 : implicitWidth
                // The text also places the tick box at the right edge (it is centred without one).
                text: statementText
                checked: selected
                font.pixelSize: Theme.bodySize
                topPadding: 8
                bottomPadding: 8
                implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
                contentItem: Label {
                    text: statementRow.text
                    font: statementRow.font
                    color: Theme.text
                    wrapMode: Label.WordWrap
                    verticalAlignment: Text.AlignVCenter
                    rightPadding: statementRow.indicator.width + statementRow.spacing
                }
                Accessible.name: text
                onToggled: statements.setSelected(statementId, checked)
            }

            Label {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0
                text: qsTr("No statement has those words.")
                font.pixelSize: Theme.bodySize
                font.italic: true
                color: Theme.secondaryText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Label.WordWrap
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                objectName: "statementSelectedCount"
                text: statements.selectedCount === 1 ? qsTr("1 statement ticked")
                                                     : qsTr("%1 statements ticked").arg(statements.selectedCount)
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                Layout.fillWidth: true
            }
            Button {
                objectName: "statementCancelButton"
                text: qsTr("Cancel")
                flat: true
                font.pixelSize: Theme.bodySize
                Layout.minimumHeight: Theme.touchTarget
                Layout.minimumWidth: 96
                Accessible.name: qsTr("Cancel: keep the statements as they were")
                onClicked: dialog.close()
            }
            RaisedButton {
                objectName: "statementDoneButton"
                text: qsTr("Use these")
                highlighted: true
                Layout.minimumHeight: Theme.touchTarget
                Layout.minimumWidth: 120
                Accessible.name: qsTr("Link the ticked statements to the goal")
                onClicked: dialog.choose()
            }
        }
    }
}
