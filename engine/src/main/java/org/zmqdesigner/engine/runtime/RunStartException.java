package org.zmqdesigner.engine.runtime;

/** A run that could not start: an invalid design, or a node that could not bind or connect. */
public final class RunStartException extends Exception {
    public RunStartException(String message) {
        super(message);
    }
}
