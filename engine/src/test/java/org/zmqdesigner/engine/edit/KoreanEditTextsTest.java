package org.zmqdesigner.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Link;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Position;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.KoreanWording;
import org.zmqdesigner.engine.text.Language;

/**
 * What Edit → Undo and Redo call each edit, and why an edit does not apply, in Korean and in
 * English as before. The words are read when asked for, so a language switch renames the steps
 * already in the history.
 */
class KoreanEditTextsTest {

    private static final Node A = node("a", SocketType.PUB);
    private static final Node B = node("b", SocketType.SUB);
    private static final Topology DESIGN = Topology.EMPTY.withNode(A).withNode(B)
            .withLink(new Link("ab", new SocketRef("b", "s"), new SocketRef("a", "s"), "tcp://localhost:5555"));

    @AfterEach
    void english() {
        Language.set(Language.ENGLISH);
    }

    private static Node node(String id, SocketType type) {
        return new Node(id, null, NodeKind.APPLICATION, Position.ORIGIN, null, null, List.of(new Socket("s", type)),
                null);
    }

    /** Each edit that names itself, with its English name as the designer showed it before. */
    private static Map<Edit, String> edits() {
        return Map.of(
                new ConnectSockets("l", new SocketRef("b", "s"), new SocketRef("a", "s"), "tcp://localhost:5555",
                        "tcp://127.0.0.1:5555"), "Link b/s to a/s",
                new MoveNodes(Set.of("a"), 1, 1), "Move a",
                new MoveNodes(Set.of("a", "b"), 1, 1), "Move 2 nodes",
                new RemoveElements(Set.of("a"), Set.of()), "Delete a",
                new RemoveElements(Set.of(), Set.of("ab")), "Delete link ab",
                new RemoveElements(Set.of("a", "b"), Set.of("ab")), "Delete 3 elements",
                new SetDocumentInfo("t", "d"), "Edit title and description");
    }

    @Test
    void every_edit_names_itself_in_english_as_before_and_in_korean() throws Exception {
        for (Map.Entry<Edit, String> edit : edits().entrySet()) {
            assertThat(edit.getKey().description()).isEqualTo(edit.getValue());

            String korean = KoreanWording.inKorean(edit.getKey()::description);

            KoreanWording.assertKorean("the name of " + edit.getValue(), korean);
        }
    }

    @Test
    void a_step_in_the_history_is_renamed_when_the_language_changes() throws Exception {
        History history = new History(DESIGN);
        history.apply(new MoveNodes(Set.of("a", "b"), 5, 5));

        assertThat(history.undoDescription()).contains("Move 2 nodes");
        assertThat(KoreanWording.inKorean(() -> history.undoDescription().orElseThrow())).isEqualTo("노드 2개 이동");
    }

    @Test
    void a_thousand_nodes_are_counted_without_a_thousands_separator() throws Exception {
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 1200; i++) {
            ids.add("n" + i);
        }
        MoveNodes move = new MoveNodes(ids, 1, 1);

        assertThat(move.description()).isEqualTo("Move 1200 nodes");
        assertThat(KoreanWording.inKorean(move::description)).isEqualTo("노드 1200개 이동");
    }

    @Test
    void why_an_edit_does_not_apply_is_said_in_korean() throws Exception {
        List<Runnable> refused = List.of(
                () -> AddElements.node(A, "Add").apply(DESIGN),
                () -> new ReplaceNode("nope", A, "Rename").apply(DESIGN),
                () -> new ReplaceNode("a", node("b", SocketType.PUB), "Rename").apply(DESIGN),
                () -> new ReplaceLink("nope", DESIGN.links().get(0), "Set").apply(DESIGN),
                () -> new ConnectSockets("l", new SocketRef("b", "s"), new SocketRef("x", "s"), "tcp://localhost:1",
                        "tcp://127.0.0.1:1").apply(DESIGN),
                () -> new ConnectSockets("l", new SocketRef("b", "x"), new SocketRef("a", "s"), "tcp://localhost:1",
                        "tcp://127.0.0.1:1").apply(DESIGN),
                () -> new ConnectSockets("ab", new SocketRef("b", "s"), new SocketRef("a", "s"), "tcp://localhost:1",
                        "tcp://127.0.0.1:1").apply(DESIGN));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, refused.get(0)::run))
                .hasMessage("the id \"a\" is taken");
        for (Runnable edit : refused) {
            IllegalArgumentException e = KoreanWording.inKorean(
                    () -> catchThrowableOfType(IllegalArgumentException.class, edit::run));
            assertThat(e).isNotNull();
            KoreanWording.assertKorean("a refused edit", e.getMessage());
        }
    }
}
