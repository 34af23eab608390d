package org.zmqdesigner.app;

/**
 * The designer's entry point for launchers (jpackage): a plain class, not a JavaFX Application.
 * Java starts JavaFX itself, before {@code main}, for a main class that is an Application, so a
 * JavaFX that cannot start (no display) would end in a stack trace; started from here, {@code
 * --smoke} reports it in one sentence instead. Otherwise the same as {@link DesignerApp#main}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        DesignerApp.main(args);
    }
}
