import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Doorstep.App

// A raised (not flat) button drawn with a plain rectangle. Material's own raised button draws its
// background through a layer effect (a shader), which the software scene graph (no GPU: the
// screenshots, some Linux tablets) leaves out: the button was there but could not be seen.
Button {
    id: control

    font.pixelSize: Theme.bodySize

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touchTarget
        radius: 4
        color: !control.enabled ? "#e0e0e0"
             : control.highlighted ? (control.down ? Theme.primaryDark : Theme.primary)
             : (control.down ? "#d3e0de" : "#e8efee")
        border.width: control.highlighted || !control.enabled ? 0 : 1
        border.color: Theme.divider
    }
}
