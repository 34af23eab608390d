package org.zmqdesigner.engine.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The states a node can be in when a run is judged, by the words of the run report. */
public enum EndState {
    @JsonProperty("waiting") WAITING,
    @JsonProperty("starting") STARTING,
    @JsonProperty("running") RUNNING,
    @JsonProperty("finished") FINISHED,
    @JsonProperty("stopped") STOPPED,
    @JsonProperty("crashed") CRASHED,
    @JsonProperty("gave_up") GAVE_UP;

    /** The word the report writes for this state ({@code "gave_up"}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
