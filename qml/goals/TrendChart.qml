import QtQuick
import QtQuick.Controls
import Doorstep.App

// Ratings over time, drawn on a Canvas (no chart module needed): the y axis from 1 to 10, each
// point placed by its date, the baseline first and hollow. points: [{dayNumber, rating, baseline,
// dateText}], oldest first, as GoalEditor.reviews and the goals list give them. compact draws a
// sparkline for a list row: no labels, no grid.
Item {
    id: chart

    property var points: []
    property bool compact: false
    readonly property int pointCount: points ? points.length : 0
    // "From 3 to 7 over 4 reviews": what the chart shows, for a screen reader and for anyone in a hurry.
    readonly property string trendText: {
        if (pointCount === 0)
            return qsTr("No ratings yet")
        const first = points[0].rating
        const last = points[pointCount - 1].rating
        const reviews = points[0].baseline ? pointCount - 1 : pointCount
        if (reviews === 0)
            return qsTr("Baseline %1, no reviews yet").arg(first)
        return reviews === 1 ? qsTr("From %1 to %2 over 1 review").arg(first).arg(last)
                             : qsTr("From %1 to %2 over %3 reviews").arg(first).arg(last).arg(reviews)
    }

    implicitWidth: compact ? 120 : 480
    implicitHeight: compact ? 44 : 240
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Ratings over time")
    Accessible.description: trendText

    onPointsChanged: canvas.requestPaint()
    onCompactChanged: canvas.requestPaint()

    // Room for the axis labels in the full chart.
    readonly property real leftPad: compact ? 4 : 32
    readonly property real rightPad: compact ? 4 : 16
    readonly property real topPad: compact ? 4 : 12
    readonly property real bottomPad: compact ? 4 : 28

    function yFor(rating: real): real {
        const h = canvas.height - topPad - bottomPad
        return topPad + h - (rating - 1) / 9 * h
    }

    // x by date; points of one day (or close together) are nudged apart so each one can be seen.
    function xPositions(): var {
        const n = pointCount
        const w = canvas.width - leftPad - rightPad
        if (n === 1)
            return [leftPad + w / 2]
        const firstDay = points[0].dayNumber
        const span = Math.max(1, points[n - 1].dayNumber - firstDay)
        const gap = Math.min(compact ? 6 : 14, w / (n - 1))
        const xs = []
        for (let i = 0; i < n; ++i) {
            const x = leftPad + (points[i].dayNumber - firstDay) / span * w
            xs.push(i === 0 ? x : Math.max(x, xs[i - 1] + gap))
        }
        // Nudging may run past the right edge: pull back from there, keeping the gaps.
        for (let i = n - 1; i >= 0; --i) {
            const limit = i === n - 1 ? leftPad + w : xs[i + 1] - gap
            xs[i] = Math.min(xs[i], limit)
        }
        return xs
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const left = chart.leftPad
            const right = width - chart.rightPad
            if (!chart.compact) {
                ctx.strokeStyle = Theme.divider
                ctx.lineWidth = 1
                ctx.fillStyle = Theme.secondaryText
                ctx.font = Theme.smallSize + "px sans-serif"
                ctx.textAlign = "right"
                ctx.textBaseline = "middle"
                for (const r of [1, 5, 10]) {
                    const y = Math.round(chart.yFor(r)) + 0.5
                    ctx.beginPath()
                    ctx.moveTo(left, y)
                    ctx.lineTo(right, y)
                    ctx.stroke()
                    ctx.fillText(String(r), left - 8, y)
                }
            } else {
                // A faint midline, so a flat line still reads as high or low.
                ctx.strokeStyle = Theme.divider
                ctx.lineWidth = 1
                ctx.beginPath()
                ctx.moveTo(left, Math.round(chart.yFor(5.5)) + 0.5)
                ctx.lineTo(right, Math.round(chart.yFor(5.5)) + 0.5)
                ctx.stroke()
            }
            if (chart.pointCount === 0)
                return
            const xs = chart.xPositions()
            ctx.strokeStyle = Theme.primary
            ctx.lineWidth = chart.compact ? 2 : 3
            ctx.lineJoin = "round"
            ctx.beginPath()
            for (let i = 0; i < chart.pointCount; ++i) {
                const y = chart.yFor(chart.points[i].rating)
                if (i === 0)
                    ctx.moveTo(xs[i], y)
                else
                    ctx.lineTo(xs[i], y)
            }
            ctx.stroke()
            const radius = chart.compact ? 3 : 6
            for (let i = 0; i < chart.pointCount; ++i) {
                const y = chart.yFor(chart.points[i].rating)
                ctx.beginPath()
                ctx.arc(xs[i], y, radius, 0, 2 * Math.PI)
                ctx.fillStyle = chart.points[i].baseline ? Theme.surface : Theme.primary
                ctx.fill()
                ctx.lineWidth = 2
                ctx.stroke()
            }
            if (!chart.compact) {
                ctx.fillStyle = Theme.secondaryText
                ctx.textBaseline = "top"
                const bottom = height - chart.bottomPad + 8
                ctx.textAlign = "left"
                ctx.fillText(chart.points[0].dateText, left, bottom)
                if (chart.pointCount > 1) {
                    ctx.textAlign = "right"
                    ctx.fillText(chart.points[chart.pointCount - 1].dateText, right, bottom)
                }
            }
        }
    }
}
