package org.zmqdesigner.app;

import java.util.Set;

/**
 * The designer's entry point for launchers (jpackage): a plain class, not a JavaFX Application.
 * Java starts JavaFX itself, before {@code main}, for a main class that is an Application, so a
 * JavaFX that cannot start (no display) would end in a stack trace; started from here, {@code
 * --smoke} reports it in one sentence instead.
 *
 * <p>One command for both faces of the product: {@code zmq-designer validate|run|export ...} (or
 * {@code help}, {@code --help}, {@code --version}) is the engine's command line, with no window
 * and no JavaFX; anything else ({@code zmq-designer}, {@code zmq-designer FILE}, {@code
 * zmq-designer --smoke}) opens the designer.
 */
public final class Launcher {

    /** First arguments that mean the command line (picocli's subcommands and standard options). */
    static final Set<String> COMMAND_LINE = Set.of("validate", "run", "export", "help", "--help", "-h",
            "--version", "-V");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (isCommandLine(args)) {
            org.zmqdesigner.engine.cli.Main.main(args);
        } else {
            DesignerApp.main(args);
        }
    }

    static boolean isCommandLine(String[] args) {
        return args.length > 0 && COMMAND_LINE.contains(args[0]);
    }
}
