package org.zmqdesigner.app.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import org.zmqdesigner.app.canvas.FamilyColors;
import org.zmqdesigner.app.canvas.LinkLayout;
import org.zmqdesigner.app.canvas.LinkRoute;
import org.zmqdesigner.app.canvas.NodeGeometry;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.io.AtomicFile;
import org.zmqdesigner.engine.validate.OpenBinds;
import org.zmqdesigner.engine.text.Texts;

/**
 * A topology as a standalone SVG 1.1 picture, for slides and documents. It is drawn from the model,
 * not from the canvas's JavaFX nodes, with the canvas's own geometry ({@link NodeGeometry}) and
 * colours ({@link FamilyColors}): the picture matches the editor box for box and port for port.
 *
 * <ul>
 *   <li>a node is a rounded box with a header band in its pattern's colour (a device's kind, or an
 *       application's first socket), its name (or id), and its behaviour or device kind;</li>
 *   <li>a socket is a row with its id, its type and a port dot on the edge its links use;</li>
 *   <li>a link is the canvas's curve ({@link LinkRoute}, placed by {@link LinkLayout}) from the
 *       connecting socket's port to the binding socket's port, around the nodes in its way, with an
 *       arrowhead at the binding end and its endpoint label where the canvas puts it;</li>
 *   <li>a legend (the pattern colours, the device kinds, what the arrow means: the rows of the
 *       window's {@link LegendView}) sits in a corner where it hides nothing.</li>
 * </ul>
 *
 * <p>Every text that comes from the design is XML-escaped and stripped of control characters, so
 * any name makes a well-formed file. Links whose nodes or sockets do not exist are left out.
 */
public final class SvgExporter {

    /** Space around the content, in canvas units. */
    public static final double MARGIN = 40;

    /** Sans-serif fonts, most specific first, that slide tools and browsers commonly have. */
    public static final String FONT_FAMILY =
            "'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    static final String DEFAULT_TITLE = "ZMQ topology";

    private static final double CORNER = 8;
    private static final double TEXT_INSET = 12;
    private static final double TITLE_SIZE = 13;
    private static final double SUBTITLE_SIZE = 10;
    private static final double ROW_SIZE = 11;
    private static final double LABEL_SIZE = 10;
    private static final double LABEL_HEIGHT = 15;
    private static final double LEGEND_SIZE = 11;
    private static final double LEGEND_ROW = 18;
    private static final double LEGEND_PADDING = 10;
    private static final double LEGEND_GAP = 20;
    private static final Texts TEXTS = Texts.of(SvgExporter.class);

    private static final String INK = "#1f2937";
    private static final String MUTED = "#6b7280";
    private static final String OUTLINE = "#9ca3af";
    private static final String HAIRLINE = "#d1d5db";

    private SvgExporter() {
    }

    /** The topology as the text of an SVG 1.1 document. */
    public static String toSvg(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        return new Drawing(topology).render();
    }

