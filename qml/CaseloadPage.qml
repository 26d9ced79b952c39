import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// The people this neighbourhood team supports, searchable by name or NHS number, with where the
// tablet stands with the server always in view at the foot.
Page {
    id: page

    required property CaseloadFilterModel caseload
    property string teamName
    property string userName

    signal personChosen(string personId)
    signal lockRequested()
    signal signInRequested()
    signal reviewRequested()

    objectName: "caseloadPage"
    background: Rectangle { color: Theme.background }

    header: PageHeader {
        title: qsTr("Caseload")
        subtitle: page.teamName.length > 0 && page.userName.length > 0 ? page.teamName + " · " + page.userName
                                                                       : page.teamName + page.userName
        onLockRequested: page.lockRequested()
    }

    footer: SyncBar {
        onSignInRequested: page.signInRequested()
        onReviewRequested: page.reviewRequested()
    }

    // Today's visits: a column beside the caseload in landscape, a strip above it in portrait.
    TodayPanel {
        id: todayPanel
        beside: page.width >= Theme.wideLayout
        width: beside ? Math.round(page.width * 0.4) : page.width
        height: beside ? parent.height : implicitHeight
        maximumListHeight: Math.max(Theme.rowHeight, Math.round(page.height * 0.28))
        onVisitChosen: visitId => {
            if (page.StackView.view)
                page.StackView.view.push(visitPage, { visitId: visitId, backLabel: qsTr("Caseload") })
        }
    }

    Component {
        id: visitPage
        VisitPage {
            onBackRequested: StackView.view.pop()
            onLockRequested: Session.lock()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: todayPanel.beside ? todayPanel.width : 0
        anchors.topMargin: todayPanel.beside ? 0 : todayPanel.height
        spacing: 0

        Pane {
            Layout.fillWidth: true
            padding: Theme.spacing
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            background: Rectangle { color: Theme.surface }

            RowLayout {
                width: parent.width
                spacing: Theme.spacing

                TextField {
                    id: searchField
                    objectName: "searchField"
                    placeholderText: qsTr("Search by name or NHS number")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    font.pixelSize: Theme.bodySize
                    Layout.fillWidth: true
                    Layout.minimumHeight: 56
                    Accessible.name: qsTr("Search the caseload by name or NHS number")
                    Accessible.role: Accessible.EditableText
                    text: page.caseload.searchText
                    onTextEdited: page.caseload.searchText = text
                }
                Button {
                    objectName: "clearSearchButton"
                    visible: searchField.text.length > 0
                    text: qsTr("Clear")
                    flat: true
                    font.pixelSize: Theme.bodySize
                    Layout.minimumHeight: Theme.touchTarget + 8
                    Layout.minimumWidth: 88
                    Accessible.name: qsTr("Clear the search")
                    onClicked: {
                        page.caseload.searchText = ""
                        searchField.forceActiveFocus()
                    }
                }
            }
        }

        Label {
            objectName: "caseloadCount"
            text: page.caseload.searchText.length > 0
                  ? qsTr("%n matching", "", page.caseload.count)
                  : qsTr("%n people", "", page.caseload.count)
            font.pixelSize: Theme.smallSize
            color: Theme.secondaryText
            leftPadding: Theme.margin
            topPadding: 8
            bottomPadding: 8
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "caseloadList"
            model: page.caseload
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("People in the caseload")
            ScrollBar.vertical: OverflowScrollBar { }

            delegate: PersonDelegate {
                width: ListView.view.width
                onClicked: page.personChosen(personId)
            }

            // A sync reads the caseload afresh; the list stays at the person who was at its top,
            // rather than jumping back to the first name.
            property string topPersonId: ""
            Connections {
                target: page.caseload
                function onModelAboutToBeReset() {
                    const top = list.indexAt(list.width / 2, list.contentY + 1)
                    list.topPersonId = top > 0 ? page.caseload.personIdAt(top) : ""
                }
                function onModelReset() {
                    if (list.topPersonId.length === 0)
                        return
                    const id = list.topPersonId
                    list.topPersonId = ""
                    Qt.callLater(() => {
                        const row = page.caseload.rowOfPerson(id)
                        if (row >= 0)
                            list.positionViewAtIndex(row, ListView.Beginning)
                    })
                }
            }

            Label {
                objectName: "noMatchLabel"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.readableWidth)
                visible: list.count === 0
                text: page.caseload.searchText.length > 0
                      ? qsTr("No one in the caseload matches \u201c%1\u201d. Check the spelling, or type the NHS number.").arg(page.caseload.searchText)
                      : SyncStatus.state === SyncStatus.Syncing
                        ? qsTr("Fetching the team's caseload from the server\u2026")
                        : qsTr("No one is in the caseload yet.")
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Label.WordWrap
            }
        }
    }
}
