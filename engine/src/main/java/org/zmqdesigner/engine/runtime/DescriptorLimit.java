package org.zmqdesigner.engine.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.text.Texts;

/**
 * The process's file-descriptor limit and how much of it is in use, and the sentence that refuses a
 * run that would not fit. Past the limit, JeroMQ fails node after node ("too many open files")
 * and the run ends half started; refused up front, the user learns the numbers and the cure.
 *
 * @param max descriptors this process may open (the JVM raises its soft limit to the hard limit)
 * @param open descriptors open now
 */
public record DescriptorLimit(long max, long open) {

    /**
     * Left free beyond the estimate: what the process opens later (a report, the designer's
     * autosave, class files, fonts) and a few programs outside the design connecting to its binds.
     */
    static final long MARGIN = 128;

    /** This process's numbers; empty where the platform does not tell them (Windows). */
    public static Optional<DescriptorLimit> ofThisProcess() {
        try {
            OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
                long max = unix.getMaxFileDescriptorCount();
                long open = unix.getOpenFileDescriptorCount();
                return max > 0 && open >= 0 ? Optional.of(new DescriptorLimit(max, open)) : Optional.empty();
            }
        } catch (LinkageError e) {
            // A runtime image without the jdk.management module: nothing to compare with.
        }
        return Optional.empty();
    }

    /** Refuses the run when running {@code only} of the design (all when empty) would not fit. */
    public void check(Topology topology, Set<String> only) throws RunStartException {
        Optional<String> why = refusal(DescriptorBudget.estimate(topology, only), !only.isEmpty());
        if (why.isPresent()) {
            throw new RunStartException.TooBig(why.get());
        }
    }

    /** The sentence that refuses the estimate, or empty when it fits with the margin to spare. */
    Optional<String> refusal(DescriptorBudget.Estimate need, boolean part) {
        if (need.descriptors() + MARGIN <= max - open) {
            return Optional.empty();
        }
        Texts texts = Texts.of(DescriptorLimit.class);
        return Optional.of(texts.get("descriptors.refusal", texts.get(part ? "descriptors.part" : "descriptors.whole"),
                grouped(need.descriptors()), grouped(need.sockets()),
                texts.get(need.sockets() == 1 ? "descriptors.socket.one" : "descriptors.socket.many"),
                String.valueOf(need.ioThreads()),
                texts.get(need.ioThreads() == 1 ? "descriptors.thread.one" : "descriptors.thread.many"),
                grouped(max), grouped(open), String.valueOf(suggestedLimit(need.descriptors()))));
    }

    /** 12345 as "12,345", in every language. */
    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A round number with room for the design, what is open and the margin: the next power of two. */
    private long suggestedLimit(long need) {
        long enough = need + open + MARGIN;
        long limit = 1024;
        while (limit < enough) {
            limit *= 2;
        }
        return limit;
    }
}
