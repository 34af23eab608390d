package org.zmqdesigner.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ThreadCpu and its /proc parsing, fed with sample /proc text (no timing, no real threads). */
class ThreadCpuTest {

    /** A /proc whose files the test writes; a thread ends when its folder is removed. */
    private static final class FakeProc implements ProcFiles {
        final Map<String, String> files = new HashMap<>();

        @Override
        public Optional<String> read(String path) {
            return Optional.ofNullable(files.get(path));
        }

        @Override
        public List<String> list(String folder) {
            List<String> names = new ArrayList<>();
            for (String path : files.keySet()) {
                if (path.startsWith(folder + "/")) {
                    String name = path.substring(folder.length() + 1).split("/")[0];
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            return names;
        }

        @Override
        public long ticksPerSecond() {
            return 100;
        }

        void thread(int tid, String comm, long user, long system, long voluntary, long involuntary) {
            files.put("self/task/" + tid + "/schedstat", (user + system) * 10_000_000 + " " + voluntary * 1_000_000
                    + " " + (voluntary + involuntary) + "\n");
            files.put("self/task/" + tid + "/stat", stat(tid, comm, user, system, 1000 + tid));
            files.put("self/task/" + tid + "/status", "Name:\t" + comm + "\nState:\tS (sleeping)\n"
                    + "voluntary_ctxt_switches:\t" + voluntary + "\n"
                    + "nonvoluntary_ctxt_switches:\t" + involuntary + "\n");
        }

        void end(int tid) {
            files.remove("self/task/" + tid + "/schedstat");
            files.remove("self/task/" + tid + "/stat");
            files.remove("self/task/" + tid + "/status");
        }

        void process(long user, long system) {
            files.put("self/stat", stat(100, "java", user, system, 5));
        }

        void machine(long user, long system, long idle) {
            files.put("stat", "cpu  " + user + " 0 " + system + " " + idle + " 0 0 0 0 0 0\n"
                    + "cpu0 1 0 1 1 0 0 0 0 0 0\ncpu1 1 0 1 1 0 0 0 0 0 0\nintr 12345\nctxt 999\n");
        }
    }

    /** A stat line as the kernel writes it: fields 14, 15 and 22 are the ones read. */
    static String stat(int tid, String comm, long user, long system, long start) {
        return tid + " (" + comm + ") S 1 100 100 0 -1 4194368 500 0 0 0 " + user + " " + system
                + " 0 0 20 0 40 0 " + start + " 4000000000 30000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0"
                + " 0 0 0\n";
    }

    @Test
    void aThreadNamedWithSpacesAndParenthesesIsReadFromTheLastParenthesis() {
        String status = "Name:\tweird\nvoluntary_ctxt_switches:\t7\nnonvoluntary_ctxt_switches:\t3\n";

        ProcCounters.Task task = ProcCounters.task(42, stat(42, "a) b (c", 120, 30, 777), status,
                Optional.of("5000000 250000000 12\n")).orElseThrow();

        assertThat(task.comm()).isEqualTo("a) b (c");
        assertThat(task.userTicks()).isEqualTo(120);
        assertThat(task.systemTicks()).isEqualTo(30);
        assertThat(task.startTicks()).isEqualTo(777);
        assertThat(task.voluntary()).isEqualTo(7);
        assertThat(task.involuntary()).isEqualTo(3);
        assertThat(task.waitNanos()).isEqualTo(250_000_000);
        assertThat(ProcCounters.task(42, stat(42, "x", 1, 1, 1), status, Optional.empty()).orElseThrow().waitNanos())
                .isZero();
    }

    @Test
    void theMachineIsBusyForAllButIdleAndIowaitAndCountsItsCpus() {
        ProcCounters.Machine machine = ProcCounters.machine(
                "cpu  100 5 50 800 40 3 2 1 9 9\ncpu0 1 1 1 1 1 1 1 1\ncpu1 1 1 1 1 1 1 1 1\nctxt 5\n");

        assertThat(machine.busyTicks()).isEqualTo(100 + 5 + 50 + 3 + 2 + 1);
        assertThat(machine.totalTicks()).isEqualTo(100 + 5 + 50 + 800 + 40 + 3 + 2 + 1);
        assertThat(machine.cpus()).isEqualTo(2);
    }

    @Test
    void threadsAreGroupedByTheirCutNameOrTidAndDiffedOverTheInterval() {
        FakeProc proc = new FakeProc();
        proc.process(1000, 100);
        proc.machine(1000, 500, 500);
        proc.thread(11, "QuantumRenderer", 100, 10, 50, 5);
        proc.thread(12, "java", 200, 0, 10, 1); // the FX thread, known by its id
        proc.thread(13, "zmq-designer-no", 10, 0, 100, 0);
        proc.thread(14, "zmq-designer-no", 10, 0, 100, 0);
        proc.thread(15, "C2 CompilerThre", 300, 0, 1, 1);
        proc.thread(16, "G1 Conc#0", 5, 0, 0, 0);
        proc.thread(17, "gmain", 1, 0, 0, 0);
        ThreadGroups groups = ThreadGroups.builder().tids("FX thread", Set.of(12))
                .prefixes("render", "QuantumRenderer-").prefixes("nodes", "zmq-designer-node-").jit().gc().build();
        ThreadCpu cpu = ThreadCpu.start(proc, groups, 0);

        proc.process(1400, 150);
        proc.machine(1300, 600, 600); // 400 of 500 ticks busy on 2 CPUs: 1.6 cores
        proc.thread(11, "QuantumRenderer", 250, 20, 150, 25); // +1.6 s CPU over 2 s: 0.8 cores
        proc.thread(12, "java", 240, 0, 30, 1);
        proc.thread(13, "zmq-designer-no", 60, 20, 300, 0);
        proc.thread(14, "zmq-designer-no", 30, 0, 200, 0);
        proc.thread(15, "C2 CompilerThre", 300, 0, 1, 1);
        proc.thread(16, "G1 Conc#0", 5, 0, 0, 0);
        proc.thread(17, "gmain", 2, 0, 0, 0);
        CpuReport report = cpu.stop(2_000_000_000L);

        assertThat(report.wallSeconds()).isEqualTo(2.0);
        assertThat(report.group("render").cpuSeconds()).isCloseTo(1.6, within(1e-9));
        assertThat(report.group("render").systemSeconds()).isCloseTo(0.1, within(1e-9));
        assertThat(report.group("render").voluntary()).isEqualTo(100);
        assertThat(report.group("render").involuntary()).isEqualTo(20);
        assertThat(report.group("render").waitSeconds()).isCloseTo(0.1, within(1e-9)); // 100 more ms waited
        assertThat(report.group("FX thread").cpuSeconds()).isCloseTo(0.4, within(1e-9));
        assertThat(report.group("nodes").threads()).isEqualTo(2);
        assertThat(report.group("nodes").cpuSeconds()).isCloseTo(0.9, within(1e-9));
        assertThat(report.group("nodes").voluntary()).isEqualTo(300);
        assertThat(report.group("JIT compiler").cpuSeconds()).isZero();
        assertThat(report.group(ThreadGroups.GC).threads()).isEqualTo(1);
        assertThat(report.group(ThreadGroups.OTHER).cpuSeconds()).isCloseTo(0.01, within(1e-9));
        assertThat(report.processSeconds()).isCloseTo(4.5, within(1e-9));
        assertThat(report.unaccountedSeconds()).isCloseTo(4.5 - 1.6 - 0.4 - 0.9 - 0.01, within(1e-9));
        assertThat(report.machineBusyCores()).isCloseTo(1.6, within(1e-9));
        assertThat(report.machineCores()).isEqualTo(2);
        assertThat(groups.names()).containsExactly("FX thread", "render", "nodes", "JIT compiler",
                ThreadGroups.GC, ThreadGroups.OTHER);
    }

    @Test
    void aThreadBornAfterTheStartCountsFromZeroAndOneThatEndedKeepsItsLastSample() {
        FakeProc proc = new FakeProc();
        proc.process(0, 0);
        proc.machine(0, 0, 0);
        proc.thread(20, "bare-sender", 50, 0, 5, 0);
        ThreadGroups groups = ThreadGroups.builder().prefixes("work", "bare-").build();
        ThreadCpu cpu = ThreadCpu.start(proc, groups, 0);

        proc.thread(20, "bare-sender", 150, 0, 25, 0);
        proc.thread(21, "bare-receiver", 80, 0, 40, 2); // born during the interval
        cpu.sample();
        proc.end(20);
        proc.end(21);
        proc.process(300, 0);
        CpuReport report = cpu.stop(1_000_000_000L);

        assertThat(report.group("work").threads()).isEqualTo(2);
        assertThat(report.group("work").cpuSeconds()).isCloseTo(1.0 + 0.8, within(1e-9));
        assertThat(report.group("work").switches()).isEqualTo(20 + 42);
        assertThat(report.unaccountedSeconds()).isCloseTo(3.0 - 1.8, within(1e-9));
    }

    @Test
    void aReusedThreadIdIsANewThread() {
        FakeProc proc = new FakeProc();
        proc.process(0, 0);
        proc.machine(0, 0, 0);
        proc.files.put("self/task/30/stat", stat(30, "old", 500, 0, 1));
        proc.files.put("self/task/30/status", "voluntary_ctxt_switches:\t0\nnonvoluntary_ctxt_switches:\t0\n");
        ThreadCpu cpu = ThreadCpu.start(proc, ThreadGroups.builder().build(), 0);

        proc.files.put("self/task/30/stat", stat(30, "new", 20, 0, 99)); // same id, started later
        CpuReport report = cpu.stop(1_000_000_000L);

        assertThat(report.group(ThreadGroups.OTHER).cpuSeconds()).isCloseTo(0.2, within(1e-9));
        assertThat(report.group(ThreadGroups.OTHER).threads()).isEqualTo(2);
    }

    @Test
    void withoutProcTheReportSaysNotAvailable() {
        FakeProc none = new FakeProc();
        CpuReport report = ThreadCpu.start(none, ThreadGroups.builder().build(), 0).stop(1_000_000_000L);

        assertThat(report.available()).isFalse();
        assertThat(print(report)).contains("not available");
    }

    @Test
    void reportsAddUpAndPrintCoresAndSwitchesPerSecond() {
        CpuReport one = new CpuReport(2, List.of(new CpuReport.Group("render", 1, 1.0, 0.5, 0.4, 200, 20),
                new CpuReport.Group(ThreadGroups.OTHER, 3, 0.2, 0, 0, 10, 0)), 1.4, 0.2, 2.0, 2, 0.01);
        CpuReport two = new CpuReport(2, List.of(new CpuReport.Group("render", 1, 0.6, 0.1, 1.2, 100, 0),
                new CpuReport.Group(ThreadGroups.OTHER, 2, 0.0, 0, 0, 0, 0)), 0.8, 0.2, 1.0, 2, 0.02);

        CpuReport sum = one.plus(two);

        assertThat(sum.wallSeconds()).isEqualTo(4);
        assertThat(sum.group("render").cpuSeconds()).isCloseTo(1.6, within(1e-9));
        assertThat(sum.group("render").threads()).isEqualTo(2);
        assertThat(sum.group("render").waitSeconds()).isCloseTo(1.6, within(1e-9));
        assertThat(sum.switches()).isEqualTo(330);
        assertThat(sum.machineBusyCores()).isCloseTo(1.5, within(1e-9));
        String text = print(sum);
        assertThat(text).contains("render").contains("0.40") // 1.6 s over 4 s
                .contains("75 + 5") // switches a second: 300 voluntary and 20 involuntary over 4 s
                .contains("1.50 of 2 cores busy");
    }

    @Test
    void longJavaNamesAreCutToTheKernelsFifteenCharacters() {
        assertThat(ThreadGroups.comm("zmq-designer-node-source-1")).isEqualTo("zmq-designer-no");
        assertThat(ThreadGroups.comm("gmain")).isEqualTo("gmain");
    }

    @Test
    void theCpuModelComesFromModelNameOrHardware() {
        assertThat(BenchEnvironment.cpuModel("processor\t: 0\nmodel name\t: AMD EPYC 7B13\nflags\t: fpu\n"))
                .contains("AMD EPYC 7B13");
        assertThat(BenchEnvironment.cpuModel("processor\t: 0\nBogoMIPS\t: 50.00\nHardware\t: BCM2835\n"))
                .contains("BCM2835");
        assertThat(BenchEnvironment.cpuModel("processor\t: 0\n")).isEmpty();
    }

    private static String print(CpuReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
