package org.zmqdesigner.app.export;

import java.util.List;
import java.util.stream.Collectors;
import org.zmqdesigner.app.canvas.NodeGeometry;
import org.zmqdesigner.engine.validate.OpenBinds;

/**
 * The canvas's "open to the network" globe in an SVG picture: a circle, a meridian and the
 * equator in the canvas's amber, left of the socket type, with the engine's words as its tooltip.
 */
final class SvgOpenMark {

    /** Across, in canvas units: about what the canvas's 16 px glyph draws. */
    static final double SIZE = 12;
    private static final String AMBER = "#d97706";

    private SvgOpenMark() {
    }

    /** The globe for a socket's open binds, its right edge {@link NodeGeometry#OPEN_MARK_GAP} left of {@code right}. */
    static String of(List<OpenBinds.OpenBind> binds, double right, double rowY) {
        double r = SIZE / 2;
        double cx = right - NodeGeometry.OPEN_MARK_GAP - r;
        String words = binds.stream().map(OpenBinds.OpenBind::explanation).collect(Collectors.joining("\n"));
        String x = SvgText.num(cx);
        String y = SvgText.num(rowY);
        return "<g class=\"open-bind\" fill=\"none\" stroke=\"" + AMBER + "\" stroke-width=\"1.3\"><title>"
                + SvgText.escape(words) + "</title>"
                + "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + SvgText.num(r - 0.65) + "\"/>"
                + "<ellipse cx=\"" + x + "\" cy=\"" + y + "\" rx=\"" + SvgText.num(r / 2.4) + "\" ry=\""
                + SvgText.num(r - 0.65) + "\"/>"
                + "<line x1=\"" + SvgText.num(cx - r + 0.65) + "\" y1=\"" + y + "\" x2=\"" + SvgText.num(cx + r - 0.65)
                + "\" y2=\"" + y + "\"/></g>";
    }
}
