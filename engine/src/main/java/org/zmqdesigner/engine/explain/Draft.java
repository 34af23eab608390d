package org.zmqdesigner.engine.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zmqdesigner.engine.edit.Edit;
import org.zmqdesigner.engine.model.SocketRef;

/** A finding being put together by a check; keys of its sentences are {@code <cause key>.headline} and so on. */
final class Draft {
    private final Cause cause;
    private final Set<String> nodes = new LinkedHashSet<>();
    private final Set<SocketRef> sockets = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final Map<Measure, Long> numbers = new EnumMap<>(Measure.class);
    private Phrase headline;
    private Phrase what;
    private Phrase why;
    private Phrase advice;
    private Edit fix;

    Draft(Cause cause) {
        this.cause = cause;
    }

    Draft node(String id) {
        nodes.add(id);
        return this;
    }

    /** The socket, and its node. */
    Draft socket(SocketRef ref) {
        nodes.add(ref.node());
        sockets.add(ref);
        return this;
    }

    Draft link(String id) {
        links.add(id);
        return this;
    }

    Draft number(Measure measure, long value) {
        numbers.put(measure, value);
        return this;
    }

    Draft headline(String key, Object... args) {
        headline = Phrase.of(key, args);
        return this;
    }

    Draft what(String key, Object... args) {
        what = Phrase.of(key, args);
        return this;
    }

    Draft why(String key, Object... args) {
        why = Phrase.of(key, args);
        return this;
    }

    Draft advice(String key, Object... args) {
        advice = Phrase.of(key, args);
        return this;
    }

    Draft fix(Edit edit) {
        fix = edit;
        return this;
    }

    Draft fix(Optional<Edit> edit) {
        fix = edit.orElse(null);
        return this;
    }

    Finding done() {
        return new Finding(cause, new java.util.ArrayList<>(nodes), new ArrayList<>(sockets), new ArrayList<>(links),
                numbers, headline, what, why, advice, Optional.ofNullable(fix));
    }
}
