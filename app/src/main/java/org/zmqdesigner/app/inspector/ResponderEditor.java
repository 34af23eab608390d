package org.zmqdesigner.app.inspector;
import static org.zmqdesigner.app.inspector.InspectorContext.text;


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
        form.row(text("field.socket.label"), text("responder.socket.help"),
                owner.socketChoice("behaviour-socket", r.socket(), Responder.class, Responder::withSocket));
        form.row(text("responder.delayMs.label"), text("responder.delayMs.help"),
                CommitField.field(context, "behaviour-delayMs", Parse.show(r.delayMs()), Parse.optionalInt(0),
                        v -> update("delay", b -> b.withDelayMs(v))));
        form.row(text("responder.reply.label"), text("responder.reply.help", "{payload}", "{seq}"),
                CommitField.field(context, "behaviour-reply", r.reply(), Parse.template(false),
                        v -> update("reply", b -> b.withReply(v))));
        form.row(text("responder.announce.label"), text("responder.announce.help"),
                CommitField.field(context, "behaviour-announce", Parse.show(r.announce()), Parse.optionalText(),
                        v -> update("announce", b -> b.withAnnounce(v))).prompt(text("responder.announce.prompt")));
        form.row(text("responder.replies.label"), text("responder.replies.help"),
                CommitField.field(context, "behaviour-replies", r.replies() == null ? "" : r.replies().toString(),
                        Parse.optionalCount(), v -> update("replies", b -> b.withReplies(v))).prompt("1"));
        form.row(text("responder.seed.label"), text("responder.seed.help"),
                CommitField.field(context, "behaviour-seed", Parse.show(r.seed()), Parse.optionalLong(Long.MIN_VALUE),
                        v -> update("seed", b -> b.withSeed(v))).prompt(text("responder.seed.prompt")));
        faultRows(form, r.faults() == null ? NO_FAULTS : r.faults());
    }

    /** The faults as a small group; all four empty means no faults, and the block leaves the file. */
    private void faultRows(Form form, Faults f) {
        form.wide(Form.note(text("faults.note")));
        form.row(text("faults.crashAfter.label"), text("faults.crashAfter.help"),
                CommitField.field(context, "behaviour-crashAfter", Parse.show(f.crashAfter()), Parse.optionalLong(1),
                        v -> faults("crashAfter", x -> x.withCrashAfter(v))).prompt(text("faults.never")));
        form.row(text("faults.crashChance.label"), text("faults.crashChance.help"),
                CommitField.field(context, "behaviour-crashChance", Parse.show(f.crashChance()),
                        Parse.optionalChance(), v -> faults("crashChance", x -> x.withCrashChance(v)))
                        .prompt(text("faults.never")));
        form.row(text("faults.stallMs.label"), text("faults.stallMs.help"),
                CommitField.field(context, "behaviour-stallMs", Parse.show(f.stallMs()), Parse.optionalInt(1),
                        v -> faults("stall", x -> x.withStallMs(v))).prompt(text("faults.stallMs.prompt")));
        form.row(text("faults.stallChance.label"), text("faults.stallChance.help"),
                CommitField.field(context, "behaviour-stallChance", Parse.show(f.stallChance()),
                        Parse.optionalChance(), v -> faults("stallChance", x -> x.withStallChance(v)))
                        .prompt(text("faults.never")));
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
