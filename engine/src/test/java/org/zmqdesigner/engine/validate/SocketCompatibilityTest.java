package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zmqdesigner.engine.model.SocketType.DEALER;
import static org.zmqdesigner.engine.model.SocketType.PAIR;
import static org.zmqdesigner.engine.model.SocketType.PUB;
import static org.zmqdesigner.engine.model.SocketType.PULL;
import static org.zmqdesigner.engine.model.SocketType.PUSH;
import static org.zmqdesigner.engine.model.SocketType.REP;
import static org.zmqdesigner.engine.model.SocketType.REQ;
import static org.zmqdesigner.engine.model.SocketType.ROUTER;
import static org.zmqdesigner.engine.model.SocketType.SUB;
import static org.zmqdesigner.engine.model.SocketType.XPUB;
import static org.zmqdesigner.engine.model.SocketType.XSUB;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.assertNo;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.the;
import static org.zmqdesigner.engine.validate.DiagnosticChecks.validate;
import static org.zmqdesigner.engine.validate.Designs.pair;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zmqdesigner.engine.model.SocketType;

/**
 * The ZMTP compatibility table, written out here independently of {@link SocketType#peers()}:
 * a link between a compatible pair is never INCOMPATIBLE_SOCKETS, in either direction, and a link
 * between any other pair of the 11 x 11 always is.
 */
class SocketCompatibilityTest {

    private static final List<SocketType[]> COMPATIBLE = List.of(
            new SocketType[] {REQ, REP},
            new SocketType[] {REQ, ROUTER},
            new SocketType[] {DEALER, REP},
            new SocketType[] {DEALER, DEALER},
            new SocketType[] {DEALER, ROUTER},
            new SocketType[] {ROUTER, ROUTER},
            new SocketType[] {PUB, SUB},
            new SocketType[] {PUB, XSUB},
            new SocketType[] {XPUB, SUB},
            new SocketType[] {XPUB, XSUB},
            new SocketType[] {PUSH, PULL},
            new SocketType[] {PAIR, PAIR});

    private static Set<List<SocketType>> compatibleBothWays() {
        Set<List<SocketType>> set = new HashSet<>();
        for (SocketType[] p : COMPATIBLE) {
            set.add(List.of(p[0], p[1]));
            set.add(List.of(p[1], p[0]));
        }
        return set;
    }

    static Stream<Arguments> compatiblePairs() {
        return compatibleBothWays().stream().map(p -> Arguments.of(p.get(0), p.get(1)));
    }

    static Stream<Arguments> incompatiblePairs() {
        Set<List<SocketType>> compatible = compatibleBothWays();
        return Stream.of(SocketType.values())
                .flatMap(a -> Stream.of(SocketType.values()).map(b -> List.of(a, b)))
                .filter(p -> !compatible.contains(p))
                .map(p -> Arguments.of(p.get(0), p.get(1)));
    }

    @Test
    void the_table_has_12_compatible_pairs_21_ordered_ones_and_100_incompatible_ones() {
        assertThat(COMPATIBLE).hasSize(12);
        assertThat(compatiblePairs()).hasSize(21);
        assertThat(incompatiblePairs()).hasSize(100);
    }

    @ParameterizedTest(name = "a {0} linked to a {1} is a compatible pair")
    @MethodSource("compatiblePairs")
    void a_compatible_pair_is_not_flagged(SocketType from, SocketType to) {
        List<Diagnostic> all = validate(pair(from, to));

        assertNo(all, "INCOMPATIBLE_SOCKETS");
    }

    @ParameterizedTest(name = "a {0} linked to a {1} is an incompatible pair")
    @MethodSource("incompatiblePairs")
    void an_incompatible_pair_is_flagged(SocketType from, SocketType to) {
        List<Diagnostic> all = validate(pair(from, to));

        Diagnostic d = the(all, "INCOMPATIBLE_SOCKETS", Severity.ERROR, "ab");
        assertThat(d.message()).contains("A " + from + " socket").contains("a " + to + " socket");
        assertThat(d.hint()).contains(from.name()).contains(to.name());
    }

    @Test
    void a_PUB_linked_to_a_PULL_is_an_incompatible_pair() {
        Diagnostic d = the(validate(pair(PUB, PULL)), "INCOMPATIBLE_SOCKETS", Severity.ERROR, "ab");

        assertThat(d.hint()).contains("SUB or XSUB").contains("PUSH");
    }

    @Test
    void two_sockets_of_the_same_type_are_explained_without_repeating_themselves() {
        Diagnostic d = the(validate(pair(PUSH, PUSH)), "INCOMPATIBLE_SOCKETS", Severity.ERROR, "ab");

        assertThat(d.hint()).startsWith("A PUSH pairs with PULL, never with another PUSH.");
    }
}
