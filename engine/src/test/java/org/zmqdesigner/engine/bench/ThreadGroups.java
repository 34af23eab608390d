package org.zmqdesigner.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Named groups of threads for {@link ThreadCpu}, matched in the order given; a thread no group
 * takes falls into "other". A group matches by the thread's kernel name, which is the Java thread
 * name cut to 15 characters (so "zmq-designer-node-a" shows as "zmq-designer-no"): prefixes are
 * written in full and cut the same way here. A thread whose name says nothing (the JavaFX thread
 * under GTK) is matched by its kernel thread id instead.
 */
public final class ThreadGroups {

    /** Linux's TASK_COMM_LEN less the closing NUL. */
    static final int COMM_LENGTH = 15;

    record Group(String name, Predicate<ProcCounters.Task> matches) {
    }

    private final List<Group> groups;

    private ThreadGroups(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The group names in order, "other" last. */
    public List<String> names() {
        List<String> names = new ArrayList<>(groups.stream().map(Group::name).toList());
        names.add(OTHER);
        return names;
    }

    public static final String OTHER = "other";
    public static final String JIT = "JIT compiler";
    public static final String GC = "GC (incl. VM Thread)";

    String groupOf(ProcCounters.Task task) {
        for (Group group : groups) {
            if (group.matches().test(task)) {
                return group.name();
            }
        }
        return OTHER;
    }

    /** Cuts a Java thread name the way the kernel does. */
    static String comm(String javaName) {
        return javaName.length() <= COMM_LENGTH ? javaName : javaName.substring(0, COMM_LENGTH);
    }

    public static final class Builder {
        private final List<Group> groups = new ArrayList<>();

        /** Threads whose Java name starts with any of the prefixes. */
        public Builder prefixes(String name, String... javaNamePrefixes) {
            List<String> cut = java.util.Arrays.stream(javaNamePrefixes).map(ThreadGroups::comm).toList();
            groups.add(new Group(name, task -> cut.stream().anyMatch(task.comm()::startsWith)));
            return this;
        }

        /** The threads with these kernel thread ids (see {@link ThreadCpu#currentTid()}). */
        public Builder tids(String name, Set<Integer> tids) {
            Set<Integer> copy = Set.copyOf(tids);
            groups.add(new Group(name, task -> copy.contains(task.tid())));
            return this;
        }

        /** HotSpot's compiler threads (C1, C2; Graal's JVMCI) and the code cache sweeper. */
        public Builder jit() {
            return prefixes(JIT, "C1 CompilerThread", "C2 CompilerThread", "JVMCI", "Sweeper thread");
        }

        /** The collector's threads (G1, Parallel, ZGC, Shenandoah) and the VM thread that runs its pauses. */
        public Builder gc() {
            return prefixes(GC, "GC Thread", "G1 ", "VM Thread", "ParGC", "ZWorker", "ZDriver", "Shenandoah");
        }

        public ThreadGroups build() {
            return new ThreadGroups(groups);
        }
    }
}
