package org.zmqdesigner.app.inspector;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.Behaviour.Faults;
import org.zmqdesigner.engine.model.Behaviour.Responder;

/**
 * The fields of a responder: how it answers, whether it speaks first, how many replies it sends,
 * and the faults it simulates on purpose. Every edit goes through the model's withers, so a field
 * this panel does not show is never dropped.
 */
final class ResponderEditor {

    private static final Faults NO_FAULTS = new Faults(null, null, null, null);

    private final BehaviourEditor owner;
    private final InspectorContext context;

    ResponderEditor(BehaviourEditor owner) {
        this.owner = owner;
        this.context = owner.context();
    }

    void addRows(Form form, Responder r) {
        form.row("Socket", "The socket to answer on. Automatic picks the first socket that can receive and send.",
                owner.socketChoice("behaviour-socket", r.socket(), Responder.class, Responder::withSocket));
        form.row("Processing delay (ms)", "How long to work on each request before replying. Empty means no delay.",
                CommitField.field(context, "behaviour-delayMs", Parse.show(r.delayMs()), Parse.optionalInt(0),
                        v -> update("delay", b -> b.withDelayMs(v))));
        form.row("Reply", "Template of each reply; {payload} is the request's payload, {seq} counts from 1.",
                CommitField.field(context, "behaviour-reply", r.reply(), Parse.template(false),
                        v -> update("reply", b -> b.withReply(v))));
        form.row("Announce", "Sent once before the first request, so a broker knows this worker is there: the"
                        + " zguide's lbworker says \"READY\" on a REQ, rtdealer's worker says hello on a DEALER."
                        + " A REP or ROUTER cannot speak first. Empty announces nothing.",
                CommitField.field(context, "behaviour-announce", Parse.show(r.announce()), Parse.optionalText(),
                        v -> update("announce", b -> b.withAnnounce(v))).prompt("nothing"));
        form.row("Replies", "How many replies to each request: a number, or a range such as 0..4 picked anew"
                        + " for each request (the zguide's asyncsrv). More than one, or none, only works on a"
                        + " DEALER or ROUTER; a REP answers exactly once. Empty is one.",
                CommitField.field(context, "behaviour-replies", r.replies() == null ? "" : r.replies().toString(),
                        Parse.optionalCount(), v -> update("replies", b -> b.withReplies(v))).prompt("1"));
        form.row("Seed", "Seeds every random choice of this responder (reply counts, faults), so a run can be"
                        + " repeated exactly. Empty derives it from the node's id.",
                CommitField.field(context, "behaviour-seed", Parse.show(r.seed()), Parse.optionalLong(Long.MIN_VALUE),
                        v -> update("seed", b -> b.withSeed(v))).prompt("from the id"));
        faultRows(form, r.faults() == null ? NO_FAULTS : r.faults());
    }

    /** The faults as a small group; all four empty means no faults, and the block leaves the file. */
    private void faultRows(Form form, Faults f) {
        form.wide(Form.note("Faults on purpose, as the zguide's lpserver simulates them to show a client's"
                + " retries. Leave all four empty for a responder that never fails."));
        form.row("Crash after", "Crash on the request after this many were answered: the responder stops"
                        + " answering for the rest of the run (lpserver crashes after a few cycles).",
                CommitField.field(context, "behaviour-crashAfter", Parse.show(f.crashAfter()), Parse.optionalLong(1),
                        v -> faults("crash after", x -> x.withCrashAfter(v))).prompt("never"));
        form.row("Crash chance", "Chance from 0 to 1 of crashing on each request: 0.1 is about one in ten.",
                CommitField.field(context, "behaviour-crashChance", Parse.show(f.crashChance()),
                        Parse.optionalChance(), v -> faults("crash chance", x -> x.withCrashChance(v)))
                        .prompt("never"));
        form.row("Stall (ms)", "How long a stall lasts before the reply goes out: an overloaded server. Needs a"
                        + " stall chance.",
                CommitField.field(context, "behaviour-stallMs", Parse.show(f.stallMs()), Parse.optionalInt(1),
                        v -> faults("stall", x -> x.withStallMs(v))).prompt("no stalls"));
        form.row("Stall chance", "Chance from 0 to 1 of stalling on each request: 0.3 is about one in three."
                        + " Needs a stall length.",
                CommitField.field(context, "behaviour-stallChance", Parse.show(f.stallChance()),
                        Parse.optionalChance(), v -> faults("stall chance", x -> x.withStallChance(v)))
                        .prompt("never"));
    }

    private String faults(String property, UnaryOperator<Faults> change) {
        return update(property, b -> {
            Faults next = change.apply(b.faults() == null ? NO_FAULTS : b.faults());
            return b.withFaults(next.isEmpty() ? null : next);
        });
    }

    private String update(String property, Function<Responder, Behaviour> change) {
        return owner.update(Responder.class, property, change);
    }
}
