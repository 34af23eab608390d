package org.zmqdesigner.engine.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.zmqdesigner.engine.runtime.RunReport;

/** The counters of a run report a check may read, by the names the report file gives them. */
public enum Counter {
    @JsonProperty("sent") SENT("sent"),
    @JsonProperty("received") RECEIVED("received"),
    @JsonProperty("dropped") DROPPED("dropped"),
    @JsonProperty("unroutable") UNROUTABLE("unroutable"),
    @JsonProperty("lostSlowJoiner") LOST_SLOW_JOINER("lostSlowJoiner"),
    @JsonProperty("lostHwm") LOST_HWM("lostHwm"),
    @JsonProperty("publishedWhileAway") PUBLISHED_WHILE_AWAY("publishedWhileAway"),
    @JsonProperty("retries") RETRIES("retries"),
    /** Links only: messages read by the link's receiving end. */
    @JsonProperty("delivered") DELIVERED("delivered");

    private final String key;

    Counter(String key) {
        this.key = key;
    }

    /** The name in files and reports, and in the lesson bundle's keys. */
    public String key() {
        return key;
    }

    public boolean ofNodes() {
        return this != DELIVERED;
    }

    public boolean ofLinks() {
        return this == SENT || this == DELIVERED;
    }

    long in(RunReport.NodeReport node) {
        return switch (this) {
            case SENT -> node.sent();
            case RECEIVED -> node.received();
            case DROPPED -> node.dropped();
            case UNROUTABLE -> node.unroutable();
            case LOST_SLOW_JOINER -> node.lostSlowJoiner();
            case LOST_HWM -> node.lostHwm();
            case PUBLISHED_WHILE_AWAY -> node.publishedWhileAway();
            case RETRIES -> node.retries();
            case DELIVERED -> throw new IllegalStateException("delivered is counted per link");
        };
    }

    /** The link's count, or null when no end of it that counts this ran in this process. */
    Long in(RunReport.LinkReport link) {
        return this == SENT ? link.sent() : this == DELIVERED ? link.delivered() : null;
    }
}
