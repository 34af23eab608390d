package org.zmqdesigner.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.app.canvas.LinkLayout;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/** The picture draws a link exactly where the canvas does, detours included. */
class SvgLinkGeometryTest {

    @Test
    void a_link_around_a_node_is_the_canvas_s_route_segment_for_segment() {
        Node a = app("a", 0, 0, SocketType.PUSH);
        Node between = app("between", 300, 0, SocketType.PUB);
        Node b = app("b", 600, 0, SocketType.PULL);
        Link link = new Link("ab", new SocketRef("b", "s"), new SocketRef("a", "s"), "tcp://localhost:5555");
        Topology topology = new Topology(null, null, List.of(a, between, b), List.of(link));

        String svg = SvgExporter.toSvg(topology);

        List<Point2D> canvas = LinkLayout.of(topology, LinkLayout::labelWidth).get("ab").route().points();
        assertThat(canvas.size()).as("a detour: more than one cubic").isGreaterThan(4);
        Matcher path = Pattern.compile("<g class=\"link\">.*?<path d=\"([^\"]+)\"").matcher(svg);
        assertThat(path.find()).isTrue();
        List<Point2D> drawn = new ArrayList<>();
        Matcher pair = Pattern.compile("(-?[\\d.]+),(-?[\\d.]+)").matcher(path.group(1));
        while (pair.find()) {
            drawn.add(new Point2D(Double.parseDouble(pair.group(1)), Double.parseDouble(pair.group(2))));
        }
        assertThat(drawn).hasSameSizeAs(canvas);
        for (int i = 0; i < drawn.size(); i++) {
            assertThat(drawn.get(i).distance(canvas.get(i))).as("point %d", i).isLessThan(0.01);
        }
    }

    private static Node app(String id, double x, double y, SocketType type) {
        return new Node(id, null, NodeKind.APPLICATION, new Position(x, y), null, null, List.of(new Socket("s", type)),
                null);
    }
}
