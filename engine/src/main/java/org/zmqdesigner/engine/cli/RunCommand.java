package org.zmqdesigner.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.zmqdesigner.engine.event.RunEvent;
import org.zmqdesigner.engine.explain.Explainer;
import org.zmqdesigner.engine.explain.RunFacts;
import org.zmqdesigner.engine.explain.RunObserver;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.io.AtomicFile;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.runtime.RunOptions;
import org.zmqdesigner.engine.runtime.RunReport;
import org.zmqdesigner.engine.runtime.RunStartException;
import org.zmqdesigner.engine.runtime.TopologyRun;
import org.zmqdesigner.engine.text.Texts;
import org.zmqdesigner.engine.validate.OpenBinds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run FILE}: runs a topology on real sockets, then prints and writes what happened. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
                "Run a topology on real JeroMQ sockets, headless, and report what happened:",
                "messages sent and received per node, losses to slow joining and to full queues,",
                "deliveries and the deepest queue per link.",
                "Without --duration the run ends when every source and sink with a count, and every",
                "sink with an until, is done, or on Ctrl+C, which stops cleanly and still writes the report."},
        footer = {"", "Exit status: 0 the run completed, 1 the design is invalid or a node could not start"
                + " (e.g. its port is in use), 2 the usage is wrong or the design needs more file descriptors"
                + " than this process may open."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The topology (.zmqtopo) to run.")
    Path file;

    @Option(names = "--duration", paramLabel = "TIME", converter = DurationConverter.class,
            description = "How long to run, e.g. 5s, 500ms, 2m.")
    Duration duration;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report as JSON to this file.")
    Path reportFile;

    @Option(names = "--only", paramLabel = "NODE", split = ",",
            description = "Run only these nodes (comma separated); the rest of the design runs elsewhere.")
    List<String> only;

    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "1", converter = SpeedConverter.class,
            description = "Rate multiplier: 0.1 is slow motion, 1 is as designed (default), \"full\" drops all"
                    + " pacing and work delays.")
    double speed;

    @Option(names = "--explain", description = "After the report, say why messages went missing (the zguide's"
            + " Missing Message Problem Solver, walked against this run), and the fix for each cause.")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Sees the run's events from the first, for --explain. */
    private final RunObserver observer = new RunObserver();

    private volatile TopologyRun run;
    private boolean finished;
    /** Open until the start has succeeded or failed: a signal during the start waits for it. */
    private final CountDownLatch settled = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Installed before anything starts: Ctrl+C in the first second must still stop the run
        // cleanly and write the report, so the hook waits for a start under way to settle.
        Thread hook = new Thread(() -> {
            try {
                settled.await(START_BUDGET_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finish(out, err);
        }, "zmq-designer-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runToTheEnd(out, err);
        } finally {
            settled.countDown();
            finish(out, err);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook has done the work.
            }
        }
    }

    /** Longer than a run's own start budget (five seconds for every node to set up). */
    private static final long START_BUDGET_MILLIS = 8_000;

    private int runToTheEnd(PrintWriter out, PrintWriter err) throws InterruptedException {
        Topology topology;
        try {
            topology = new TopologyFiles().load(file);
        } catch (TopologyLoadException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (only != null && (only.isEmpty() || only.stream().anyMatch(String::isBlank))) {
            // "--only ," would otherwise mean "no restriction" and run every node.
            err.println(texts().get(only.isEmpty() ? "run.only.none" : "run.only.emptyName"));
            return 2;
        }
        RunOptions options = RunOptions.DEFAULTS.withRateMultiplier(speed)
                .withOnly(only == null ? Set.of() : new LinkedHashSet<>(only));
        warnAboutOpenBinds(topology, options, err);
        err.println(texts().get("run.starting", file.getFileName().toString()));
        err.flush();
        try {
            run = TopologyRun.start(topology, options, batch -> {
                narrate(batch, err);
                observer.onEvents(batch);
            });
        } catch (RunStartException.TooBig e) {
            // Nothing started; the process, not the design, is too small: like a usage error.
            startFailure = e.getMessage();
            err.println(texts().get("run.cannotRun", file.toString(), e.getMessage()));
            return 2;
        } catch (RunStartException e) {
            // The start failure names every node that failed, once; their crash events must not say it again.
            startFailure = e.getMessage();
            err.println(texts().get("run.cannotRun", file.toString(), e.getMessage()));
            return 1;
        } finally {
            settled.countDown();
            tellCrashesHeldDuringStart(err);
        }
        if (duration != null) {
            run.awaitEngineFailure(duration.toMillis());
        } else if (!run.awaitFinished(Long.MAX_VALUE / 2_000_000)) {
            err.println(texts().get("run.endless"));
            run.awaitEngineFailure(Long.MAX_VALUE / 2_000_000);
        }
        boolean engineFailed = run.engineFailure().isPresent();
        return crashed(err) || engineFailed ? 1 : 0;
    }

    /**
     * A run in which a node crashed or gave up ended with part of the design down: exit 1. Each was
     * told with its reason when it happened; this names them once more together.
     */
    private boolean crashed(PrintWriter err) {
        List<String> crashed = nodesIn(RunEvent.NodeState.CRASHED);
        List<String> gaveUp = nodesIn(RunEvent.NodeState.GAVE_UP);
        Texts texts = texts();
        List<String> parts = new java.util.ArrayList<>();
        if (!crashed.isEmpty()) {
            parts.add(texts.get(crashed.size() == 1 ? "run.crashed.one" : "run.crashed.many",
                    String.join(", ", crashed), String.valueOf(crashed.size())));
        }
        if (!gaveUp.isEmpty()) {
            parts.add(texts.get(gaveUp.size() == 1 ? "run.gaveUp.one" : "run.gaveUp.many",
                    String.join(", ", gaveUp), String.valueOf(gaveUp.size())));
        }
        if (!parts.isEmpty()) {
            err.println(texts.get("run.partDown", parts.size() == 1 ? parts.get(0)
                    : texts.get("run.and", parts.get(0), parts.get(1))));
        }
        return !parts.isEmpty();
    }

    private List<String> nodesIn(RunEvent.NodeState state) {
        return run.nodeStates().entrySet().stream().filter(e -> e.getValue() == state).map(Map.Entry::getKey)
                .toList();
    }

    private synchronized void finish(PrintWriter out, PrintWriter err) {
        if (finished || run == null) {
            return;
        }
        finished = true;
        run.stop();
        RunReport report = run.report();
        ReportTable.print(report, out);
        if (explain) {
            FindingsPrinter.print(Explainer.explain(run.topology(), RunFacts.of(run, observer)), out);
        }
        if (reportFile != null) {
            try {
                write(report, reportFile);
                err.println(texts().get("run.reportWritten", reportFile.toString()));
            } catch (IOException e) {
                err.println(texts().get("run.reportNotWritten", reportFile.toString(), e.getMessage()));
            }
        }
        err.flush();
    }

    static void write(RunReport report, Path target) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFile.write(target, (mapper.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Says, before anything binds, which sockets of the nodes about to run will listen on every
     * network interface: a design's ports face the network, and a class should know which ones.
     */
    private static void warnAboutOpenBinds(Topology topology, RunOptions options, PrintWriter err) {
        for (OpenBinds.OpenBind open : OpenBinds.of(topology, options.only())) {
            err.println(texts().get("run.note", open.explanation()));
        }
    }

    /** Hosts of outside programs already told about. */
    private final Set<String> outsideHostsTold = ConcurrentHashMap.newKeySet();

    /** Why the start failed, once it did: crash events it already names are not told again. */
    private volatile String startFailure;

    /** Crashes seen while the run was starting; null once it has started (or failed to). */
    private List<String> crashesDuringStart = new ArrayList<>();

    /** True when the crash is not to be told now: held while starting, or already told by the start failure. */
    private synchronized boolean holdDuringStart(String crash) {
        String failure = startFailure;
        if (failure != null && failure.contains(crash)) {
            return true;
        }
        if (crashesDuringStart == null) {
            return false;
        }
        crashesDuringStart.add(crash);
        return true;
    }

    /**
     * After a start: a failed one has said its reasons, so what was held is dropped; a started one
     * tells the crashes of nodes the start did not wait for (those with a start delay).
     */
    private void tellCrashesHeldDuringStart(PrintWriter err) {
        List<String> held;
        synchronized (this) {
            held = crashesDuringStart;
            crashesDuringStart = null;
        }
        String failure = startFailure;
        held.stream().filter(crash -> failure == null || !failure.contains(crash)).forEach(err::println);
        err.flush();
    }

    /** Tells what matters while it happens: crashes, outside peers. */
    private void narrate(List<RunEvent> batch, PrintWriter err) {
        for (RunEvent event : batch) {
            if (event instanceof RunEvent.NodeStateChanged s && (s.state() == RunEvent.NodeState.CRASHED
                    || s.state() == RunEvent.NodeState.GAVE_UP)) {
                if (!holdDuringStart(s.detail())) {
                    err.println(s.detail());
                }
            } else if (event instanceof RunEvent.ExternalPeer p && p.connected()) {
                // One line per new host, not per connection: a probe or a reconnecting client makes
                // hundreds; the report counts them all.
                String host = p.address() == null ? "unknown" : p.address().substring(0,
                        Math.max(0, p.address().lastIndexOf(':')));
                if (outsideHostsTold.size() < 100 && outsideHostsTold.add(host)) {
                    err.println(texts().get("run.outsideProgram", host, p.node(), p.socket()));
                }
            } else if (event instanceof RunEvent.EngineFailed f) {
                err.println(f.reason());
            } else if (event instanceof RunEvent.PeerRefused r && r.refusedFromHost() == 1) {
                err.println(texts().get("run.refused", r.host(), r.node(), r.socket()));
            } else if (event instanceof RunEvent.EventsSkipped k) {
                // Only the live narration misses them; the report's numbers are counted separately.
            }
        }
        err.flush();
    }

    /** The cli's words in the current language, read when a line is made (the language may change). */
    private static Texts texts() {
        return Texts.of(RunCommand.class);
    }
}
