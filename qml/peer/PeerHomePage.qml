import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// Where a peer evaluator starts (seed 001 §4.1.3): the interview rounds for this neighbourhood, then
// the people the team listed for the chosen round, each opening their consent and interview; and a
// postcard to collect along the way. Nothing here leads to visit notes, goals or the caseload.
Page {
    id: page

    property string teamName: Session.teamName
    property string userName: Session.currentUserName
    // The round whose people are listed; the first (current or latest) until another is chosen.
    property string roundId: rounds.count > 0 ? rounds.roundIdAt(0) : ""
    readonly property bool wide: width >= Theme.wideLayout
    readonly property alias rounds: rounds
    readonly property alias interviewees: interviewees

    signal lockRequested()
    signal signInRequested()
    // The page that opens one person's interview and the postcard hand-over; pushed on the stack.
    signal intervieweeChosen(string intervieweeId)
    signal postcardRequested()

    function openInterviewee(intervieweeId: string) {
        page.intervieweeChosen(intervieweeId)
        if (page.StackView.view)
            page.StackView.view.push(interviewPage, { intervieweeId: intervieweeId })
    }

    function collectPostcard() {
        page.postcardRequested()
        if (page.StackView.view)
            page.StackView.view.push(postcardPage, { collectionMethod: "peer-evaluator" })
    }

    objectName: "peerHomePage"
    background: Rectangle { color: Theme.background }
    // Back from an interview: its consent and answers may have changed the counts.
    StackView.onActivated: {
        rounds.reload()
        interviewees.reload()
    }

    header: PageHeader {
        title: qsTr("Peer evaluation")
        subtitle: page.teamName.length > 0 && page.userName.length > 0 ? page.teamName + " \u00b7 " + page.userName
                                                                       : page.teamName + page.userName
        onLockRequested: page.lockRequested()
    }

    footer: SyncBar {
        onSignInRequested: page.signInRequested()
    }

    RoundListModel {
        id: rounds
        session: Session
    }

    IntervieweeListModel {
        id: interviewees
        session: Session
        roundId: page.roundId
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        // The rounds, and the postcard.
        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 380 : -1
            Layout.fillHeight: page.wide
            Layout.alignment: Qt.AlignTop

            Label {
                text: qsTr("Interview rounds")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "noRoundsLabel"
                visible: rounds.count === 0
                text: SyncStatus.state === SyncStatus.Syncing
                      ? qsTr("Fetching the rounds from the server\u2026")
                      : qsTr("No interview round for this neighbourhood yet. The team lead sets one up.")
                font.pixelSize: Theme.bodySize
                color: Theme.secondaryText
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            ListView {
                id: roundList
                objectName: "roundList"
                model: rounds
                clip: true
                spacing: Theme.spacing
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                // Upright, the rounds sit above the people: as tall as their cards, up to about two,
                // then scrolled. Each card is as tall as its text, never cut to a fixed height. Filling
                // between a minimum and a maximum, since a preferred height alone left the list 0 px
                // high (the layout sized the row but not the list) on Qt 6.4.
                Layout.fillHeight: true
                Layout.minimumHeight: page.wide ? 0 : Math.min(contentHeight, 260)
                Layout.maximumHeight: page.wide ? Number.POSITIVE_INFINITY : Layout.minimumHeight
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Interview rounds")

                delegate: ItemDelegate {
                    id: roundRow
                    required property string roundId
                    required property string title
                    required property string datesText
                    required property string progressText
                    required property bool current
                    readonly property bool selected: roundRow.roundId === page.roundId

                    objectName: "roundDelegate"
                    width: ListView.view.width
                    padding: 16
                    Accessible.name: qsTr("%1, %2, %3").arg(title).arg(datesText).arg(progressText)
                    Accessible.description: selected ? qsTr("Chosen") : qsTr("Shows the people listed for this round")
                    onClicked: page.roundId = roundRow.roundId
                    background: Rectangle {
                        color: roundRow.selected ? "#e0f2f1" : Theme.surface
                        border.color: roundRow.selected ? Theme.primary : Theme.divider
                        border.width: roundRow.selected ? 2 : 1
                        radius: 8
                    }
                    contentItem: ColumnLayout {
                        spacing: 4
                        Label {
                            text: roundRow.title
                            font.pixelSize: Theme.bodySize + 2
                            font.bold: true
                            color: Theme.text
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: roundRow.current ? qsTr("%1 \u00b7 under way").arg(roundRow.datesText) : roundRow.datesText
                            font.pixelSize: Theme.smallSize
                            color: Theme.secondaryText
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: roundRow.progressText
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            RaisedButton {
                objectName: "collectPostcardButton"
                text: qsTr("Collect a postcard")
                highlighted: true
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget + 8
                Accessible.name: qsTr("Collect a postcard: hand the tablet over")
                onClicked: page.collectPostcard()
            }
        }

        // The people listed for the chosen round.
        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true

            Label {
                text: qsTr("People to interview")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("People the team listed: they used both health and social care in the last six months "
                           + "and said they would be happy to be interviewed.")
                font.pixelSize: Theme.smallSize
                color: Theme.secondaryText
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            ListView {
                id: intervieweeList
                objectName: "intervieweeList"
                model: interviewees
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                Layout.fillHeight: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("People to interview")
                ScrollBar.vertical: OverflowScrollBar { }

                delegate: ItemDelegate {
                    id: personRow
                    required property string intervieweeId
                    required property string name
                    required property string address
                    required property string eligibility
                    required property string consent
                    required property string consentText
                    required property bool interviewed

                    objectName: "intervieweeDelegate"
                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.rowHeight, implicitContentHeight + 24)
                    leftPadding: 16
                    rightPadding: 16
                    Accessible.name: address.length > 0 ? qsTr("%1, %2, %3").arg(name).arg(address).arg(consentText)
                                                        : qsTr("%1, %2").arg(name).arg(consentText)
                    Accessible.description: qsTr("Opens consent and the interview")
                    onClicked: page.openInterviewee(personRow.intervieweeId)
                    background: Rectangle {
                        color: personRow.down ? "#eef3f2" : Theme.surface
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: 1
                            color: Theme.divider
                        }
                    }
                    contentItem: RowLayout {
                        spacing: Theme.spacing
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                text: personRow.name
                                font.pixelSize: Theme.bodySize + 2
                                font.bold: true
                                color: Theme.text
                                elide: Label.ElideRight
                                Layout.fillWidth: true
                            }
                            // Where to find them: the peer evaluator goes to the person's home.
                            Label {
                                objectName: "intervieweeAddress"
                                visible: text.length > 0
                                text: personRow.address
                                font.pixelSize: Theme.bodySize
                                color: Theme.text
                                wrapMode: Label.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: personRow.eligibility
                                font.pixelSize: Theme.smallSize
                                color: Theme.secondaryText
                                wrapMode: Label.WordWrap
                                maximumLineCount: 2
                                elide: Label.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.preferredWidth: page.wide ? 260 : 230
                            Layout.fillWidth: false
                            Label {
                                objectName: "consentState"
                                text: personRow.consentText
                                font.pixelSize: Theme.smallSize
                                font.bold: personRow.consent !== "not-asked"
                                color: personRow.consent === "given" ? Theme.given
                                     : personRow.consent === "withdrawn" ? Theme.refused : Theme.secondaryText
                                wrapMode: Label.WordWrap
                                horizontalAlignment: Text.AlignRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: personRow.interviewed ? qsTr("Interviewed") : qsTr("Not interviewed yet")
                                font.pixelSize: Theme.smallSize
                                color: Theme.text
                                horizontalAlignment: Text.AlignRight
                                Layout.fillWidth: true
                            }
                        }
                    }
                }

                Label {
                    objectName: "noIntervieweesLabel"
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.margin, Theme.readableWidth)
                    visible: intervieweeList.count === 0 && rounds.count > 0
                    text: qsTr("The team has not listed anyone for this round yet.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.secondaryText
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Label.WordWrap
                }
            }
        }
    }

    Component {
        id: interviewPage
        InterviewPage {
            onBackRequested: StackView.view.pop()
            onLockRequested: page.lockRequested()
        }
    }

    Component {
        id: postcardPage
        PostcardHandoverPage { }
    }
}
