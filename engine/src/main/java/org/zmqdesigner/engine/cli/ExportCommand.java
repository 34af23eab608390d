package org.zmqdesigner.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zmqdesigner.engine.export.ExportRefusedException;
import org.zmqdesigner.engine.export.ExportTarget;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportWriter;
import org.zmqdesigner.engine.export.Exports;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyFormat;
import org.zmqdesigner.engine.format.TopologyLoadException;
import org.zmqdesigner.engine.model.Topology;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export FILE --to java|python|deploy --out DIR}: the design as code or as a deployment. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {
                "Export a topology so that it runs without the designer:",
                "  java    a Maven project of JeroMQ programs, one class per node;",
                "  python  one pyzmq script per node, and one that starts them all;",
                "  deploy  per host: a launcher running its nodes with this engine,",
                "          a Compose file and Kubernetes manifests, and a README",
                "          saying how to start each.",
                "A design with errors is not exported (validate shows them).",
                "Prints how many files it wrote where, and what was changed on the",
                "way out and why (such as ipc exported as tcp)."},
        footer = {"", "Exit status: 0 exported, 1 the design has errors or DIR cannot be written (not empty"
                + " without --force, read-only, a file), 2 the file cannot be read or the usage is wrong."})
final class ExportCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int NOT_EXPORTED = 1;
    static final int UNREADABLE = 2;

    @Parameters(index = "0", paramLabel = "FILE", description = "The topology (.zmqtopo) to export.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "What to export: java, python or deploy.")
    ExportTarget target;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write into; made when missing, and it must be empty unless --force.")
    Path out;

    @Option(names = "--force", description = "Write into a folder that is not empty: the files the export writes"
            + " are overwritten, other files are left as they are.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Topology topology;
        try {
            topology = new TopologyFiles().load(file);
        } catch (TopologyLoadException e) {
            err.println(e.getMessage());
            err.flush();
            return UNREADABLE;
        }
        try {
            ExportTree tree = Exports.export(topology, designName(), target);
            List<Path> written = ExportWriter.write(tree, out, force);
            stdout.println("exported " + file + " as " + target.word() + ": " + written.size()
                    + (written.size() == 1 ? " file" : " files") + " in " + out.toAbsolutePath().normalize()
                    + (target == ExportTarget.DEPLOY ? " (README.md says how to start it)" : ""));
            tree.notes().forEach(note -> stdout.println("note: " + note));
            stdout.flush();
            return OK;
        } catch (ExportRefusedException e) {
            err.println(file + ": not exported: " + e.getMessage());
        } catch (IOException e) {
            err.println(file + ": not exported: " + e.getMessage());
        } catch (UnsupportedOperationException e) {
            err.println(file + ": cannot export as " + target.word() + " with this build: " + e.getMessage());
        }
        err.flush();
        return NOT_EXPORTED;
    }

    /** The design file's name without its extension: what the export is called. */
    private String designName() {
        String name = file.getFileName().toString();
        return name.endsWith(TopologyFormat.EXTENSION) ? name.substring(0, name.length()
                - TopologyFormat.EXTENSION.length()) : name;
    }
}
