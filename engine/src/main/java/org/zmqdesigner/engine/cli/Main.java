package org.zmqdesigner.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code zmq-designer} command line: {@code java -jar zmq-designer-engine.jar <command>}. */
@Command(name = "zmq-designer",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Design, check and run ZeroMQ topologies (.zmqtopo files) without the designer window.",
        subcommands = {ValidateCommand.class, RunCommand.class, ExportCommand.class, LessonCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 a file has errors, 2 a file cannot be read or the usage is wrong."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say what to do, e.g."
                + " 'validate samples/hello-reqrep.zmqtopo'.");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ZMQ Designer " + (version == null ? "(development build)" : version)};
        }
    }
}
