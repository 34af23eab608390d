package org.zmqdesigner.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The first samples (hello, weather, pipeline, the slow joiner) joined by the guide's own
 * programs: plain JeroMQ written from the guide's description, and libzmq through pyzmq where
 * Debian's python3-zmq is installed (skipped, saying so, where it is not). See InteropTest for
 * plain JeroMQ clients of the hello server and workers of the pipeline.
 */
class FirstSamplesInteropTest {

    @Test
    void a_pyzmq_hwclient_gets_World_from_the_hello_server() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("hello-reqrep"), RunOptions.DEFAULTS)) {
            List<String> replies = Pyzmq.run("""
                    import zmq
                    socket = zmq.Context().socket(zmq.REQ)
                    socket.rcvtimeo = 10000
                    socket.connect("tcp://localhost:5555")
                    for request in range(2):
                        socket.send(b"Hello")
                        print(socket.recv_multipart()[0].decode())
                    """, 40);

            assertThat(replies).as("%s", run.report()).containsExactly("World", "World");
        }
    }

    @Test
    void a_plain_wuclient_gets_updates_for_its_zip_code() throws Exception {
        try (TopologyRun run = TopologyRun.start(Runs.sample("weather-pubsub"), RunOptions.DEFAULTS);
             ZContext context = new ZContext(1)) {
            ZMQ.Socket subscriber = context.createSocket(SocketType.SUB);
            subscriber.setLinger(0);
            subscriber.setHandshakeIvl(500); // JeroMQ 0.6.0's connect race, see SocketSetup
            subscriber.setReceiveTimeOut(15_000);
            subscriber.connect("tcp://localhost:5556");
            subscriber.subscribe("10001 ".getBytes(ZMQ.CHARSET));
            List<String> updates = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String update = subscriber.recvStr(0);
                assertThat(update).as("update %d within 15 s; %s", i + 1, run.report()).isNotNull();
                updates.add(update);
            }

            assertThat(updates).allSatisfy(u -> assertThat(u).matches("10001 -?\\d+ \\d+"));
        }
    }

    @Test
    void a_pyzmq_wuclient_gets_updates_for_its_zip_code() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("weather-pubsub"), RunOptions.DEFAULTS)) {
            List<String> updates = Pyzmq.run("""
                    import zmq
                    socket = zmq.Context().socket(zmq.SUB)
                    socket.rcvtimeo = 15000
                    socket.connect("tcp://localhost:5556")
                    socket.setsockopt_string(zmq.SUBSCRIBE, "10001 ")
                    for update in range(2):
                        print(socket.recv_string())
                    """, 60);

            assertThat(updates).as("%s", run.report()).hasSize(2)
                    .allSatisfy(u -> assertThat(u).matches("10001 -?\\d+ \\d+"));
        }
    }

    /** The guide's taskwork, three times, in libzmq: the ventilator's tasks reach the designed sink through them. */
    @Test
    void pyzmq_taskworkers_carry_the_ventilators_tasks_to_the_sink() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("pipeline"),
                RunOptions.DEFAULTS.withOnly(Set.of("ventilator", "sink")))) {
            List<String> printed = Pyzmq.run("""
                    import threading, time, zmq
                    context = zmq.Context()
                    done = []
                    def taskwork():
                        receiver = context.socket(zmq.PULL)
                        receiver.rcvtimeo = 3000
                        receiver.connect("tcp://localhost:5557")
                        sender = context.socket(zmq.PUSH)
                        sender.connect("tcp://localhost:5558")
                        while True:
                            try:
                                task = receiver.recv_string()
                            except zmq.Again:
                                break
                            time.sleep(int(task) / 1000.0)
                            sender.send(b"")
                            done.append(task)
                        sender.close(linger=2000)
                    workers = [threading.Thread(target=taskwork) for _ in range(3)]
                    for w in workers: w.start()
                    for w in workers: w.join()
                    print(len(done))
                    """, 60);

            assertThat(printed).as("tasks done by the pyzmq workers; %s", run.report()).containsExactly("100");
            Runs.await("the sink to receive the start signal and 100 results", 10_000,
                    () -> run.report().nodes().get("sink").received() == 101, run::report);
        }
    }

    @Test
    void a_pyzmq_SUB_joining_the_slow_joiner_publisher_gets_its_updates() throws Exception {
        assumeTrue(Pyzmq.available(), Pyzmq.unavailable());
        try (TopologyRun run = TopologyRun.start(Runs.sample("slow-joiner"), RunOptions.DEFAULTS)) {
            List<String> updates = Pyzmq.run("""
                    import zmq
                    socket = zmq.Context().socket(zmq.SUB)
                    socket.rcvtimeo = 10000
                    socket.connect("tcp://localhost:5561")
                    socket.setsockopt_string(zmq.SUBSCRIBE, "")
                    for update in range(3):
                        print(socket.recv_string())
                    """, 40);

            assertThat(updates).as("%s", run.report()).hasSize(3)
                    .allSatisfy(u -> assertThat(u).matches("update \\d+"));
        }
    }
}
