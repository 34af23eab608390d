package org.zmqdesigner.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.model.Topology;

/** Every sample's Python export is a set of files Python compiles, and nodeSource gives the same text. */
class PythonExportCompileTest {

    @Test
    void every_sample_exports_python_that_compiles(@TempDir Path dir) throws Exception {
        PythonPrograms.assumePython();
        List<String> files = new ArrayList<>();
        for (Path sample : Samples.files()) {
            Topology topology = new TopologyFiles().load(sample);
            String name = sample.getFileName().toString().replace(".zmqtopo", "");
            DesignPlan plan = DesignPlan.of(topology, name);
            ExportTree tree = new PythonExport().export(plan);
            Path folder = PythonPrograms.write(tree, dir.resolve(name));
            for (NodePlan node : plan.nodes()) {
                ExportedFile alone = new PythonExport().nodeSource(plan, node.id());
                assertThat(tree.file(alone.path())).as("%s: %s's script", name, node.id()).isPresent();
                assertThat(alone.text()).isEqualTo(tree.file(alone.path()).orElseThrow().text());
            }
            tree.files().stream().filter(f -> f.path().endsWith(".py"))
                    .forEach(f -> files.add(folder.resolve(f.path()).toString()));
        }
        // One python3 for every file: a compile per process would cost a second per sample.
        List<String> args = new ArrayList<>(List.of("-m", "py_compile"));
        args.addAll(files);
        PythonPrograms.Result result = PythonPrograms.run(dir, 60, args.toArray(String[]::new));
        assertThat(result.exit()).as("py_compile said:\n%s", result.output()).isZero();
    }
}
