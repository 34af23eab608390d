package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.model.SocketRef;
import org.zmqdesigner.engine.text.Language;

/**
 * One answer of the Missing Message Problem Solver for one run.
 *
 * @param cause why messages went missing (or {@link Cause#NOTHING_LOST})
 * @param nodes ids of the nodes it is about, the one to point at first
 * @param sockets the sockets it is about ({@code node/socket})
 * @param links ids of the links it is about
 * @param numbers the run's numbers behind it, each equal to a counter of the report (see {@link Measure})
 * @param title one line: what happened, with the main number (read as {@link #headline()})
 * @param what what happened, in numbers
 * @param why why, in the zguide's words
 * @param advice the fix, in words (whether or not {@code fix} exists)
 * @param fix the fix as one edit of the design that ran, applied by the designer as one undoable
 *     step; empty when the fix is not a change of the design (restart a node, check a routing id)
 */
public record Finding(Cause cause, List<String> nodes, List<SocketRef> sockets, List<String> links,
                      Map<Measure, Long> numbers, Phrase title, Phrase what, Phrase why, Phrase advice,
                      Optional<Edit> fix) {

    public Finding {
        nodes = List.copyOf(nodes);
        sockets = List.copyOf(sockets);
        links = List.copyOf(links);
        numbers = Collections.unmodifiableMap(numbers.isEmpty() ? new EnumMap<>(Measure.class) : new EnumMap<>(numbers));
    }

    /** A number of this finding; 0 when it does not state that measure. */
    public long number(Measure measure) {
        return numbers.getOrDefault(measure, 0L);
    }

    public String headline(Locale locale) {
        return title.in(locale);
    }

    /** What happened, why and the fix, as one paragraph. */
    public String text(Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Phrase p : new Phrase[] {what, why, advice}) {
            parts.add(p.in(locale));
        }
        return String.join(" ", parts);
    }

    /** The headline in the current {@link Language}. */
    public String headline() {
        return headline(Language.current());
    }

    /** The paragraph in the current {@link Language}. */
    public String text() {
        return text(Language.current());
    }
}
