pragma Singleton

import QtQuick

// Sizes and colours shared by every screen: one place to make the app readable in a dim front room.
QtObject {
    // Fingers, not mouse pointers: nothing tappable is smaller than this.
    readonly property int touchTarget: 48
    readonly property int rowHeight: 88
    readonly property int spacing: 12
    readonly property int margin: 24
    // Wide enough for two columns side by side (landscape tablet).
    readonly property int wideLayout: 1000
    readonly property int readableWidth: 760

    readonly property int bodySize: 18
    readonly property int smallSize: 16
    readonly property int titleSize: 22
    readonly property int headlineSize: 28

    readonly property color primary: "#00695c"
    readonly property color primaryDark: "#004d40"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color background: "#f5f7f7"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1b1f1f"
    readonly property color secondaryText: "#4a5454"
    readonly property color divider: "#d5dddc"
    readonly property color error: "#b3261e"
    readonly property color errorSurface: "#fdecea"
    readonly property color given: "#1b5e20"
    readonly property color refused: "#8e2a00"
}
