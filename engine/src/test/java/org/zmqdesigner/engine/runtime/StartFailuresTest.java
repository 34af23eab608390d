package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartFailuresTest {

    @Test
    void thousands_of_nodes_failing_for_one_reason_are_said_in_one_line() {
        List<StartFailures.Failure> failures = new ArrayList<>();
        for (int i = 1; i <= 3976; i++) {
            failures.add(new StartFailures.Failure("n" + i, "node n" + i + " crashed: " + ZmqErrors.words(zmq.ZError.EMFILE)));
        }
        failures.add(new StartFailures.Failure("web", "node web: cannot bind out to tcp://*:80: the address is already in use"));

        String summary = StartFailures.summary(failures);

        assertThat(summary.lines()).hasSize(2);
        assertThat(summary).startsWith("node n1 crashed: too many open files")
                .contains("the same for 3975 more nodes (n2, n3, n4, n5, n6 and 3970 more)")
                .doesNotContain("Errno").contains("node web: cannot bind");
    }

    @Test
    void jeromq_error_numbers_are_said_in_words() {
        assertThat(ZmqErrors.words(zmq.ZError.EMFILE)).startsWith("too many open files").endsWith("(ZeroMQ error 156384819)");
        assertThat(ZmqErrors.words(123456)).isEqualTo("ZeroMQ error 123456");
    }
}
