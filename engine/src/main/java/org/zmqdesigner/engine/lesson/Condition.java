package org.zmqdesigner.engine.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * One thing a check asks for. The vocabulary is closed: a lesson file names a condition by its
 * fields ({@code "nodesWith": "REQ"}, {@code "counter": "received"}), never by a class, and
 * {@link ConditionSpec} turns those fields into one of these records or says what is wrong.
 */
public sealed interface Condition permits DesignCondition, RunCondition {

    /** Read from a lesson file: the fields as written, checked and made into a typed condition. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Condition read(ConditionSpec spec) {
        return spec.condition();
    }
}
