import QtQuick
import QtQuick.Controls
import QtTest
import Doorstep.App

// The goals pages on the demo store: a goal written through the edit page (and a refusal that
// names the field), statements linked through the browser, a review added on the review page
// growing the trend chart, the goals list showing the goal, and the person page's Goals button.
// TestCase itself is never visible, so the pages under test live in a visible stage beside it.
Item {
    id: root

    width: 1280
    height: 1280

    Item {
        id: stage
        width: 1280
        height: 800
    }

    TestCase {
        id: testCase

        name: "GoalsPages"
        when: windowShown

        property string personId

        Component {
            id: editPageComponent
            GoalEditPage {
                width: stage.width
                height: stage.height
            }
        }
        Component {
            id: reviewPageComponent
            GoalReviewPage {
                width: stage.width
                height: stage.height
            }
        }
        Component {
            id: goalsPageComponent
            GoalsPage {
                width: stage.width
                height: stage.height
            }
        }
        Component {
            id: personStackComponent
            StackView {
                width: stage.width
                height: stage.height
            }
        }
        Component {
            id: personPageComponent
            PersonPage { }
        }
        Component {
            id: editorComponent
            GoalEditor {
                session: Session
            }
        }

        // Scrolls a page's Flickable so that the item is on screen, as a finger would.
        function reveal(page: Item, flickName: string, item: Item): Item {
            const flick = findChild(page, flickName)
            const y = item.mapToItem(flick.contentItem, 0, 0).y
            if (y < flick.contentY || y + item.height > flick.contentY + flick.height)
                flick.contentY = Math.max(0, Math.min(y - 24, flick.contentHeight - flick.height))
            return item
        }
        function tap(page: Item, flickName: string, name: string) {
            mouseClick(reveal(page, flickName, findChild(page, name)))
        }

        function typeInto(field: Item, text: string) {
            mouseClick(field)
            tryVerify(() => field.activeFocus)
            for (const c of text)
                keyClick(c)
        }

        // A goal saved without the pages, for the tests that start from one.
        function savedGoal(words: string): string {
            const editor = createTemporaryObject(editorComponent, testCase, { personId: personId })
            verify(editor.loaded)
            editor.words = words
            editor.baselineRating = 3
            verify(editor.save(), editor.error)
            return editor.goalId
        }

        function init() {
            verify(Session.unlock(Session.demoPin), Session.lastError)
            personId = Session.caseload.personIdAt(1)
            verify(personId.length > 0)
            stage.width = 1280
            stage.height = 800
        }

        function test_writeAGoalThroughTheEditPage() {
            const page = createTemporaryObject(editPageComponent, stage, { personId: personId, personName: "Test" })
            const editor = page.editor
            tryVerify(() => editor.loaded)
            verify(editor.isNew)

            // Nothing typed yet: refused, and the message names the field.
            const save = findChild(page, "goalSaveButton")
            mouseClick(save)
            compare(editor.errorField, "words")
            const wordsError = findChild(page, "fieldError_words")
            verify(wordsError.visible)
            verify(wordsError.text.startsWith("Goal:"), wordsError.text)
            verify(editor.isNew)

            typeInto(findChild(page, "goalWordsField"), "i want to walk to the shops")
            compare(editor.words, "i want to walk to the shops")
            verify(!wordsError.visible) // typing again clears the refusal

            // No baseline yet: refused again, the message under the baseline, brought into view.
            mouseClick(save)
            compare(editor.errorField, "baselineRating")
            const baselineError = findChild(page, "fieldError_baselineRating")
            verify(baselineError.visible)
            verify(baselineError.text.startsWith("Baseline rating:"), baselineError.text)

            const three = reveal(page, "goalEditFlickable", findChild(page, "baselineRating3"))
            verify(three.width >= 48 && three.height >= 48)
            mouseClick(three)
            compare(editor.baselineRating, 3)
            verify(three.checked)
            mouseClick(three) // a second tap keeps the choice
            compare(editor.baselineRating, 3)
            verify(three.checked)

            // Link a statement through the browser.
            tap(page, "goalEditFlickable", "chooseStatementsButton")
            const dialog = findChild(page, "statementBrowserDialog")
            tryVerify(() => dialog.opened)
            const list = findChild(dialog.contentItem, "statementList")
            tryVerify(() => list.count > 30)
            const firstRow = list.itemAtIndex(0)
            verify(firstRow.height >= 48)
            mouseClick(firstRow)
            tryVerify(() => firstRow.checked)
            mouseClick(findChild(dialog.contentItem, "statementDoneButton"))
            tryVerify(() => !dialog.visible)
            compare(editor.statementIds.length, 1)
            compare(editor.statementIds[0], "nv.goals.1")

            mouseClick(save)
            compare(editor.error, "")
            verify(!editor.isNew)
            verify(editor.goalId.length > 0)
            compare(editor.reviews.length, 1) // the baseline

            // The person's goals list shows it, with its sparkline.
            const goals = createTemporaryObject(goalsPageComponent, stage, { personId: personId })
            const model = findChild(goals, "goalListModel")
            let row = -1
            for (let i = 0; i < model.count; ++i) {
                if (model.goalIdAt(i) === editor.goalId)
                    row = i
            }
            verify(row >= 0)
            const goalList = findChild(goals, "goalList")
            tryVerify(() => goalList.itemAtIndex(row) !== null)
            const sparkline = findChild(goalList.itemAtIndex(row), "goalSparkline")
            compare(sparkline.pointCount, 1)
        }

        function test_reviewGrowsTheChart() {
            const goalId = savedGoal("i want to sleep upstairs again")
            const page = createTemporaryObject(reviewPageComponent, stage, { personId: personId, goalId: goalId })
            tryVerify(() => page.editor.loaded)
            const chart = findChild(page, "goalTrendChart")
            compare(chart.pointCount, 1)
            compare(chart.trendText, "Baseline 3, no reviews yet")
            compare(chart.Accessible.description, chart.trendText)

            // A rating is needed.
            tap(page, "goalReviewFlickable", "saveReviewButton")
            compare(page.editor.errorField, "reviewRating")
            verify(findChild(page, "reviewErrorLabel").text.startsWith("Rating:"))
            compare(chart.pointCount, 1)

            tap(page, "goalReviewFlickable", "reviewRating7")
            typeInto(reveal(page, "goalReviewFlickable", findChild(page, "reviewCommentField")), "slept upstairs twice")
            tap(page, "goalReviewFlickable", "saveReviewButton")
            compare(page.editor.error, "")
            compare(chart.pointCount, 2)
            compare(chart.trendText, "From 3 to 7 over 1 review")
            // The form is ready for the next one.
            compare(findChild(page, "reviewCommentField").text, "")
            verify(!findChild(page, "reviewRating7").checked)

            tap(page, "goalReviewFlickable", "reviewRating8")
            tap(page, "goalReviewFlickable", "saveReviewButton")
            compare(chart.pointCount, 3)
            compare(chart.trendText, "From 3 to 8 over 2 reviews")
            compare(page.editor.reviews[2].rating, 8)
        }

        function test_statusChangeThroughTheEditPage() {
            const goalId = savedGoal("i want to cook a sunday dinner")
            const page = createTemporaryObject(editPageComponent, stage, { personId: personId, goalId: goalId })
            tryVerify(() => page.editor.loaded)
            const achieved = findChild(page, "status_achieved")
            verify(achieved.visible)
            mouseClick(reveal(page, "goalEditFlickable", achieved))
            compare(page.editor.status, "achieved")
            mouseClick(findChild(page, "goalSaveButton"))
            compare(page.editor.error, "")
            verify(!page.editor.modified)
            const check = createTemporaryObject(editorComponent, testCase, { personId: personId, goalId: goalId })
            compare(check.status, "achieved")
        }

        function test_personPageOpensTheGoals() {
            const stack = createTemporaryObject(personStackComponent, stage)
            stack.push(personPageComponent, { details: Session.personDetails(personId) })
            const button = findChild(stack.currentItem, "goalsButton")
            verify(button.visible)
            verify(button.height >= 48)
            mouseClick(button)
            tryCompare(stack, "busy", false)
            compare(stack.currentItem.objectName, "goalsPage")
            compare(stack.currentItem.personId, personId)
            mouseClick(findChild(stack.currentItem, "backButton"))
            tryCompare(stack, "busy", false)
            compare(stack.currentItem.objectName, "personPage")
        }

        function test_pagesDrawInBothOrientations() {
            const goalId = savedGoal("i want to see my grandchildren")
            for (const size of [[1280, 800], [800, 1280]]) {
                stage.width = size[0]
                stage.height = size[1]
                for (const [component, props] of [[goalsPageComponent, { personId: personId }],
                                                  [editPageComponent, { personId: personId, goalId: goalId }],
                                                  [reviewPageComponent, { personId: personId, goalId: goalId }]]) {
                    const page = createTemporaryObject(component, stage, props)
                    waitForRendering(page)
                    const image = grabImage(page)
                    compare(image.width, size[0])
                    compare(image.height, size[1])
                    // Not blank: the header's colour and the page's background are both there.
                    verify(!Qt.colorEqual(image.pixel(10, 10), image.pixel(size[0] / 2, size[1] - 10)))
                    page.destroy()
                }
            }
        }
    }
}
