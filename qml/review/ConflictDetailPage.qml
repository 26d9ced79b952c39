import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// One conflict to settle. Two versions of a text: the one on the record now, the one sync set aside,
// and the text both started from, side by side in landscape and one under another in portrait; keep
// one, keep the other, or write a merge. A record deleted on one tablet while changed on another: keep
// it, or delete it after all. Whatever is chosen is an ordinary edit that syncs.
Page {
    id: page

    required property string conflictId

    signal backRequested()
    signal lockRequested()

    // Side by side only where three readable columns fit.
    readonly property bool sideBySide: width > height && width >= Theme.wideLayout
    readonly property bool isText: resolver.kind === "text"
    // The merge has just opened: in portrait it is below the three versions, so it is scrolled into
    // view once the page has grown to hold it.
    property bool revealMerge: false

    objectName: "conflictDetailPage"
    background: Rectangle { color: Theme.background }
    Keys.onBackPressed: page.backRequested()

    ConflictResolver {
        id: resolver
        session: Session
        conflictId: page.conflictId
        onResolvedNow: page.backRequested()
    }

    header: PageHeader {
        title: resolver.loaded ? resolver.title : qsTr("Conflict")
        subtitle: resolver.loaded ? resolver.kindText : ""
        canGoBack: true
        backLabel: qsTr("Review")
        onBackRequested: page.backRequested()
        onLockRequested: page.lockRequested()
    }

    Flickable {
        id: flick
        objectName: "conflictDetailFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: layout.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: OverflowScrollBar { }
        onContentHeightChanged: {
            if (page.revealMerge && merge.visible) {
                page.revealMerge = false
                contentY = Math.max(0, Math.min(layout.y + merge.y - Theme.spacing, contentHeight - height))
            }
        }

        ColumnLayout {
            id: layout
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing

            Label {
                objectName: "conflictExplanation"
                text: !resolver.loaded ? resolver.error
                      : page.isText
                        ? qsTr("Two tablets changed %1 before either had seen the other's change. Both versions are kept until you choose. %2.")
                              .arg(resolver.fieldLabel.toLowerCase()).arg(resolver.detectedText)
                        : resolver.recordExists
                          ? qsTr("This record was deleted on one tablet while it was being changed on another, so it was kept. %1.").arg(resolver.detectedText)
                          : qsTr("This record was deleted before a change typed on %1 reached the server. The text typed is kept below for you to copy. %2.")
                                .arg(resolver.otherSource.toLowerCase()).arg(resolver.detectedText)
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.readableWidth * 1.5
            }

            Label {
                objectName: "resolvedLabel"
                visible: resolver.resolved
                text: qsTr("This conflict has been resolved.")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.given
                Layout.fillWidth: true
            }

            // Two versions of a text, and where they started.
            GridLayout {
                objectName: "textVersions"
                visible: resolver.loaded && page.isText
                columns: page.sideBySide ? 3 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true

                TextVersionBox {
                    objectName: "currentVersion"
                    caption: qsTr("On the record now")
                    note: resolver.changedSince ? qsTr("Changed again since the conflict was found") : ""
                    text: resolver.current
                    canChoose: !resolver.resolved
                    boxHeight: page.sideBySide ? Math.max(200, flick.height - 380) : 200
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    onChosen: resolver.keepCurrent()
                }
                TextVersionBox {
                    objectName: "otherVersion"
                    caption: resolver.otherFromThisTablet ? qsTr("Your version, from this tablet")
                                                          : qsTr("The other tablet's version")
                    text: resolver.other
                    canChoose: !resolver.resolved
                    boxHeight: page.sideBySide ? Math.max(200, flick.height - 380) : 200
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    onChosen: resolver.keepOther()
                }
                TextVersionBox {
                    objectName: "baseVersion"
                    caption: qsTr("Before either change")
                    footnote: qsTr("For comparing: both versions started from this")
                    text: resolver.base
                    canChoose: false
                    boxHeight: page.sideBySide ? Math.max(200, flick.height - 380) : 160
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                }
            }

            RaisedButton {
                objectName: "writeMergeButton"
                visible: resolver.loaded && page.isText && !resolver.resolved && !merge.visible
                text: qsTr("Write a merge")
                Layout.minimumHeight: Theme.touchTarget + 8
                Layout.minimumWidth: 200
                Accessible.name: qsTr("Write a merge of both versions")
                onClicked: {
                    mergeText.text = resolver.mergeDraft()
                    merge.visible = true
                    mergeText.forceActiveFocus()
                    page.revealMerge = true
                }
            }

            // A merge of the two, written by the practitioner, starting from both texts.
            Pane {
                id: merge
                objectName: "mergePane"
                visible: false
                padding: 16
                Layout.fillWidth: true
                background: Rectangle {
                    color: Theme.surface
                    radius: 8
                    border.color: Theme.primary
                }

                ColumnLayout {
                    width: merge.availableWidth
                    spacing: 8

                    Label {
                        text: qsTr("Your merge")
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.primaryDark
                        Layout.fillWidth: true
                    }
                    ScrollView {
                        clip: true
                        Layout.fillWidth: true
                        Layout.preferredHeight: 220
                        TextArea {
                            id: mergeText
                            objectName: "mergeText"
                            font.pixelSize: Theme.bodySize
                            wrapMode: TextArea.Wrap
                            selectByMouse: true
                            placeholderText: qsTr("Write the text as it should stand")
                            Accessible.name: qsTr("Your merge of both versions")
                        }
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        RaisedButton {
                            objectName: "saveMergeButton"
                            text: qsTr("Save this merge")
                            highlighted: true
                            Layout.minimumHeight: Theme.touchTarget + 8
                            Accessible.name: qsTr("Save this merge")
                            onClicked: resolver.saveMerge(mergeText.text)
                        }
                        Button {
                            objectName: "cancelMergeButton"
                            text: qsTr("Cancel")
                            flat: true
                            font.pixelSize: Theme.bodySize
                            Layout.minimumHeight: Theme.touchTarget + 8
                            Accessible.name: qsTr("Cancel the merge")
                            onClicked: merge.visible = false
                        }
                    }
                }
            }

            // A record deleted on one tablet and changed on another.
            TextVersionBox {
                objectName: "keptText"
                visible: resolver.loaded && !page.isText && resolver.other.length > 0
                caption: qsTr("Text typed on %1").arg(resolver.otherSource.toLowerCase())
                text: resolver.other
                canChoose: false
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.readableWidth * 1.5
            }
            Flow {
                visible: resolver.loaded && !page.isText && !resolver.resolved
                spacing: Theme.spacing
                Layout.fillWidth: true

                RaisedButton {
                    objectName: "keepRecordButton"
                    text: resolver.recordExists ? qsTr("Keep the record") : qsTr("Mark as reviewed")
                    highlighted: true
                    height: Theme.touchTarget + 8
                    Accessible.name: text
                    onClicked: resolver.keepCurrent()
                }
                RaisedButton {
                    objectName: "deleteRecordButton"
                    visible: resolver.recordExists
                    text: qsTr("Delete it after all")
                    height: Theme.touchTarget + 8
                    Accessible.name: qsTr("Delete the record after all")
                    onClicked: confirmDelete.open()
                }
            }

            Label {
                objectName: "resolverError"
                visible: resolver.loaded && resolver.error.length > 0
                text: resolver.error
                color: Theme.error
                font.pixelSize: Theme.bodySize
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
        }
    }

    ConfirmDialog {
        id: confirmDelete
        objectName: "confirmDeleteDialog"
        title: qsTr("Delete this record?")
        message: qsTr("It will be deleted on every tablet of the team, with the change the other tablet made to it.")
        acceptText: qsTr("Delete it")
        onAccepted: resolver.deleteRecord()
    }
}
