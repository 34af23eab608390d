package org.zmqdesigner.engine.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole design: nodes with their sockets, and the links between sockets. Immutable; every edit
 * makes a new Topology.
 *
 * <p>{@code formatVersion} belongs to the file, not the design: the format layer writes and checks it.
 */
@JsonPropertyOrder({"title", "description", "nodes", "links"})
@JsonIgnoreProperties(value = {"formatVersion"}, allowGetters = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Topology(
        String title,
        String description,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Node> nodes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Link> links) {

    public static final Topology EMPTY = new Topology(null, null, List.of(), List.of());

    public Topology {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Link> link(String id) {
        return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Socket> socket(SocketRef ref) {
        return node(ref.node()).flatMap(n -> n.socket(ref.socket()));
    }

    public Topology withTitle(String value) {
        return new Topology(value, description, nodes, links);
    }

    public Topology withDescription(String value) {
        return new Topology(title, value, nodes, links);
    }

    public Topology withNodes(List<Node> value) {
        return new Topology(title, description, value, links);
    }

    public Topology withLinks(List<Link> value) {
        return new Topology(title, description, nodes, value);
    }

    public Topology withNode(Node added) {
        List<Node> copy = new ArrayList<>(nodes);
        copy.add(added);
        return withNodes(copy);
    }

    /** This topology with the node of the same id replaced. */
    public Topology replaceNode(Node replacement) {
        return withNodes(nodes.stream().map(n -> n.id().equals(replacement.id()) ? replacement : n).toList());
    }

    public Topology withLink(Link added) {
        List<Link> copy = new ArrayList<>(links);
        copy.add(added);
        return withLinks(copy);
    }

    /** Links attached to the given socket, on either side. */
    public List<Link> linksOf(SocketRef ref) {
        return links.stream().filter(l -> l.from().equals(ref) || l.to().equals(ref)).toList();
    }
}
