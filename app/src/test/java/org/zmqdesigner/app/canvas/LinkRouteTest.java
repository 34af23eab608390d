package org.zmqdesigner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/** The one link geometry: plain curves where nothing is in the way, detours where something is. */
class LinkRouteTest {

    @Test
    void with_nothing_in_the_way_a_link_is_one_cubic_leaving_and_entering_horizontally() {
        LinkRoute route = LinkRoute.between(new Point2D(0, 0), true, new Point2D(300, 100), false);

        assertThat(route.segments()).isEqualTo(1);
        assertThat(route.points()).containsExactly(new Point2D(0, 0), new Point2D(150, 0), new Point2D(150, 100),
                new Point2D(300, 100));
        assertThat(route.at(0)).isEqualTo(new Point2D(0, 0));
        assertThat(route.at(1)).isEqualTo(new Point2D(300, 100));
    }

    @Test
    void the_corridor_picks_points_near_the_curve_and_only_those_along_a_detour_too() {
        List<Bounds> column = List.of(new BoundingBox(200, -40, 180, 90));
        for (LinkRoute route : List.of(LinkRoute.between(new Point2D(0, 0), true, new Point2D(300, 100), false),
                LinkRoute.between(new Point2D(0, 0), true, new Point2D(600, 0), false, column))) {
            javafx.scene.shape.Path band = new javafx.scene.shape.Path(route.corridor(6));
            band.setFill(javafx.scene.paint.Color.BLACK);
            band.setStroke(null);
            for (double t = 0; t <= 1; t += 0.05) {
                Point2D on = route.at(t);
                Point2D ahead = route.at(Math.min(1, t + 0.01));
                Point2D behind = route.at(Math.max(0, t - 0.01));
                Point2D tangent = ahead.subtract(behind).normalize();
                Point2D normal = new Point2D(-tangent.getY(), tangent.getX());
                assertThat(band.contains(on)).as("on the curve at t=%.2f", t).isTrue();
                assertThat(band.contains(on.add(normal.multiply(5)))).as("5 left at t=%.2f", t).isTrue();
                assertThat(band.contains(on.subtract(normal.multiply(5)))).as("5 right at t=%.2f", t).isTrue();
                if (t > 0.05 && t < 0.95) {
                    // Past the ends the band reaches 6 along the curve; beside it, 6 across.
                    assertThat(band.contains(on.add(normal.multiply(9)))).as("9 left at t=%.2f", t).isFalse();
                    assertThat(band.contains(on.subtract(normal.multiply(9)))).as("9 right at t=%.2f", t).isFalse();
                }
            }
        }
    }

    @Test
    void a_node_between_the_ends_is_passed_above_or_below_never_crossed() {
        Bounds between = new BoundingBox(200, -40, 180, 90);
        LinkRoute plain = LinkRoute.between(new Point2D(0, 0), true, new Point2D(600, 0), false);
        LinkRoute route = LinkRoute.between(new Point2D(0, 0), true, new Point2D(600, 0), false, List.of(between));

        assertThat(plain.crosses(between)).as("the plain curve goes straight through").isTrue();
        assertThat(route.crosses(between)).isFalse();
        assertThat(route.start()).isEqualTo(plain.start());
        assertThat(route.end()).isEqualTo(plain.end());
    }

    @Test
    void a_column_of_nodes_too_close_to_pass_between_is_passed_as_one() {
        List<Bounds> column = List.of(new BoundingBox(200, -100, 180, 90), new BoundingBox(200, 0, 180, 90),
                new BoundingBox(200, 100, 180, 90));
        LinkRoute route = LinkRoute.between(new Point2D(0, 40), true, new Point2D(600, 60), false, column);

        for (Bounds box : column) {
            assertThat(route.crosses(box)).as("crosses %s", box).isFalse();
        }
    }

    @Test
    void a_node_moved_into_a_link_s_way_bends_the_link_and_its_label_keeps_clear() {
        Node a = app("a", 0, 0, SocketType.PUSH);
        Node b = app("b", 900, 0, SocketType.PULL);
        Node c = app("c", 400, 400, SocketType.PUB);
        Link link = new Link("ab", new SocketRef("a", "s"), new SocketRef("b", "s"), "tcp://localhost:5555");
        Topology topology = new Topology(null, null, List.of(a, b, c), List.of(link));
        Topology moved = topology.withNodes(List.of(a, b, c.withPosition(new Position(400, 0))));

        LinkLayout.Placed before = LinkLayout.of(topology, s -> 100).get("ab");
        LinkLayout.Placed after = LinkLayout.of(moved, s -> 100).get("ab");

        assertThat(before.route().segments()).isEqualTo(1);
        assertThat(after.route().crosses(NodeGeometry.box(moved.nodes().get(2)))).isFalse();
        for (Node node : moved.nodes()) {
            assertThat(LinkLayout.overlap(after.block(), NodeGeometry.footprint(node))).as("label over %s", node.id())
                    .isZero();
        }
    }

    @Test
    void labels_of_links_side_by_side_do_not_cover_each_other() {
        Node source = app("src", 0, 0, SocketType.PUSH);
        Node one = app("one", 400, 0, SocketType.PULL);
        Node two = app("two", 400, 160, SocketType.PULL);
        Topology topology = new Topology(null, null, List.of(source, one, two), List.of(
                new Link("l1", new SocketRef("one", "s"), new SocketRef("src", "s"), "tcp://localhost:5555"),
                new Link("l2", new SocketRef("two", "s"), new SocketRef("src", "s"), "tcp://localhost:5555")));

        Map<String, LinkLayout.Placed> placed = LinkLayout.of(topology, s -> 100);

        assertThat(LinkLayout.overlap(placed.get("l1").block(), placed.get("l2").block())).isZero();
    }

    private static Node app(String id, double x, double y, SocketType type) {
        return new Node(id, null, NodeKind.APPLICATION, new Position(x, y), null, null, List.of(new Socket("s", type)),
                null);
    }
}
