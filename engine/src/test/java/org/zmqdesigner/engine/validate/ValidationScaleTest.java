package org.zmqdesigner.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Node;
import org.zmqdesigner.engine.model.NodeKind;
import org.zmqdesigner.engine.model.Socket;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.model.SocketType;
import org.zmqdesigner.engine.model.Topology;

/**
 * Validation stays linear in the size of the design, checked by counting the work the rules ask of
 * {@link TopologyFacts} (elements, lookups, comparisons) rather than by a clock: four times the
 * design may cost a little over four times the work, never sixteen. Before the bind index, 50,000
 * nodes took 33 s because every bind was compared with every bind before it.
 */
class ValidationScaleTest {

    /** Linear work grows 4× for a 4× design; quadratic work would grow 16×. Headroom for rounding. */
    private static final double LINEAR_BOUND = 4.5;

    private static long work(Topology design) {
        TopologyFacts facts = new TopologyFacts(design);
        new Validator().validate(facts);
        return facts.work();
    }

    @Test
    void validating_four_times_the_design_costs_about_four_times_the_work() {
        long small = work(LargeDesigns.mixed(2_000));
        long large = work(LargeDesigns.mixed(8_000));

        assertThat((double) large / small)
                .as("work for 8,000 nodes (%,d) over work for 2,000 nodes (%,d)", large, small)
                .isLessThan(LINEAR_BOUND);
    }

    @Test
    void the_large_design_gives_every_rule_work_and_its_diagnostics_grow_with_it() {
        List<Diagnostic> small = new Validator().validate(LargeDesigns.mixed(2_000));
        List<Diagnostic> large = new Validator().validate(LargeDesigns.mixed(8_000));

        assertThat(DiagnosticChecks.codes(large)).contains("ENDPOINT_BOUND_TWICE", "DANGLING_LINK",
                "PAIR_MULTIPLE_PEERS", "INCOMPATIBLE_SOCKETS", "BAD_ENDPOINT", "BIND_ALL_INTERFACES",
                "SUB_NO_SUBSCRIPTION", "PUSH_NO_DOWNSTREAM");
        assertThat(large).hasSize(4 * small.size());
    }

    /**
     * The worst case for a bind index: one port bound on thousands of addresses of one machine,
     * and at the end on every address, which clashes with them all.
     */
    @Test
    void thousands_of_binds_of_one_port_cost_linear_work() {
        long small = work(onePortOnManyAddresses(1_000));
        long large = work(onePortOnManyAddresses(4_000));

        assertThat((double) large / small)
                .as("work for 4,000 binds of port 5555 (%,d) over work for 1,000 (%,d)", large, small)
                .isLessThan(LINEAR_BOUND);
    }

    private static Topology onePortOnManyAddresses(int nodes) {
        List<Node> all = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            String host = i >= nodes - nodes / 100 ? "*" : "10.0." + i / 250 + "." + i % 250;
            all.add(new Node("n" + i, null, NodeKind.APPLICATION, null, null, null, List.of(new Socket("in",
                    SocketType.PULL, List.of("tcp://" + host + ":5555"), List.of(), SocketOptions.DEFAULTS)), null));
        }
        return new Topology(null, null, all, List.of());
    }

    /**
     * The index finds exactly what comparing every pair found: for random binds over a few
     * machines, addresses, ports and paths, each bind is reported against the first earlier bind
     * that {@link Endpoint#overlaps} it on its machine, and only then.
     */
    @Test
    void the_bind_index_reports_what_comparing_every_pair_reports() {
        List<String> endpoints = List.of("tcp://127.0.0.1:5555", "tcp://localhost:5555", "tcp://*:5555",
                "tcp://0.0.0.0:5555", "tcp://[::]:5555", "tcp://[::1]:5555", "tcp://10.0.0.7:5555",
                "tcp://127.0.0.1:5556", "tcp://*:5556", "tcp://127.0.0.1:*", "tcp://*:*", "inproc://a",
                "inproc://b", "ipc://a", "ipc:///tmp/b.ipc", "nonsense");
        List<String> hosts = java.util.Arrays.asList(null, "", "alpha", "beta");
        Random random = new Random(20261201);
        for (int round = 0; round < 300; round++) {
            List<Node> nodes = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int n = 0; n < count; n++) {
                List<Socket> sockets = new ArrayList<>();
                for (int s = 0, sc = 1 + random.nextInt(2); s < sc; s++) {
                    List<String> binds = new ArrayList<>();
                    for (int b = 0, bc = random.nextInt(3); b < bc; b++) {
                        binds.add(endpoints.get(random.nextInt(endpoints.size())));
                    }
                    sockets.add(new Socket("s" + s, SocketType.PULL, binds, List.of(), SocketOptions.DEFAULTS));
                }
                nodes.add(new Node("n" + n, null, NodeKind.APPLICATION, null, null,
                        hosts.get(random.nextInt(hosts.size())), sockets, null));
            }
            Topology design = new Topology(null, null, nodes, List.of());

            List<String> found = DiagnosticChecks.withCode(new Validator().validate(design), "ENDPOINT_BOUND_TWICE")
                    .stream().map(d -> d.element() + ": " + d.message()).toList();

            assertThat(found).as("round %d: %s", round, nodes).isEqualTo(everyPair(design));
        }
    }

    /** The diagnostics as the rule found them before the index, by comparing every pair of binds. */
    private static List<String> everyPair(Topology design) {
        record Bind(Node node, Socket socket, String text, Endpoint endpoint) {
            String element() {
                return node.id() + "/" + socket.id();
            }
        }
        List<Bind> binds = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Node node : design.nodes()) {
            for (Socket socket : node.sockets()) {
                for (String text : socket.binds()) {
                    Endpoint endpoint = TopologyFacts.parse(text).orElse(null);
                    if (endpoint == null) {
                        continue;
                    }
                    Bind bind = new Bind(node, socket, text, endpoint);
                    for (Bind earlier : binds) {
                        if (TopologyFacts.hostOf(earlier.node()).equals(TopologyFacts.hostOf(node))
                                && earlier.endpoint().overlaps(endpoint)) {
                            boolean sameSocket = earlier.element().equals(bind.element());
                            String who = sameSocket && earlier.text().equals(text)
                                    ? "Socket " + bind.element() + " binds " + text + " twice"
                                    : sameSocket ? "Socket " + bind.element() + " binds both " + earlier.text()
                                    + " and " + text + ", which claim the same address"
                                    : "Both " + earlier.element() + " (" + earlier.text() + ") and "
                                    + bind.element() + " (" + text + ") bind the same address";
                            found.add(bind.element() + ": " + who + "; the second bind would fail with"
                                    + " \"address already in use\".");
                            break;
                        }
                    }
                    binds.add(bind);
                }
            }
        }
        return found;
    }
}
