package org.zmqdesigner.engine.export.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportRefusedException;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.Exporter;
import org.zmqdesigner.engine.format.TopologyFormat;

/**
 * A deployment: the design and, per host (the nodes' {@code host} field; one host when it is
 * unset), a launcher running that host's nodes with the engine, a Compose file, and Kubernetes
 * manifests, with a README saying how to start each. Layout:
 *
 * <pre>
 * README.md  topology.zmqtopo  Dockerfile  [zmq-designer-engine.jar]
 * hosts/HOST/run.sh  hosts/HOST/compose.yaml  hosts/HOST/topology.compose.zmqtopo
 * kubernetes/topology.yaml  kubernetes/host-HOST.yaml
 * </pre>
 *
 * Inproc links across hosts never get here: {@link DesignPlan} refuses them (the validator's
 * INPROC_ACROSS_HOSTS), as it refuses every design with errors.
 */
public final class DeployExport implements Exporter {

    /** Made once: building its mapper costs more than a whole export. */
    static final TopologyFormat FORMAT = new TopologyFormat();

    private final Path engineJar;

    /** Copies the engine's jar into the export when this runs from it (see {@link DeployEngineJar}). */
    public DeployExport() {
        this(DeployEngineJar.find().orElse(null));
    }

    /** @param engineJar the runnable jar to copy into the export; null leaves it out and says so */
    public DeployExport(Path engineJar) {
        this.engineJar = engineJar;
    }

    @Override
    public ExportTree export(DesignPlan plan) throws ExportRefusedException {
        if (plan.nodes().isEmpty()) {
            throw new ExportRefusedException("The design has no nodes, so there is nothing to deploy", List.of());
        }
        DeployLayout layout = DeployLayout.of(plan);
        String designLabel = DeployNames.label(plan.name(), "design");
        TopologyFormat format = FORMAT;
        ExportTree.Builder tree = new ExportTree.Builder();
        List<String> notes = new ArrayList<>(plan.notes());
        Optional<byte[]> jar = jarBytes();
        if (jar.isEmpty()) {
            notes.add("The engine's jar is not in the export (the exporter did not run from it): copy"
                    + " engine/target/zmq-designer-engine.jar next to the Dockerfile, or set "
                    + LauncherScript.JAR_VARIABLE + " for the launchers.");
        }
        ComposeExport composer = new ComposeExport(layout, designLabel);
        List<ComposeExport.HostCompose> composes = layout.hosts().stream().map(composer::of).toList();
        KubeExport kube = new KubeExport(layout, designLabel);

        tree.add(ExportedFile.text("README.md", new DeployReadme(layout, composes, kube, jar.isPresent(), notes)
                .text()));
        tree.add(ExportedFile.text("topology.zmqtopo", format.write(plan.topology())));
        tree.add(ExportedFile.text("Dockerfile", DeployImage.dockerfile()));
        jar.ifPresent(bytes -> tree.add(new ExportedFile(DeployImage.JAR, bytes, false)));
        for (ComposeExport.HostCompose compose : composes) {
            String dir = "hosts/" + compose.host().label() + "/";
            tree.add(ExportedFile.program(dir + "run.sh", LauncherScript.of(compose.host(), plan.name())));
            tree.add(ExportedFile.text(dir + "compose.yaml", DeployYaml.write(compose.spec())));
            tree.add(ExportedFile.text(dir + ComposeExport.TOPOLOGY_FILE, format.write(compose.design())));
        }
        tree.add(ExportedFile.text("kubernetes/topology.yaml", DeployYaml.write(kube.configMap())));
        for (DeployLayout.Host host : layout.hosts()) {
            tree.add(ExportedFile.text("kubernetes/host-" + host.label() + ".yaml",
                    DeployYaml.writeAll(kube.of(host).resources())));
        }
        return tree.notes(notes).build();
    }

    private Optional<byte[]> jarBytes() {
        if (engineJar == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(engineJar));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the engine's jar " + engineJar, e);
        }
    }
}
