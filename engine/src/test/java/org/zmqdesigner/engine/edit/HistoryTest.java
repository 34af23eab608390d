package org.zmqdesigner.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

class HistoryTest {

    private static Node node(String id, SocketType type) {
        return new Node(id, null, NodeKind.APPLICATION, Position.ORIGIN, null, null, List.of(new Socket("s", type)),
                null);
    }

    @Test
    void undo_and_redo_walk_through_every_state_with_its_description() {
        History history = new History(Topology.EMPTY);
        history.apply(AddElements.node(node("a", SocketType.PUB), "Add PUB"));
        history.apply(AddElements.node(node("b", SocketType.SUB), "Add SUB"));

        assertThat(history.undoDescription()).contains("Add SUB");
        assertThat(history.undo().nodes()).extracting(Node::id).containsExactly("a");
        assertThat(history.redoDescription()).contains("Add SUB");
        assertThat(history.undo().nodes()).isEmpty();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo().nodes()).extracting(Node::id).containsExactly("a");
        assertThat(history.redo().nodes()).extracting(Node::id).containsExactly("a", "b");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void a_new_edit_after_undo_drops_the_redo_branch() {
        History history = new History(Topology.EMPTY);
        history.apply(AddElements.node(node("a", SocketType.PUB), "Add PUB"));
        history.undo();
        history.apply(AddElements.node(node("b", SocketType.SUB), "Add SUB"));

        assertThat(history.canRedo()).isFalse();
        assertThat(history.current().nodes()).extracting(Node::id).containsExactly("b");
    }

    @Test
    void moves_of_the_same_nodes_within_a_second_are_one_undo_step() {
        History history = new History(Topology.EMPTY.withNode(node("a", SocketType.PUB)));
        history.apply(new MoveNodes(Set.of("a"), 10, 0), 1000);
        history.apply(new MoveNodes(Set.of("a"), 5, 5), 1500);
        history.apply(new MoveNodes(Set.of("a"), 1, 1), 4000);

        assertThat(history.current().node("a").orElseThrow().position()).isEqualTo(new Position(16, 6));
        history.undo();
        assertThat(history.current().node("a").orElseThrow().position()).isEqualTo(new Position(15, 5));
        history.undo();
        assertThat(history.current().node("a").orElseThrow().position()).isEqualTo(Position.ORIGIN);
    }

    @Test
    void two_drags_of_the_same_node_are_two_undo_steps_however_quickly_they_follow() {
        History history = new History(Topology.EMPTY.withNode(node("a", SocketType.PUB)));
        history.apply(new MoveNodes(Set.of("a"), 20, 0), 1000);
        history.seal();
        history.apply(new MoveNodes(Set.of("a"), 0, 40), 1200);

        assertThat(history.current().node("a").orElseThrow().position()).isEqualTo(new Position(20, 40));
        history.undo();
        assertThat(history.current().node("a").orElseThrow().position()).isEqualTo(new Position(20, 0));
        history.undo();
        assertThat(history.current().node("a").orElseThrow().position()).isEqualTo(Position.ORIGIN);
    }

    @Test
    void a_move_right_after_an_undo_does_not_merge_into_the_step_before() {
        History history = new History(Topology.EMPTY.withNode(node("a", SocketType.PUB)));
        history.apply(new MoveNodes(Set.of("a"), 20, 0), 1000);
        history.seal();
        history.apply(new MoveNodes(Set.of("a"), 0, 20), 1100);
        history.undo();
        history.apply(new MoveNodes(Set.of("a"), 0, 60), 1200);

        history.undo();
        assertThat(history.current().node("a").orElseThrow().position()).isEqualTo(new Position(20, 0));
    }

    @Test
    void the_mark_tells_whether_there_are_unsaved_changes() {
        History history = new History(Topology.EMPTY);
        assertThat(history.atMark()).isTrue();
        history.apply(AddElements.node(node("a", SocketType.PUB), "Add PUB"));
        assertThat(history.atMark()).isFalse();
        history.mark();
        assertThat(history.atMark()).isTrue();
        history.undo();
        assertThat(history.atMark()).isFalse();
        history.redo();
        assertThat(history.atMark()).isTrue();
    }

    @Test
    void connecting_adds_the_bind_and_the_link_and_removing_a_node_removes_its_links() {
        Topology design = Topology.EMPTY.withNode(node("pub", SocketType.PUB)).withNode(node("sub", SocketType.SUB));
        Topology linked = new ConnectSockets("l1", new SocketRef("sub", "s"), new SocketRef("pub", "s"),
                "tcp://localhost:5556", "tcp://127.0.0.1:5556").apply(design);

        assertThat(linked.socket(new SocketRef("pub", "s")).orElseThrow().binds()).containsExactly("tcp://127.0.0.1:5556");
        assertThat(linked.links()).hasSize(1);
        Topology again = new ConnectSockets("l2", new SocketRef("sub", "s"), new SocketRef("pub", "s"),
                "tcp://localhost:5556", "tcp://127.0.0.1:5556").apply(linked);
        assertThat(again.socket(new SocketRef("pub", "s")).orElseThrow().binds()).hasSize(1);
        assertThat(new RemoveElements(Set.of("pub"), Set.of()).apply(again).links()).isEmpty();
    }

    @Test
    void renaming_a_node_id_carries_its_links_along_and_refuses_a_taken_id() {
        Topology design = new ConnectSockets("l1", new SocketRef("sub", "s"), new SocketRef("pub", "s"),
                "inproc://x", "inproc://x").apply(Topology.EMPTY.withNode(node("pub", SocketType.PUB))
                .withNode(node("sub", SocketType.SUB)));
        Node renamed = design.node("pub").orElseThrow().withId("publisher");

        Topology after = new ReplaceNode("pub", renamed, "Rename").apply(design);

        assertThat(after.links().get(0).to().node()).isEqualTo("publisher");
        assertThatThrownBy(() -> new ReplaceNode("pub", design.node("pub").orElseThrow().withId("sub"), "Rename")
                .apply(design)).hasMessageContaining("taken");
    }

    @Test
    void fresh_ids_never_collide() {
        Topology design = Topology.EMPTY.withNode(node("pub-1", SocketType.PUB));
        assertThat(Ids.fresh(design, "PUB")).isEqualTo("pub-2");
        assertThat(Ids.fresh(design, "Queue device")).isEqualTo("queue-device-1");
    }
}
