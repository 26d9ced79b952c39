import QtQuick
import QtQuick.Controls

// The vertical scroll bar of a Flickable, ListView or ScrollView (ScrollBar.vertical: OverflowScrollBar {}):
// always shown while the content runs past the view, so nobody misses what is below, and hidden
// outright when everything fits. An AsNeeded bar shows itself whenever the content moves or is laid
// out again, grey and full height, and lingers for seconds though there is nothing to scroll.
ScrollBar {
    // size is the share of the content in view: 1 when it all fits, 0 before the view has a height.
    // Under a thousandth over (under a pixel on a tablet's screen) is rounding, not more to see.
    readonly property bool overflowing: size > 0 && size < 0.999

    visible: overflowing
    policy: overflowing ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
}
