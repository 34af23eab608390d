package org.zmqdesigner.engine.runtime;

/** A run that could not start: an invalid design, or a node that could not bind or connect. */
public class RunStartException extends Exception {
    public RunStartException(String message) {
        super(message);
    }

    /**
     * Refused before anything started because this process could not hold the design (its
     * file-descriptor limit is too low): not the design's fault, and the message says the cure.
     */
    public static final class TooBig extends RunStartException {
        public TooBig(String message) {
            super(message);
        }
    }
}
