import QtQuick
import Doorstep.App

// The app's mark (assets/icons/doorstep.svg) drawn with rectangles, so no image plugin is needed.
Item {
    id: mark

    implicitWidth: 96
    implicitHeight: 96
    Accessible.ignored: true

    readonly property real u: width / 256

    Rectangle {
        anchors.fill: parent
        radius: 48 * mark.u
        color: Theme.primary
    }
    Rectangle { // frame
        x: 72 * mark.u; y: 40 * mark.u; width: 112 * mark.u; height: 160 * mark.u
        radius: 6 * mark.u
        color: "#e0f2f1"
    }
    Rectangle { // fanlight
        x: 88 * mark.u; y: 50 * mark.u; width: 80 * mark.u; height: 26 * mark.u
        radius: 13 * mark.u
        color: "#ffe082"
    }
    Rectangle { // door
        x: 84 * mark.u; y: 82 * mark.u; width: 88 * mark.u; height: 118 * mark.u
        radius: 4 * mark.u
        color: "#c62828"
    }
    Rectangle { // knob
        x: 150 * mark.u; y: 134 * mark.u; width: 12 * mark.u; height: 12 * mark.u
        radius: 6 * mark.u
        color: "#ffe082"
    }
    Rectangle { // step
        x: 56 * mark.u; y: 200 * mark.u; width: 144 * mark.u; height: 18 * mark.u
        radius: 4 * mark.u
        color: "#b0bec5"
    }
    Rectangle { // lower step
        x: 44 * mark.u; y: 216 * mark.u; width: 168 * mark.u; height: 14 * mark.u
        radius: 4 * mark.u
        color: "#90a4ae"
    }
}
