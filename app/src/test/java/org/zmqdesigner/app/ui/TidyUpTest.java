package org.zmqdesigner.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.zmqdesigner.app.canvas.LinkLayout;
import org.zmqdesigner.app.canvas.NodeGeometry;
import org.zmqdesigner.app.commands.SelectionCommands;
import org.zmqdesigner.app.export.PngExporter;
import org.zmqdesigner.app.layout.TidyUp;
import org.zmqdesigner.app.palette.PaletteEntry;
import org.zmqdesigner.engine.edit.MoveNodes;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Topology;

/**
 * Tidy up on every sample, as the canvas draws it: nodes apart, curves around the nodes they do
 * not join, labels, gauges and counts clear of nodes and of each other; one undo step. And new
 * nodes land on free ground. Leaves app/target/screenshots/tidy-SAMPLE.png to look at.
 */
class TidyUpTest extends DesignerUiTest {

    /** Every sample in the folder, so a new one is checked without being listed here. */
    static List<String> samples() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("zmqdesigner.samples")))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".zmqtopo"))
                    .map(n -> n.substring(0, n.length() - ".zmqtopo".length())).sorted().toList();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void every_sample_tidied_up_has_nothing_on_top_of_anything(FxRobot robot) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        List<String> names = samples();
        assertThat(names).as("samples found").hasSizeGreaterThanOrEqualTo(12);
        for (String name : names) {
            robot.interact(() -> window.files().openFile(sample(name)));
            Topology shipped = topology();
            assertThat(TidyUp.edit(shipped)).as("%s is shipped tidied up", name).isNull();
            // Pile every node up in one corner, as a careless drag would, then tidy up.
            robot.interact(() -> {
                for (var node : shipped.nodes()) {
                    document().apply(new MoveNodes(Set.of(node.id()), -node.position().x(), -node.position().y()));
                }
            });
            Topology before = topology();
            robot.interact(() -> window.tidyUp());
            Topology after = topology();
            assertThat(after).as("%s: tidy up of a pile", name).isNotEqualTo(before);

            assertNodesApart(name, after);
            assertCurvesMissOtherNodes(name, after);
            // What a run draws, at its widest: every line of counts, badges, a gauge and a count per link.
            robot.interact(() -> {
                for (var node : after.nodes()) {
                    window.canvas().runOverlay().showNodeNumbers(node.id(), 9_876_543, 9_876_543, 19_800,
                            123_456, 12_345.6, 12_345.6);
                    window.canvas().runOverlay().showLossBadges(node.id(), 140, 3);
                }
                for (Link link : after.links()) {
                    window.canvas().runOverlay().showLinkDepth(link.id(), 19_999, 20_000);
                }
            });
            robot.interact(() -> snap(folder.resolve("tidy-" + name + "-running.png")));
            assertDrawnPartsApart(robot, name);
            Path file = folder.resolve("tidy-" + name + ".png");
            robot.interact(() -> {
                for (var node : after.nodes()) {
                    window.canvas().runOverlay().showNodeNumbers(node.id(), 0, 0, 0, 0, 0, 0);
                }
                window.canvas().runOverlay().clear();
            });
            robot.interact(() -> snap(file));
            assertThat(Files.size(file)).isGreaterThan(10_000);

            assertThat(document().undoTextProperty().get()).isEqualTo("Undo Tidy up");
            robot.interact(() -> document().undo());
            assertThat(topology()).as("%s: one undo puts every node back", name).isEqualTo(before);
        }
    }

    @Test
    void tidy_up_puts_data_sources_left_of_their_sinks_and_clients_left_of_servers(FxRobot robot) {
        robot.interact(() -> {
            window.files().openFile(sample("pipeline"));
            window.tidyUp();
        });
        // In the file, workers' PULL connects to the ventilator's PUSH: the link points against the data.
        assertThat(x("ventilator")).isLessThan(x("worker-1"));
        assertThat(x("worker-1")).isLessThan(x("sink"));
        assertThat(x("worker-2")).isEqualTo(x("worker-1"));
        robot.interact(() -> {
            window.files().openFile(sample("hello-reqrep"));
            window.tidyUp();
        });
        assertThat(x("client")).isLessThan(x("server"));
    }

    @Test
    void five_nodes_added_at_one_point_land_side_by_side(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> window.add(PaletteEntry.PUSH, new Point2D(100, 100)));
        }
        assertThat(topology().nodes()).hasSize(5);
        assertNodesApart("five added", topology());
        assertThat(topology().nodes().get(0).position().x()).isEqualTo(100);
    }

    @Test
    void duplicates_and_pastes_never_land_on_a_node(FxRobot robot) {
        robot.interact(() -> {
            window.files().openFile(sample("pipeline"));
            window.tidyUp();
        });
        var original = topology().nodes().stream().map(n -> n.id()).toList();
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> {
                document().selectOnly("worker-1");
                SelectionCommands.duplicate(document());
            });
        }
        robot.interact(() -> {
            document().select(SelectionCommands.allIds(topology()));
            SelectionCommands.copy(document());
            SelectionCommands.paste(document());
        });
        assertThat(topology().nodes()).hasSize(5 + 3 + 8);
        var nodes = topology().nodes();
        for (var added : nodes) {
            if (original.contains(added.id())) {
                continue;
            }
            for (var other : nodes) {
                assertThat(other == added || !overlaps(NodeGeometry.footprint(added), NodeGeometry.footprint(other)))
                        .as("%s landed on %s", added.id(), other.id()).isTrue();
            }
        }
    }

    private double x(String node) {
        return topology().node(node).orElseThrow().position().x();
    }

    private static void assertNodesApart(String name, Topology topology) {
        var nodes = topology.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Bounds a = NodeGeometry.footprint(nodes.get(i));
                Bounds b = NodeGeometry.footprint(nodes.get(j));
                assertThat(overlaps(a, b)).as("%s: %s and %s overlap", name, nodes.get(i).id(), nodes.get(j).id())
                        .isFalse();
            }
        }
    }

    private static void assertCurvesMissOtherNodes(String name, Topology topology) {
        Map<String, LinkLayout.Placed> placed = LinkLayout.of(topology, LinkLayout::labelWidth);
        assertThat(placed).hasSameSizeAs(topology.links());
        for (LinkLayout.Placed one : placed.values()) {
            for (var node : topology.nodes()) {
                if (node.id().equals(one.link().from().node()) || node.id().equals(one.link().to().node())) {
                    continue;
                }
                Bounds box = NodeGeometry.box(node);
                Bounds inside = new BoundingBox(box.getMinX() + 1, box.getMinY() + 1, box.getWidth() - 2,
                        box.getHeight() - 2);
                assertThat(one.route().crosses(inside)).as("%s: link %s crosses node %s", name, one.link().id(),
                        node.id()).isFalse();
            }
        }
    }

    /** Node boxes and the live counts under them; link labels, gauges and queue counts: pairwise apart. */
    private void assertDrawnPartsApart(FxRobot robot, String name) {
        List<Named> parts = new ArrayList<>();
        collect(robot, ".node-box", "box", parts);
        collect(robot, ".node-live", "counts", parts);
        collect(robot, ".node-badges", "badges", parts);
        collect(robot, ".link-label", "label", parts);
        collect(robot, ".queue-gauge", "gauge", parts);
        collect(robot, ".link-depth", "queue count", parts);
        double zoom = window.canvas().zoom();
        for (Named counts : parts) {
            if (!counts.what().equals("counts")) {
                continue;
            }
            Named box = parts.stream().filter(p -> p.owner() == counts.owner() && p.what().equals("box")).findFirst()
                    .orElseThrow();
            assertThat(counts.bounds().getMaxY()).as("%s: counts of %s stay in the room kept under it", name,
                    counts.owner().getId()).isLessThanOrEqualTo(box.bounds().getMaxY() + NodeGeometry.LIVE * zoom + 1);
            assertThat(counts.bounds().getMaxX()).as("%s: counts of %s stay within its width", name,
                    counts.owner().getId()).isLessThanOrEqualTo(box.bounds().getMaxX() + 1);
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                Named a = parts.get(i);
                Named b = parts.get(j);
                if (drawing(a.owner()).equals(drawing(b.owner()))) {
                    continue; // a link's own label, gauge and count are stacked on purpose, as a node's box and counts
                }
                assertThat(overlaps(a.bounds(), b.bounds())).as("%s: %s of %s overlaps %s of %s", name, a.what(),
                        a.owner().getId(), b.what(), b.owner().getId()).isFalse();
            }
        }
    }

    private record Named(String what, Node owner, Bounds bounds) {
    }

    private void collect(FxRobot robot, String query, String what, List<Named> into) {
        for (Node node : robot.lookup(query).queryAll()) {
            if (!node.isVisible() || node.getLayoutBounds().isEmpty()) {
                continue;
            }
            Node owner = node;
            while (owner.getId() == null || !(owner.getId().startsWith("node-") || owner.getId().startsWith("link-"))) {
                owner = owner.getParent();
            }
            into.add(new Named(what, owner, node.localToScene(node.getBoundsInLocal())));
        }
    }

    /** Which node or link a part draws: a link's live parts (gauge, count) sit in "link-live-ID", apart from "link-ID". */
    private static String drawing(Node owner) {
        return owner.getId().replaceFirst("^link-live-", "link-");
    }

    private static boolean overlaps(Bounds a, Bounds b) {
        return a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX() && a.getMinY() < b.getMaxY()
                && b.getMinY() < a.getMaxY();
    }

    private void snap(Path file) {
        window.canvas().fitToView();
        try {
            PngExporter.write(window.stage().getScene().getRoot(), file, 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