    /**
     * Writes {@link #toSvg} as UTF-8 to {@code file}, atomically: a temporary file in the same
     * folder is moved over the target, so a reader never sees half a picture.
     */
    public static void write(Topology topology, Path file) throws IOException {
        byte[] bytes = toSvg(topology).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, bytes);
    }

    // ---------------------------------------------------------------- text

    static String markerId(SocketType.Family family) {
        return "arrow-" + family.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---------------------------------------------------------------- layout and drawing

    /** The colour of a node's header: its device kind's, or its first socket's family's. */
    static Color headerColor(Node node) {
        if (node.kind().isDevice() || node.sockets().isEmpty()) {
            return FamilyColors.of(node.kind());
        }
        return FamilyColors.of(node.sockets().get(0).type());
    }

    /** The small text under a node's name: its behaviour, or what kind of device it is. */
    static String subtitle(Node node) {
        if (node.kind().isDevice()) {
            return node.kind().label();
        }
        return node.behaviour() == null ? NodeKind.APPLICATION.label() : node.behaviour().shownName();
    }

    /** A link placed on the picture: its route, its pattern family and its endpoint label's box. */
    record Curve(Link link, SocketType.Family family, LinkRoute route, Bounds label) {

        Point2D at(double t) {
            return route.at(t);
        }
    }

    /** A port dot: a socket's row on one edge of its node. */
    private record Port(String node, int socket, boolean right) {
    }

    private static final class Drawing {
        private final Topology topology;
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final List<Curve> curves = new ArrayList<>();
        private final Set<Port> ports = new LinkedHashSet<>();
        private final StringBuilder out = new StringBuilder(8192);
        private Bounds legend;
        private Bounds view;

        Drawing(Topology topology) {
            this.topology = topology;
            for (Node node : topology.nodes()) {
                nodes.putIfAbsent(node.id(), node);
            }
            placeLinks();
            layoutFrame();
        }

        /** Every link as the canvas draws it ({@link LinkLayout}): same route, same label place. */
        private void placeLinks() {
            Map<String, LinkLayout.Placed> placed = LinkLayout.of(topology, LinkLayout::labelWidth);
            for (LinkLayout.Placed one : placed.values()) {
                Link link = one.link();
                Node fromNode = nodes.get(link.from().node());
                Node toNode = nodes.get(link.to().node());
                int fromIndex = LinkLayout.socketIndex(fromNode, link.from().socket());
                int toIndex = LinkLayout.socketIndex(toNode, link.to().socket());
                ports.add(new Port(fromNode.id(), fromIndex, one.fromRight()));
                ports.add(new Port(toNode.id(), toIndex, one.toRight()));
                double width = SvgText.textWidth(SvgText.clean(link.endpoint()), LABEL_SIZE, false) + 8;
                Bounds block = one.block();
                Bounds label = new BoundingBox(block.getMinX() + (block.getWidth() - width) / 2,
                        block.getMinY() + LinkLayout.LABEL_HEIGHT / 2 - LABEL_HEIGHT / 2, width, LABEL_HEIGHT);
                curves.add(new Curve(link, fromNode.sockets().get(fromIndex).type().family(), one.route(), label));
            }
        }

        private static Bounds box(Node node) {
            return new BoundingBox(node.position().x(), node.position().y(), NodeGeometry.WIDTH,
                    NodeGeometry.height(node));
        }

        private static Bounds union(Bounds a, Bounds b) {
            if (a == null) {
                return b;
            }
            double minX = Math.min(a.getMinX(), b.getMinX());
            double minY = Math.min(a.getMinY(), b.getMinY());
            double maxX = Math.max(a.getMaxX(), b.getMaxX());
            double maxY = Math.max(a.getMaxY(), b.getMaxY());
            return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        }

        private static Bounds inflate(Bounds b, double by) {
            return new BoundingBox(b.getMinX() - by, b.getMinY() - by, b.getWidth() + 2 * by,
                    b.getHeight() + 2 * by);
        }

        /** Content bounds, then the legend in the first free corner, then the view box. */
        private void layoutFrame() {
            Bounds content = null;
            for (Node node : nodes.values()) {
                content = union(content, box(node));
            }
            for (Curve curve : curves) {
                for (int i = 0; i <= 32; i++) {
                    Point2D p = curve.at(i / 32.0);
                    content = union(content, new BoundingBox(p.getX() - 6, p.getY() - 6, 12, 12));
                }
                content = union(content, curve.label());
            }
            double legendWidth = legendWidth();
            double legendHeight = legendHeight();
            if (content == null) {
                legend = new BoundingBox(0, 0, legendWidth, legendHeight);
            } else {
                legend = freeCorner(content, legendWidth, legendHeight);
            }
            Bounds all = union(content, legend);
            view = new BoundingBox(all.getMinX() - MARGIN, all.getMinY() - MARGIN, all.getWidth() + 2 * MARGIN,
                    all.getHeight() + 2 * MARGIN);
        }

        private Bounds freeCorner(Bounds content, double width, double height) {
            List<Bounds> corners = List.of(
                    new BoundingBox(content.getMaxX() - width, content.getMaxY() - height, width, height),
                    new BoundingBox(content.getMaxX() - width, content.getMinY(), width, height),
                    new BoundingBox(content.getMinX(), content.getMaxY() - height, width, height),
                    new BoundingBox(content.getMinX(), content.getMinY(), width, height));
            for (Bounds corner : corners) {
                if (content.getWidth() >= width && content.getHeight() >= height && isFree(inflate(corner, 12))) {
                    return corner;
                }
            }
            return new BoundingBox(content.getMaxX() - width, content.getMaxY() + LEGEND_GAP, width, height);
        }

        private boolean isFree(Bounds area) {
            for (Node node : nodes.values()) {
                if (area.intersects(box(node))) {
                    return false;
                }
            }
            for (Curve curve : curves) {
                if (area.intersects(curve.label())) {
                    return false;
                }
                for (int i = 0; i <= 64; i++) {
                    if (area.contains(curve.at(i / 64.0))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static double legendWidth() {
            double widest = SvgText.textWidth(TEXTS.get("legend.families"), LEGEND_SIZE, true);
            for (SocketType.Family family : SocketType.Family.values()) {
                widest = Math.max(widest, 20 + SvgText.textWidth(FamilyColors.label(family), LEGEND_SIZE, false));
            }
            for (NodeKind kind : LegendView.DEVICES) {
                widest = Math.max(widest, 20 + SvgText.textWidth(LegendView.deviceText(kind), LEGEND_SIZE, false));
            }
            widest = Math.max(widest, 30 + SvgText.textWidth(LegendView.arrowNote(), LEGEND_SIZE - 1, false));
            return Math.ceil(widest + 2 * LEGEND_PADDING);
        }

        /** Rows as the window's legend: a heading and the families, one and the devices, one and the arrow. */
        private static double legendHeight() {
            return 2 * LEGEND_PADDING
                    + LEGEND_ROW * (SocketType.Family.values().length + LegendView.DEVICES.size() + 4);
        }

        // ------------------------------------------------------------ output

        String render() {
            String title = topology.title() == null || topology.title().isBlank() ? DEFAULT_TITLE : topology.title();
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                    .append(" width=\"").append(SvgText.num(view.getWidth())).append('"')
                    .append(" height=\"").append(SvgText.num(view.getHeight())).append('"')
                    .append(" viewBox=\"").append(SvgText.num(view.getMinX())).append(' ').append(SvgText.num(view.getMinY()))
                    .append(' ').append(SvgText.num(view.getWidth())).append(' ').append(SvgText.num(view.getHeight())).append('"')
                    .append(" font-family=\"").append(FONT_FAMILY).append('"').append(">\n");
            out.append("  <title>").append(SvgText.escape(title)).append("</title>\n");
            if (topology.description() != null && !topology.description().isBlank()) {
                out.append("  <desc>").append(SvgText.escape(topology.description())).append("</desc>\n");
            }
            defs();
            out.append("  <rect class=\"background\" x=\"").append(SvgText.num(view.getMinX())).append("\" y=\"")
                    .append(SvgText.num(view.getMinY())).append("\" width=\"").append(SvgText.num(view.getWidth()))
                    .append("\" height=\"").append(SvgText.num(view.getHeight())).append("\" fill=\"#ffffff\"/>\n");
            out.append("  <g class=\"links\">\n");
            for (Curve curve : curves) {
                linkPath(curve);
            }
            out.append("  </g>\n");
            out.append("  <g class=\"nodes\">\n");
            for (Node node : nodes.values()) {
                node(node);
            }
            out.append("  </g>\n");
            out.append("  <g class=\"endpoints\">\n");
            for (Curve curve : curves) {
                linkLabel(curve);
            }
            out.append("  </g>\n");
            legend();
            out.append("</svg>\n");
            return out.toString();
        }

        private void defs() {
            out.append("  <defs>\n");
            for (SocketType.Family family : EnumSet.allOf(SocketType.Family.class)) {
                // The tip stops PORT_RADIUS short of the path's end, touching the port dot's rim.
                out.append("    <marker id=\"").append(markerId(family)).append("\" viewBox=\"0 0 10 10\"")
                        .append(" refX=\"").append(SvgText.num(10 + NodeGeometry.PORT_RADIUS)).append("\" refY=\"5\"")
                        .append(" markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\"")
                        .append(" orient=\"auto\" overflow=\"visible\">")
                        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                        .append(FamilyColors.hex(FamilyColors.of(family))).append("\"/></marker>\n");
            }
            out.append("  </defs>\n");
        }

        private void linkPath(Curve curve) {
            Link link = curve.link();
            out.append("    <g class=\"link\">");
            out.append("<title>").append(SvgText.escape(link.id() + ": " + link.from() + " \u2192 " + link.to()))
                    .append("</title>");
            List<Point2D> points = curve.route().points();
            out.append("<path d=\"M").append(point(points.get(0)));
            for (int i = 1; i + 2 < points.size(); i += 3) {
                out.append(" C").append(point(points.get(i))).append(' ').append(point(points.get(i + 1)))
                        .append(' ').append(point(points.get(i + 2)));
            }
            out.append('"')
                    .append(" fill=\"none\" stroke=\"").append(FamilyColors.hex(FamilyColors.of(curve.family())))
                    .append("\" stroke-width=\"2\" marker-end=\"url(#").append(markerId(curve.family()))
                    .append(")\"/></g>\n");
        }

        private void linkLabel(Curve curve) {
            Bounds label = curve.label();
            out.append("    <g class=\"endpoint\">");
            out.append("<rect x=\"").append(SvgText.num(label.getMinX())).append("\" y=\"").append(SvgText.num(label.getMinY()))
                    .append("\" width=\"").append(SvgText.num(label.getWidth())).append("\" height=\"")
                    .append(SvgText.num(label.getHeight())).append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.9\"")
                    .append(" stroke=\"").append(HAIRLINE).append("\" stroke-width=\"0.5\"/>");
            text(label.getCenterX(), label.getCenterY() + LABEL_SIZE * 0.35, LABEL_SIZE, "middle", MUTED,
                    false, curve.link().endpoint());
            out.append("</g>\n");
        }

        private void node(Node node) {
            double x = node.position().x();
            double y = node.position().y();
            double w = NodeGeometry.WIDTH;
            double h = NodeGeometry.height(node);
            double header = NodeGeometry.HEADER;
            String label = SvgText.clean(node.label());
            out.append("    <g class=\"node\">");
            out.append("<title>").append(SvgText.escape(label)).append("</title>\n");
            out.append("      <rect x=\"").append(SvgText.num(x)).append("\" y=\"").append(SvgText.num(y)).append("\" width=\"")
                    .append(SvgText.num(w)).append("\" height=\"").append(SvgText.num(h)).append("\" rx=\"").append(SvgText.num(CORNER))
                    .append("\" fill=\"#ffffff\"/>\n");
            out.append("      <path d=\"M").append(SvgText.num(x)).append(',').append(SvgText.num(y + header))
                    .append(" V").append(SvgText.num(y + CORNER))
                    .append(" Q").append(SvgText.num(x)).append(',').append(SvgText.num(y)).append(' ')
                    .append(SvgText.num(x + CORNER)).append(',').append(SvgText.num(y))
                    .append(" H").append(SvgText.num(x + w - CORNER))
                    .append(" Q").append(SvgText.num(x + w)).append(',').append(SvgText.num(y)).append(' ')
                    .append(SvgText.num(x + w)).append(',').append(SvgText.num(y + CORNER))
                    .append(" V").append(SvgText.num(y + header)).append(" Z\" fill=\"")
                    .append(FamilyColors.hex(headerColor(node))).append("\"/>\n");
            out.append("      <rect x=\"").append(SvgText.num(x)).append("\" y=\"").append(SvgText.num(y)).append("\" width=\"")
                    .append(SvgText.num(w)).append("\" height=\"").append(SvgText.num(h)).append("\" rx=\"").append(SvgText.num(CORNER))
                    .append("\" fill=\"none\" stroke=\"").append(OUTLINE).append("\" stroke-width=\"1\"/>\n");

            String subtitle = SvgText.clean(subtitle(node));
            double subtitleWidth = SvgText.textWidth(subtitle, SUBTITLE_SIZE, false);
            double baseline = y + header / 2 + TITLE_SIZE * 0.35;
            out.append("      ");
            text(x + TEXT_INSET, baseline, TITLE_SIZE, null, "#ffffff", true,
                    SvgText.fit(label, w - 2 * TEXT_INSET - subtitleWidth - 8, TITLE_SIZE, true));
            out.append('\n').append("      ");
            text(x + w - TEXT_INSET, baseline, SUBTITLE_SIZE, "end", "#ffffff", false, subtitle);
            out.append('\n');

            List<Socket> sockets = node.sockets();
            for (int i = 0; i < sockets.size(); i++) {
                socketRow(node, i, sockets.get(i));
            }
            out.append("    </g>\n");
        }

        private void socketRow(Node node, int index, Socket socket) {
            double x = node.position().x();
            double w = NodeGeometry.WIDTH;
            double rowY = NodeGeometry.rowY(node, index);
            String colour = FamilyColors.hex(FamilyColors.of(socket.type()));
            String type = socket.type().name();
            double typeWidth = SvgText.textWidth(type, ROW_SIZE - 1, true);
            double baseline = rowY + ROW_SIZE * 0.35;
            List<OpenBinds.OpenBind> open = OpenBinds.of(node).stream()
                    .filter(b -> b.socket().socket().equals(socket.id())).toList();
            double markRoom = open.isEmpty() ? 0 : SvgOpenMark.SIZE + NodeGeometry.OPEN_MARK_GAP;
            out.append("      <g class=\"socket\">");
            text(x + TEXT_INSET, baseline, ROW_SIZE, null, INK, false, SvgText.fit(SvgText.clean(socket.id()),
                    w - 2 * TEXT_INSET - typeWidth - markRoom - 8, ROW_SIZE, false));
            text(x + w - TEXT_INSET, baseline, ROW_SIZE - 1, "end", colour, true, type);
            if (!open.isEmpty()) {
                out.append(SvgOpenMark.of(open, x + w - TEXT_INSET - typeWidth, rowY));
            }
            boolean left = ports.contains(new Port(node.id(), index, false));
            boolean right = ports.contains(new Port(node.id(), index, true));
            if (!left && !right) {
                right = true;
            }
            if (left) {
                dot(x, rowY, colour);
            }
            if (right) {
                dot(x + w, rowY, colour);
            }
            out.append("</g>\n");
        }

        private void dot(double cx, double cy, String colour) {
            out.append("<circle cx=\"").append(SvgText.num(cx)).append("\" cy=\"").append(SvgText.num(cy)).append("\" r=\"")
                    .append(SvgText.num(NodeGeometry.PORT_RADIUS)).append("\" fill=\"").append(colour)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        }

        private void legend() {
            double x = legend.getMinX();
            double y = legend.getMinY();
            out.append("  <g class=\"legend\">\n");
            out.append("    <rect x=\"").append(SvgText.num(x)).append("\" y=\"").append(SvgText.num(y)).append("\" width=\"")
                    .append(SvgText.num(legend.getWidth())).append("\" height=\"").append(SvgText.num(legend.getHeight()))
                    .append("\" rx=\"6\" fill=\"#ffffff\" stroke=\"").append(HAIRLINE).append("\"/>\n");
            double left = x + LEGEND_PADDING;
            double rowTop = y + LEGEND_PADDING;
            out.append("    ");
            text(left, rowTop + LEGEND_ROW / 2 + LEGEND_SIZE * 0.35, LEGEND_SIZE, null, INK, true,
                    TEXTS.get("legend.families"));
            out.append('\n');
            for (SocketType.Family family : SocketType.Family.values()) {
                rowTop += LEGEND_ROW;
                swatchRow(left, rowTop + LEGEND_ROW / 2, FamilyColors.of(family), FamilyColors.label(family));
            }
            rowTop += LEGEND_ROW;
            out.append("    ");
            text(left, rowTop + LEGEND_ROW / 2 + LEGEND_SIZE * 0.35, LEGEND_SIZE, null, INK, true, TEXTS.get("legend.devices"));
            out.append('\n');
            for (NodeKind kind : LegendView.DEVICES) {
                rowTop += LEGEND_ROW;
                swatchRow(left, rowTop + LEGEND_ROW / 2, FamilyColors.of(kind), LegendView.deviceText(kind));
            }
            rowTop += LEGEND_ROW;
            out.append("    ");
            text(left, rowTop + LEGEND_ROW / 2 + LEGEND_SIZE * 0.35, LEGEND_SIZE, null, INK, true, TEXTS.get("legend.links"));
            out.append('\n');
            rowTop += LEGEND_ROW;
            double centre = rowTop + LEGEND_ROW / 2;
            out.append("    <path d=\"M").append(SvgText.num(left)).append(',').append(SvgText.num(centre)).append(" H")
                    .append(SvgText.num(left + 14)).append("\" stroke=\"").append(MUTED).append("\" stroke-width=\"2\"/>");
            out.append("<path d=\"M").append(SvgText.num(left + 14)).append(',').append(SvgText.num(centre - 4)).append(" L")
                    .append(SvgText.num(left + 22)).append(',').append(SvgText.num(centre)).append(" L").append(SvgText.num(left + 14))
                    .append(',').append(SvgText.num(centre + 4)).append(" z\" fill=\"").append(MUTED).append("\"/>");
            text(left + 30, centre + (LEGEND_SIZE - 1) * 0.35, LEGEND_SIZE - 1, null, MUTED, false,
                    LegendView.arrowNote());
            out.append('\n');
            out.append("  </g>\n");
        }

        /** A colour swatch and what it means, centred on {@code centre}. */
        private void swatchRow(double left, double centre, Color colour, String meaning) {
            out.append("    <rect x=\"").append(SvgText.num(left)).append("\" y=\"").append(SvgText.num(centre - 6))
                    .append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"").append(FamilyColors.hex(colour))
                    .append("\"/>");
            text(left + 20, centre + LEGEND_SIZE * 0.35, LEGEND_SIZE, null, INK, false, meaning);
            out.append('\n');
        }

        private void text(double x, double y, double size, String anchor, String fill, boolean bold, String content) {
            out.append("<text x=\"").append(SvgText.num(x)).append("\" y=\"").append(SvgText.num(y)).append("\" font-size=\"")
                    .append(SvgText.num(size)).append('"');
            if (anchor != null) {
                out.append(" text-anchor=\"").append(anchor).append('"');
            }
            if (bold) {
                out.append(" font-weight=\"bold\"");
            }
            out.append(" fill=\"").append(fill).append("\">").append(SvgText.escape(content)).append("</text>");
        }

        private static String point(Point2D p) {
            return SvgText.num(p.getX()) + "," + SvgText.num(p.getY());
        }
    }
}
