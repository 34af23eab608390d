package org.zmqdesigner.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;
import org.zmqdesigner.engine.validate.Diagnostic;
import org.zmqdesigner.engine.validate.Severity;
import org.zmqdesigner.engine.validate.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE...}: one line per diagnostic, exit status by the worst outcome. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
                "Check topology files the way a ZeroMQ teacher would.",
                "Prints one line per diagnostic: FILE: SEVERITY CODE ELEMENT: message and hint.",
                "A file that cannot be read prints FILE:LINE:COLUMN: PATH: what is wrong."},
        footer = {"", "Exit status: 0 no file has errors, 1 a file has errors, 2 a file cannot be read"
                + " or the usage is wrong."})
final class ValidateCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int HAS_ERRORS = 1;
    static final int UNREADABLE = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Topology files (.zmqtopo) to check.")
    List<Path> files;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "Show only diagnostics this serious or worse: ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE}).")
    Severity minSeverity;

    @Option(names = "--no-hints", description = "Print only what is wrong, not how to fix it.")
    boolean noHints;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TopologyFiles loader = new TopologyFiles();
        Validator validator = new Validator();
        int status = OK;
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            Topology topology;
            try {
                topology = loader.load(file);
            } catch (TopologyLoadException e) {
                err.println(e.getMessage());
                status = UNREADABLE;
                continue;
            }
            for (Diagnostic d : validator.validate(topology)) {
                if (d.severity() == Severity.ERROR) {
                    errors++;
                    status = Math.max(status, HAS_ERRORS);
                } else if (d.severity() == Severity.WARNING) {
                    warnings++;
                }
                if (d.severity().compareTo(minSeverity) <= 0) {
                    out.println(line(file, d));
                }
            }
        }
        out.flush();
        err.println(summary(files.size(), errors, warnings, status));
        err.flush();
        return status;
    }

    private String line(Path file, Diagnostic d) {
        String element = d.element().isEmpty() ? "(topology)" : d.element();
        String text = noHints ? d.message() : d.explanation();
        return file + ": " + d.severity().label() + " " + d.code() + " " + element + ": " + text;
    }

    private static String summary(int files, int errors, int warnings, int status) {
        String checked = files == 1 ? "1 file" : files + " files";
        if (status == UNREADABLE) {
            return checked + ": some could not be read; " + errors + " error(s), " + warnings + " warning(s)"
                    + " in the rest.";
        }
        return checked + ": " + errors + " error(s), " + warnings + " warning(s).";
    }
}
