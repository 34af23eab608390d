package org.zmqdesigner.app.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.zmqdesigner.app.canvas.NodeGeometry;
import org.zmqdesigner.engine.edit.CompositeEdit;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.edit.MoveNodes;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * Lays a design out by its data flow, left to right: sources in the first column, sinks in the
 * last, devices and workers between; a request-reply client left of its server or broker
 * ({@link FlowDirection}). The layering, the order within a column (fewest crossings) and the
 * placement are the Eclipse Layout Kernel's layered (Sugiyama) algorithm: a well-kept library
 * does what would otherwise be a few hundred lines of hand-written graph drawing.
 *
 * <p>Each node is given to ELK as its footprint (box, loss badges above, live numbers below;
 * {@link NodeGeometry#footprint}) with a port per socket row on the side its data enters or
 * leaves, so columns leave room for what a run draws and links meet their rows straight. Columns
 * are far enough apart for a link's label block and a detour around a node.
 */
public final class TidyUp {

    /** Between two columns of footprints: room for a label block and a curve bending past it. */
    static final double COLUMN_GAP = 220;
    /** Between two footprints in one column (snapping to the grid may take up to one grid step of it). */
    static final double ROW_GAP = 30;

    static {
        // Outside Eclipse nothing registers the algorithm; the layered jar has no service entry.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private TidyUp() {
    }

    /** The tidy-up as one undoable edit, or null when every node is already where it would go. */
    public static Edit edit(Topology topology) {
        Map<String, Position> target = positions(topology);
        List<Edit> moves = new ArrayList<>();
        for (Node node : topology.nodes()) {
            Position to = target.get(node.id());
            double dx = to.x() - node.position().x();
            double dy = to.y() - node.position().y();
            if (dx != 0 || dy != 0) {
                moves.add(new MoveNodes(Set.of(node.id()), dx, dy));
            }
        }
        return moves.isEmpty() ? null : new CompositeEdit(moves, Texts.of(TidyUp.class).get("tidy.edit"));
    }

    /**
     * Where each node goes, by id: snapped to the grid, the layout's top-left corner where the
     * design's was, so the view does not jump.
     */
    public static Map<String, Position> positions(Topology topology) {
        Map<String, Position> out = new LinkedHashMap<>();
        if (topology.nodes().isEmpty()) {
            return out;
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, COLUMN_GAP);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, ROW_GAP);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, ROW_GAP * 2);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
        // Where crossings allow, keep the design's own order (worker-1 above worker-2).
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        Map<String, ElkNode> shapes = new LinkedHashMap<>();
        Map<String, ElkPort> ports = new HashMap<>();
        for (Node node : topology.nodes()) {
            if (shapes.containsKey(node.id())) {
                continue;
            }
            ElkNode shape = ElkGraphUtil.createNode(root);
            shape.setIdentifier(node.id());
            shape.setDimensions(NodeGeometry.WIDTH, NodeGeometry.footprint(node).getHeight());
            shape.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            shapes.put(node.id(), shape);
        }
        for (Link link : topology.links()) {
            Node from = topology.node(link.from().node()).orElse(null);
            Node to = topology.node(link.to().node()).orElse(null);
            if (from == null || to == null || from.id().equals(to.id())) {
                continue;
            }
            boolean forward = FlowDirection.forward(topology, link);
            Node source = forward ? from : to;
            Node target = forward ? to : from;
            String sourceSocket = forward ? link.from().socket() : link.to().socket();
            String targetSocket = forward ? link.to().socket() : link.from().socket();
            ElkPort leaving = port(ports, shapes.get(source.id()), source, sourceSocket, PortSide.EAST);
            ElkPort entering = port(ports, shapes.get(target.id()), target, targetSocket, PortSide.WEST);
            ElkGraphUtil.createSimpleEdge(leaving, entering);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        double originX = topology.nodes().stream().mapToDouble(n -> n.position().x()).min().orElse(0);
        double originY = topology.nodes().stream().mapToDouble(n -> n.position().y()).min().orElse(0);
        double minX = shapes.values().stream().mapToDouble(ElkNode::getX).min().orElse(0);
        double minY = shapes.values().stream().mapToDouble(ElkNode::getY).min().orElse(0);
        for (Node node : topology.nodes()) {
            ElkNode shape = shapes.get(node.id());
            double x = NodeGeometry.snap(originX) + NodeGeometry.snap(shape.getX() - minX);
            // The footprint starts with the badges' room; the box starts under it.
            double y = NodeGeometry.snap(originY) + NodeGeometry.snap(shape.getY() - minY);
            out.putIfAbsent(node.id(), new Position(x, y));
        }
        return out;
    }

    /** The port of a socket's row on one side of its node, made once per socket and side. */
    private static ElkPort port(Map<String, ElkPort> ports, ElkNode shape, Node node, String socket, PortSide side) {
        return ports.computeIfAbsent(node.id() + "/" + socket + "/" + side, key -> {
            int index = Math.max(0, indexOf(node, socket));
            ElkPort port = ElkGraphUtil.createPort(shape);
            port.setDimensions(0, 0);
            double rowInFootprint = NodeGeometry.rowY(node, index) - node.position().y() + NodeGeometry.BADGES;
            port.setLocation(side == PortSide.EAST ? NodeGeometry.WIDTH : 0, rowInFootprint);
            port.setProperty(CoreOptions.PORT_SIDE, side);
            return port;
        });
    }

    private static int indexOf(Node node, String socket) {
        for (int i = 0; i < node.sockets().size(); i++) {
            if (node.sockets().get(i).id().equals(socket)) {
                return i;
            }
        }
        return -1;
    }
}
