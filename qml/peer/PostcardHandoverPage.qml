import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Doorstep.App

// The postcard hand-over mode: the practitioner (or peer evaluator) gives the tablet to the person,
// who fills in the postcard of seed 000 §5 themselves. Made for someone of 85 with poor sight on a
// sofa: black on white, large type, ten large targets per question, each question read aloud on
// request. Nothing else in the app can be reached from here: no header, no back, no lock, and the
// Android back key does nothing. Leaving (after Finished, or to give up) takes the practitioner's PIN.
Page {
    id: page

    // The person the postcard may be linked to (empty: it can only be anonymous).
    property string personId
    property string personName
    // "practitioner", "peer-evaluator" or "self".
    property string collectionMethod: "practitioner"
    // "filling", "thanks", "pin" (the practitioner's PIN pad) or "unsent" (PIN given, answers not sent).
    property string mode: "filling"
    property string pinEntered
    readonly property alias handover: handover
    readonly property alias voice: readAloud
    readonly property bool wide: width >= Theme.wideLayout

    // Larger than the rest of the app, for poor sight.
    readonly property int questionSize: 30
    readonly property int answerSize: 34
    readonly property int textSize: 24
    readonly property int bigTarget: 80
    readonly property color ink: "#000000"
    readonly property color paper: "#ffffff"
    readonly property color chosen: "#003a70"
    readonly property color chosenText: "#ffffff"

    // Sent (or not) and the practitioner gave the PIN: the page is done.
    signal handedBack(bool sent)

    function rate(question: int, value: int) {
        // Tapping the chosen number again takes the answer back: a question may be left blank.
        const current = question === 1 ? handover.q1 : handover.q2
        handover.setRating(question, current === value ? 0 : value)
    }

    function finish() {
        if (handover.submit())
            page.mode = "thanks"
    }

    function askForPin() {
        readAloud.stop()
        page.pinEntered = ""
        pinError.text = ""
        page.mode = "pin"
    }

    function typePin(digit: string) {
        if (page.pinEntered.length < Session.pinMaximumLength)
            page.pinEntered += digit
    }

    function checkPin() {
        if (!Session.verifyPin(page.pinEntered)) {
            // A wrong PIN keeps the tablet in this mode.
            pinError.text = Session.lastError
            page.pinEntered = ""
            return false
        }
        page.pinEntered = ""
        if (!handover.submitted && handover.hasAnswers)
            page.mode = "unsent"
        else
            page.leave(handover.submitted)
        return true
    }

    function leave(sent: bool) {
        handover.flushDraft()
        page.handedBack(sent)
        if (page.StackView.view && page.StackView.view.currentItem === page)
            page.StackView.view.pop()
    }

    objectName: "postcardHandoverPage"
    focus: true
    background: Rectangle { color: page.paper }
    Material.theme: Material.Light
    Material.foreground: page.ink
    Material.accent: page.chosen
    font.pixelSize: page.textSize

    // Swallowed: the back key must not take the person out of the postcard.
    Keys.onBackPressed: event => event.accepted = true
    Keys.onEscapePressed: event => event.accepted = true
    Keys.onReleased: event => {
        if (event.key === Qt.Key_Back || event.key === Qt.Key_Escape)
            event.accepted = true
    }
    Component.onCompleted: page.forceActiveFocus()
    StackView.onActivated: page.forceActiveFocus()

    PostcardHandover {
        id: handover
        session: Session
        personId: page.personId
        collectionMethod: page.collectionMethod
    }

    ReadAloud {
        id: readAloud
    }

    // What the person fills in.
    Flickable {
        id: flick
        objectName: "postcardFlickable"
        visible: page.mode === "filling"
        anchors.fill: parent
        contentWidth: width
        contentHeight: form.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: OverflowScrollBar {
            width: 16
        }

        ColumnLayout {
            id: form
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 1120)
            spacing: Theme.margin

            Label {
                objectName: "postcardTitle"
                text: qsTr("Your postcard")
                font.pixelSize: 40
                font.bold: true
                color: page.ink
                Layout.fillWidth: true
                wrapMode: Label.WordWrap
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("Tap a number for each question: 1 is poor, 10 is excellent. You can leave a question blank.")
                font.pixelSize: page.textSize
                color: page.ink
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "restoredNote"
                visible: handover.restoredDraft
                text: qsTr("The answers given earlier are still here.")
                font.pixelSize: page.textSize
                font.italic: true
                color: page.ink
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }

            PostcardQuestion {
                objectName: "question1Card"
                number: 1
                text: handover.question1Text
                value: handover.q1
                Layout.fillWidth: true
            }
            PostcardQuestion {
                objectName: "question2Card"
                number: 2
                text: handover.question2Text
                value: handover.q2
                Layout.fillWidth: true
            }

            // The suggestion.
            Rectangle {
                objectName: "suggestionCard"
                color: page.paper
                border.color: page.ink
                border.width: 3
                radius: 12
                implicitHeight: suggestionColumn.implicitHeight + 2 * Theme.margin
                Layout.fillWidth: true

                ColumnLayout {
                    id: suggestionColumn
                    x: Theme.margin
                    y: Theme.margin
                    width: parent.width - 2 * Theme.margin
                    spacing: Theme.spacing

                    QuestionHeading {
                        text: handover.suggestionText
                        speechName: "readAloudSuggestion"
                        Layout.fillWidth: true
                    }
                    TextArea {
                        id: suggestionField
                        objectName: "suggestionField"
                        text: handover.suggestion
                        onTextChanged: if (text !== handover.suggestion) handover.suggestion = text
                        placeholderText: qsTr("Write here, if you wish")
                        placeholderTextColor: "#555555"
                        padding: 14
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: page.textSize + 2
                        color: page.ink
                        Layout.fillWidth: true
                        Layout.minimumHeight: 160
                        Accessible.name: qsTr("Your suggestion")
                        Accessible.description: handover.suggestionText
                        background: Rectangle {
                            color: page.paper
                            border.color: suggestionField.activeFocus ? page.chosen : page.ink
                            border.width: suggestionField.activeFocus ? 4 : 2
                            radius: 6
                        }
                    }
                }
            }

            // Anonymous unless the person chooses otherwise.
            Rectangle {
                objectName: "linkCard"
                visible: handover.canLinkToPerson
                color: page.paper
                border.color: page.ink
                border.width: 3
                radius: 12
                implicitHeight: linkColumn.implicitHeight + 2 * Theme.margin
                Layout.fillWidth: true

                ColumnLayout {
                    id: linkColumn
                    x: Theme.margin
                    y: Theme.margin
                    width: parent.width - 2 * Theme.margin
                    spacing: Theme.spacing

                    Label {
                        text: qsTr("Should your name go on this postcard?")
                        font.pixelSize: page.questionSize
                        font.bold: true
                        color: page.ink
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Without your name, nobody can tell the postcard is yours.")
                        font.pixelSize: page.textSize
                        color: page.ink
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    GridLayout {
                        columns: page.wide ? 2 : 1
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        Layout.fillWidth: true

                        ChoiceButton {
                            objectName: "keepAnonymousButton"
                            text: qsTr("No, leave my name off")
                            checked: !handover.linkToPerson
                            onClicked: handover.linkToPerson = false
                        }
                        ChoiceButton {
                            objectName: "linkToPersonButton"
                            text: page.personName.length > 0 ? qsTr("Yes, put my name on it (%1)").arg(page.personName)
                                                             : qsTr("Yes, put my name on it")
                            checked: handover.linkToPerson
                            onClicked: handover.linkToPerson = true
                        }
                    }
                }
            }

            Label {
                id: postcardError
                objectName: "postcardError"
                visible: text.length > 0
                text: handover.lastError
                font.pixelSize: page.textSize
                font.bold: true
                color: Theme.error
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            BigButton {
                objectName: "finishedButton"
                text: qsTr("Finished")
                primary: true
                Layout.fillWidth: true
                Accessible.description: qsTr("Sends the postcard")
                onClicked: page.finish()
            }
            BigButton {
                objectName: "handBackButton"
                text: qsTr("Give the tablet back")
                // Below Finished and smaller, so that nobody takes it for the way to send the postcard.
                implicitHeight: 64
                font.pixelSize: page.textSize
                Layout.fillWidth: true
                Accessible.description: qsTr("For the practitioner, who enters their PIN")
                onClicked: page.askForPin()
            }
        }
    }

    // After Finished.
    ColumnLayout {
        objectName: "thankYouPanel"
        visible: page.mode === "thanks"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: Theme.margin

        Label {
            text: qsTr("Thank you.")
            font.pixelSize: 48
            font.bold: true
            color: page.ink
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Your postcard has been saved. Please give the tablet back.")
            font.pixelSize: page.questionSize
            color: page.ink
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "thanksHandBackButton"
            text: qsTr("Give the tablet back")
            primary: true
            Layout.fillWidth: true
            onClicked: page.askForPin()
        }
    }

    // The practitioner's PIN pad: the only way out.
    Flickable {
        id: pinFlick
        objectName: "pinPanel"
        visible: page.mode === "pin"
        anchors.fill: parent
        contentWidth: width
        contentHeight: pinColumn.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        focus: visible
        Keys.onPressed: event => {
            if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
                page.typePin(event.text)
                event.accepted = true
            } else if (event.key === Qt.Key_Backspace) {
                page.pinEntered = page.pinEntered.slice(0, -1)
                event.accepted = true
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                page.checkPin()
                event.accepted = true
            }
        }
        onVisibleChanged: if (visible) forceActiveFocus()

        ColumnLayout {
            id: pinColumn
            x: (pinFlick.width - width) / 2
            y: Theme.margin
            width: Math.min(pinFlick.width - 2 * Theme.margin, 520)
            spacing: Theme.spacing

            Label {
                text: qsTr("For the practitioner")
                font.pixelSize: Theme.headlineSize
                font.bold: true
                color: page.ink
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: qsTr("Enter your PIN to leave the postcard.")
                font.pixelSize: Theme.bodySize + 2
                color: page.ink
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "pinDisplay"
                text: page.pinEntered.length > 0 ? "\u25cf ".repeat(page.pinEntered.length).trim() : " "
                font.pixelSize: 32
                color: page.ink
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Layout.minimumHeight: 56
                Accessible.name: qsTr("%n digits entered", "", page.pinEntered.length)
                background: Rectangle {
                    color: page.paper
                    border.color: page.ink
                    border.width: 2
                    radius: 6
                }
            }
            Label {
                id: pinError
                objectName: "pinError"
                visible: text.length > 0
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.error
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            GridLayout {
                objectName: "pinKeypad"
                columns: 3
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "delete"]
                    delegate: RaisedButton {
                        required property string modelData
                        objectName: modelData === "clear" ? "pinClear"
                                  : modelData === "delete" ? "pinDelete" : "pinKey" + modelData
                        text: modelData === "clear" ? qsTr("Clear")
                            : modelData === "delete" ? qsTr("Delete") : modelData
                        font.pixelSize: modelData.length === 1 ? 28 : Theme.bodySize
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.minimumHeight: 64
                        Accessible.name: modelData === "clear" ? qsTr("Clear the PIN")
                                       : modelData === "delete" ? qsTr("Delete the last digit") : modelData
                        onClicked: {
                            if (modelData === "clear")
                                page.pinEntered = ""
                            else if (modelData === "delete")
                                page.pinEntered = page.pinEntered.slice(0, -1)
                            else
                                page.typePin(modelData)
                        }
                    }
                }
            }
            RaisedButton {
                objectName: "pinLeaveButton"
                text: qsTr("Leave the postcard")
                highlighted: true
                enabled: page.pinEntered.length >= Session.pinMinimumLength
                Layout.fillWidth: true
                Layout.minimumHeight: 64
                Accessible.name: text
                onClicked: page.checkPin()
            }
            RaisedButton {
                objectName: "pinBackToPostcard"
                text: qsTr("Back to the postcard")
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget + 8
                Accessible.name: text
                onClicked: page.mode = handover.submitted ? "thanks" : "filling"
            }
        }
    }

    // The PIN was right but the answers were not sent: the practitioner decides, with the person.
    ColumnLayout {
        objectName: "unsentPanel"
        visible: page.mode === "unsent"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        spacing: Theme.spacing

        Label {
            text: qsTr("This postcard has not been sent")
            font.pixelSize: Theme.headlineSize
            font.bold: true
            color: page.ink
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Some answers are filled in. Send them if the person wants them sent; otherwise they are thrown away.")
            font.pixelSize: Theme.bodySize + 2
            color: page.ink
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "unsentError"
            visible: text.length > 0
            text: handover.lastError
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.error
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        RaisedButton {
            objectName: "unsentSendButton"
            text: qsTr("Send the postcard")
            highlighted: true
            Layout.fillWidth: true
            Layout.minimumHeight: 64
            Accessible.name: text
            onClicked: if (handover.submit()) page.leave(true)
        }
        RaisedButton {
            objectName: "unsentDiscardButton"
            text: qsTr("Throw the answers away")
            Layout.fillWidth: true
            Layout.minimumHeight: 64
            Accessible.name: text
            onClicked: {
                handover.discard()
                page.leave(false)
            }
        }
        RaisedButton {
            objectName: "unsentBackButton"
            text: qsTr("Back to the postcard")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget + 8
            Accessible.name: text
            onClicked: page.mode = "filling"
        }
    }

    // One rating question: its words, read aloud on request, and ten large targets.
    component PostcardQuestion: Rectangle {
        id: question

        required property int number
        required property string text
        required property int value

        color: page.paper
        border.color: page.ink
        border.width: 3
        radius: 12
        implicitHeight: questionColumn.implicitHeight + 2 * Theme.margin
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Question %1").arg(question.number)

        ColumnLayout {
            id: questionColumn
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            QuestionHeading {
                text: question.text
                prefix: qsTr("Question %1").arg(question.number)
                speechName: "readAloud" + question.number
                Layout.fillWidth: true
            }

            RowLayout {
                objectName: "q" + question.number + "Targets"
                spacing: page.wide ? 12 : 6
                Layout.fillWidth: true

                Repeater {
                    model: 10
                    delegate: AbstractButton {
                        id: target
                        required property int index
                        readonly property int score: index + 1
                        readonly property bool isChosen: question.value === score

                        objectName: "q" + question.number + "Target" + score
                        checkable: false
                        checked: isChosen
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: page.bigTarget
                        Layout.minimumWidth: Theme.touchTarget
                        Accessible.role: Accessible.RadioButton
                        Accessible.checkable: true
                        Accessible.checked: isChosen
                        Accessible.name: qsTr("%1 out of 10").arg(score)
                        Accessible.description: isChosen ? qsTr("Chosen. Tap again to take it back.") : ""
                        onClicked: page.rate(question.number, score)

                        contentItem: Label {
                            text: target.score
                            font.pixelSize: page.answerSize
                            font.bold: true
                            color: target.isChosen ? page.chosenText : page.ink
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            color: target.isChosen ? page.chosen : (target.down ? "#e6e6e6" : page.paper)
                            border.color: target.isChosen ? page.chosen : page.ink
                            border.width: target.isChosen ? 5 : 3
                            radius: 10
                            // A second ring, so the chosen number stands out without colour too.
                            Rectangle {
                                visible: target.isChosen
                                anchors.fill: parent
                                anchors.margins: 5
                                color: "transparent"
                                border.color: page.chosenText
                                border.width: 3
                                radius: 7
                            }
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("1 = %1").arg(handover.minimumLabel)
                    font.pixelSize: page.textSize
                    color: page.ink
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("10 = %1").arg(handover.maximumLabel)
                    font.pixelSize: page.textSize
                    color: page.ink
                    horizontalAlignment: Text.AlignRight
                    Layout.fillWidth: true
                }
            }
            Label {
                objectName: "q" + question.number + "Answer"
                text: question.value > 0 ? qsTr("You chose %1. Tap it again to take it back.").arg(question.value)
                                         : qsTr("Not answered. You may leave it blank.")
                font.pixelSize: page.textSize
                font.bold: question.value > 0
                color: page.ink
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
            }
        }
    }

    // A question's words, with a button that reads them aloud where the tablet has a voice.
    component QuestionHeading: RowLayout {
        id: heading

        property string text
        property string prefix
        property string speechName

        spacing: Theme.spacing

        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Label {
                visible: heading.prefix.length > 0
                text: heading.prefix
                font.pixelSize: page.textSize
                font.bold: true
                color: page.ink
                Layout.fillWidth: true
            }
            Label {
                text: heading.text
                font.pixelSize: page.questionSize
                font.bold: true
                color: page.ink
                wrapMode: Label.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
        }
        AbstractButton {
            id: speak
            readonly property bool reading: readAloud.speaking && readAloud.speakingText === heading.text
            objectName: heading.speechName
            visible: readAloud.available && heading.text.length > 0
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 132
            Layout.preferredHeight: 88
            Accessible.role: Accessible.Button
            Accessible.name: speak.reading ? qsTr("Stop reading") : qsTr("Read the question aloud")
            onClicked: speak.reading ? readAloud.stop() : readAloud.say(heading.text)
            contentItem: ColumnLayout {
                spacing: 2
                SpeakerMark {
                    color: speak.reading ? page.chosenText : page.ink
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: speak.reading ? qsTr("Stop") : qsTr("Read aloud")
                    font.pixelSize: 18
                    font.bold: true
                    color: speak.reading ? page.chosenText : page.ink
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
            background: Rectangle {
                color: speak.reading ? page.chosen : (speak.down ? "#e6e6e6" : page.paper)
                border.color: page.ink
                border.width: 3
                radius: 10
            }
        }
    }

    // A loudspeaker with two sound waves, drawn here so it needs no icon font and looks the same everywhere.
    component SpeakerMark: Canvas {
        id: mark
        property color color: page.ink
        implicitWidth: 44
        implicitHeight: 36
        onColorChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.fillStyle = mark.color
            ctx.strokeStyle = mark.color
            // the body and the cone
            ctx.beginPath()
            ctx.moveTo(2, 12)
            ctx.lineTo(10, 12)
            ctx.lineTo(20, 3)
            ctx.lineTo(20, 33)
            ctx.lineTo(10, 24)
            ctx.lineTo(2, 24)
            ctx.closePath()
            ctx.fill()
            // the waves
            ctx.lineWidth = 3
            ctx.lineCap = "round"
            for (const radius of [8, 15]) {
                ctx.beginPath()
                ctx.arc(22, 18, radius, -Math.PI / 3.2, Math.PI / 3.2)
                ctx.stroke()
            }
        }
    }

    // A wide button with large words: Finished and giving the tablet back.
    component BigButton: AbstractButton {
        id: big
        property bool primary: false
        implicitHeight: 88
        font.pixelSize: 32
        font.bold: true
        Accessible.role: Accessible.Button
        Accessible.name: text
        contentItem: Label {
            text: big.text
            font: big.font
            color: big.primary ? page.chosenText : page.ink
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Label.WordWrap
        }
        background: Rectangle {
            color: big.primary ? (big.down ? "#00284d" : page.chosen) : (big.down ? "#e6e6e6" : page.paper)
            border.color: big.primary ? page.chosen : page.ink
            border.width: 3
            radius: 12
        }
    }

    // One of the two answers to "should your name go on it?".
    component ChoiceButton: AbstractButton {
        id: choice
        checkable: false
        implicitHeight: 80
        font.pixelSize: page.textSize
        font.bold: true
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Accessible.role: Accessible.RadioButton
        Accessible.checkable: true
        Accessible.checked: choice.checked
        Accessible.name: text
        contentItem: Label {
            text: (choice.checked ? "\u2713 " : "") + choice.text
            font: choice.font
            color: choice.checked ? page.chosenText : page.ink
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Label.WordWrap
        }
        background: Rectangle {
            color: choice.checked ? page.chosen : (choice.down ? "#e6e6e6" : page.paper)
            border.color: choice.checked ? page.chosen : page.ink
            border.width: 3
            radius: 10
        }
    }
}
