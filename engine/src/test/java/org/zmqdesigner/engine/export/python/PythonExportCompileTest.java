package org.zmqdesigner.engine.export.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.format.Samples;
import org.zmqdesigner.engine.format.TopologyFiles;
import org.zmqdesigner.engine.format.TopologyFormat;
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

    @Test
    void an_ipc_link_is_exported_as_tcp_and_the_notes_and_readme_say_why() throws Exception {
        Topology topology = new TopologyFormat().read("""
                {"formatVersion": 1, "nodes": [
                  {"id": "server", "sockets": [{"id": "rep", "type": "REP", "binds": ["ipc://hello.ipc"]}],
                   "behaviour": {"type": "responder", "reply": "World"}},
                  {"id": "client", "sockets": [{"id": "req", "type": "REQ"}],
                   "behaviour": {"type": "source", "payload": "Hello"}}],
                 "links": [{"id": "l", "from": {"node": "client", "socket": "req"},
                            "to": {"node": "server", "socket": "rep"}, "endpoint": "ipc://hello.ipc"}]}
                """.getBytes(StandardCharsets.UTF_8), "ipc");
        DesignPlan plan = DesignPlan.of(topology, "ipc");
        ExportTree tree = new PythonExport().export(plan);
        assertThat(tree.notes()).isEqualTo(plan.notes()).singleElement().asString().contains("ipc://hello.ipc");
        assertThat(tree.file("README.md").orElseThrow().text()).contains("## Notes", plan.notes().get(0));
        assertThat(tree.file("server.py").orElseThrow().text()).contains("rep.bind(\"tcp://127.0.0.1:15555\")")
                .doesNotContain("ipc://hello.ipc\")");
        assertThat(tree.file("client.py").orElseThrow().text()).contains("req.connect(\"tcp://127.0.0.1:15555\")");
    }
}
