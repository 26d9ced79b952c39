import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// What sync needs a person for: the conflicts it flagged (tap one to settle it), and the changes the
// server refused. A refused change holds up every change behind it until it is set aside: kept on
// this tablet, readable and copyable here, and never sent.
Page {
    id: page

    signal backRequested()
    signal lockRequested()

    readonly property bool wide: width >= Theme.wideLayout

    objectName: "conflictReviewPage"
    background: Rectangle { color: Theme.background }
    Keys.onBackPressed: page.backRequested()
    // Back from a conflict: it may be resolved now.
    StackView.onActivating: {
        conflicts.reload()
        refused.reload()
    }

    ConflictListModel {
        id: conflicts
        session: Session
    }
    RefusedChangeListModel {
        id: refused
        session: Session
    }

    header: PageHeader {
        title: qsTr("Review")
        subtitle: [SyncStatus.conflictText, refused.hasRefused ? qsTr("a change refused") : ""]
                  .filter(part => part.length > 0).join(" \u00b7 ")
        canGoBack: true
        backLabel: qsTr("Caseload")
        onBackRequested: page.backRequested()
        onLockRequested: page.lockRequested()
    }

    Flickable {
        id: flick
        objectName: "reviewFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: layout.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: OverflowScrollBar { }

        GridLayout {
            id: layout
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            SummarySection {
                objectName: "conflictSection"
                title: qsTr("Conflicts to review")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop

                Label {
                    text: qsTr("Two tablets changed the same thing before either saw the other's change. Nothing was lost: choose what should stand.")
                    font.pixelSize: Theme.smallSize
                    color: Theme.secondaryText
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
                DetailText {
                    objectName: "noConflictsLabel"
                    visible: conflicts.count === 0
                    value: conflicts.error
                    emptyText: qsTr("No conflicts to review.")
                }
                Repeater {
                    model: conflicts
                    delegate: ItemDelegate {
                        id: conflictRow

                        required property int index
                        required property string conflictId
                        required property string title
                        required property string kindText
                        required property string detectedText

                        objectName: "conflictDelegate"
                        padding: 8
                        leftPadding: 0
                        rightPadding: 0
                        implicitHeight: Math.max(Theme.touchTarget + 16, implicitContentHeight + 16)
                        Layout.fillWidth: true
                        Accessible.name: qsTr("%1. %2. %3").arg(title).arg(kindText).arg(detectedText)
                        Accessible.description: qsTr("Opens both versions side by side")
                        onClicked: page.StackView.view.push(detailPage, { conflictId: conflictId })

                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            ColumnLayout {
                                spacing: 2
                                Layout.fillWidth: true
                                Label {
                                    text: conflictRow.title
                                    font.pixelSize: Theme.bodySize
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Label.WordWrap
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: conflictRow.kindText + " \u00b7 " + conflictRow.detectedText
                                    font.pixelSize: Theme.smallSize
                                    color: Theme.secondaryText
                                    wrapMode: Label.WordWrap
                                    Layout.fillWidth: true
                                }
                            }
                            Label {
                                text: "\u203a"
                                font.pixelSize: Theme.headlineSize
                                color: Theme.secondaryText
                                Accessible.ignored: true
                            }
                        }
                        Rectangle {
                            visible: conflictRow.index > 0
                            anchors.top: parent.top
                            width: parent.width
                            height: 1
                            color: Theme.divider
                        }
                    }
                }
            }

            SummarySection {
                objectName: "refusedSection"
                title: qsTr("Changes the server refused")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop

                DetailText {
                    objectName: "noRefusedLabel"
                    visible: refused.count === 0
                    value: ""
                    emptyText: qsTr("The server has refused nothing from this tablet.")
                }
                Repeater {
                    model: refused
                    delegate: ColumnLayout {
                        id: change

                        required property int index
                        required property string mutationId
                        required property bool setAside
                        required property string title
                        required property string reason
                        required property string details
                        required property string whenText

                        objectName: change.setAside ? "setAsideChange" : "refusedChange"
                        spacing: 6
                        Layout.fillWidth: true

                        Rectangle {
                            visible: change.index > 0
                            color: Theme.divider
                            Layout.fillWidth: true
                            Layout.preferredHeight: 1
                            Layout.bottomMargin: 6
                        }
                        Label {
                            text: change.title
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: change.setAside
                                  ? change.whenText + ". " + qsTr("Kept on this tablet only; it will not be sent.")
                                  : qsTr("Changes made after it are waiting behind it.")
                            font.pixelSize: Theme.smallSize
                            color: change.setAside ? Theme.secondaryText : Theme.refused
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: change.reason
                            font.pixelSize: Theme.smallSize
                            color: Theme.secondaryText
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        TextArea {
                            id: detailsText
                            objectName: "changeDetails"
                            text: change.details
                            readOnly: true
                            selectByMouse: true
                            wrapMode: TextArea.Wrap
                            font.pixelSize: Theme.bodySize
                            Layout.fillWidth: true
                            Layout.maximumHeight: 240
                            background: Rectangle {
                                color: Theme.background
                                radius: 4
                            }
                            Accessible.name: qsTr("What the change holds")
                            Accessible.description: change.details
                        }
                        Flow {
                            spacing: Theme.spacing
                            Layout.fillWidth: true
                            RaisedButton {
                                objectName: "setAsideButton"
                                visible: !change.setAside
                                enabled: refused.canSetAside
                                highlighted: true
                                text: qsTr("Set aside")
                                height: Theme.touchTarget + 8
                                Accessible.name: qsTr("Set this change aside so the others can be sent")
                                onClicked: {
                                    confirmSetAside.mutationId = change.mutationId
                                    confirmSetAside.open()
                                }
                            }
                            RaisedButton {
                                objectName: "copyChangeButton"
                                text: qsTr("Copy the text")
                                height: Theme.touchTarget + 8
                                Accessible.name: qsTr("Copy what the change holds")
                                onClicked: {
                                    detailsText.selectAll()
                                    detailsText.copy()
                                    detailsText.deselect()
                                }
                            }
                        }
                    }
                }
                Label {
                    objectName: "refusedError"
                    visible: refused.error.length > 0
                    text: refused.error
                    color: Theme.error
                    font.pixelSize: Theme.bodySize
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    Component {
        id: detailPage
        ConflictDetailPage {
            onBackRequested: StackView.view.pop()
            onLockRequested: page.lockRequested()
        }
    }

    ConfirmDialog {
        id: confirmSetAside

        property string mutationId

        objectName: "confirmSetAsideDialog"
        title: qsTr("Set this change aside?")
        message: qsTr("It stays on this tablet, where you can read and copy it, but it will not be sent. The changes waiting behind it will then go to the server, and the record shows again what the server has.")
        acceptText: qsTr("Set aside")
        onAccepted: refused.setAside(mutationId)
    }
}
