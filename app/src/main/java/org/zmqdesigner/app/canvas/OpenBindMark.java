package org.zmqdesigner.app.canvas;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.validate.OpenBinds;

/**
 * The mark on a socket's row when the socket binds every network interface: a globe just left of
 * its type, there while designing and while a run is on. Which binds are open, and the words in its
 * tooltip, are the engine's ({@link OpenBinds}), the same the validator and {@code run} use.
 */
final class OpenBindMark {

    private OpenBindMark() {
    }

    /** The mark for one socket's open binds, on the row centred at {@code rowY} (node units). */
    static FontIcon of(SocketRef socket, List<OpenBinds.OpenBind> binds, double typeWidth, double rowY) {
        FontIcon mark = new FontIcon(MaterialDesignW.WEB);
        mark.getStyleClass().add("open-bind-mark");
        mark.setId("open-bind-" + socket.node() + "-" + socket.socket());
        mark.setTextOrigin(VPos.CENTER);
        // The stylesheet sets the icon's size once the mark is in the scene: stay left of the type
        // whatever size that makes it.
        mark.setX(NodeGeometry.openMarkX(typeWidth, mark.getLayoutBounds().getWidth()));
        mark.layoutBoundsProperty().addListener((o, was, now) ->
                mark.setX(NodeGeometry.openMarkX(typeWidth, now.getWidth())));
        mark.setY(rowY);
        // The globe is thin lines: hovering anywhere on its square shows the tooltip, not only on a line.
        mark.setPickOnBounds(true);
        String words = words(binds);
        mark.setAccessibleText(words);
        Tooltip tip = new Tooltip(words);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(mark, tip);
        return mark;
    }

    /** One sentence pair per open bind: what it does, and the fix when it is not wanted. */
    static String words(List<OpenBinds.OpenBind> binds) {
        return binds.stream().map(OpenBinds.OpenBind::explanation).collect(Collectors.joining("\n"));
    }
}
