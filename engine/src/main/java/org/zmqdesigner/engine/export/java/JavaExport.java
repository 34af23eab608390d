package org.zmqdesigner.engine.export.java;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zmqdesigner.engine.export.CodeExporter;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;
import org.zmqdesigner.engine.export.NodePlan;

/**
 * The design as a Maven project of JeroMQ programs (issue 12, item 1), made with JavaPoet:
 *
 * <pre>
 * pom.xml                                   JeroMQ, Java 17, a runnable jar (maven-shade-plugin)
 * README.md                                 how to build and run, what each node is, the notes
 * src/main/java/org/zmqdesigner/designs/NAME/
 *     Main.java                             starts the nodes (all, or --node ID), stops, prints counts
 *     Node.java                             what every node shares: thread, safe defaults, counts, stop
 *     Payload.java                          the designer's payload templates
 *     &lt;one class per node&gt;.java             its sockets and its loop, a Javadoc naming the pattern
 * </pre>
 *
 * <p>Naming rules are in {@link JavaNames}. Every user string reaches the code as a JavaPoet
 * {@code $S} literal, or through {@link JavaNames#comment} into a comment.
 */
public final class JavaExport implements CodeExporter {

    @Override
    public ExportTree export(DesignPlan plan) {
        String pkg = JavaNames.packageName(plan.name());
        String folder = "src/main/java/" + pkg.replace('.', '/') + "/";
        Map<String, String> classNames = classNames(plan);
        List<String> notes = notes(plan);
        ExportTree.Builder tree = new ExportTree.Builder();
        tree.add(ExportedFile.text("pom.xml", JavaProjectFiles.pom(plan, pkg)));
        tree.add(ExportedFile.text("README.md", JavaProjectFiles.readme(plan, pkg, classNames, notes)));
        List<JavaFile> files = new ArrayList<>();
        files.add(JavaMainClass.file(pkg, plan, classNames));
        files.add(JavaNodeBase.file(pkg));
        files.add(JavaPayloadClass.file(pkg));
        for (NodePlan node : plan.nodes()) {
            files.add(JavaNodeClass.file(pkg, plan, node, classNames.get(node.id())));
        }
        for (JavaFile file : files) {
            tree.add(ExportedFile.text(folder + file.typeSpec().name() + ".java", file.toString()));
        }
        return tree.notes(notes).build();
    }

    @Override
    public ExportedFile nodeSource(DesignPlan plan, String nodeId) {
        NodePlan node = plan.node(nodeId)
                .orElseThrow(() -> new IllegalArgumentException("the design has no node " + nodeId));
        String pkg = JavaNames.packageName(plan.name());
        String className = classNames(plan).get(nodeId);
        JavaFile file = JavaNodeClass.file(pkg, plan, node, className);
        return ExportedFile.text("src/main/java/" + pkg.replace('.', '/') + "/" + className + ".java",
                file.toString());
    }

    private static Map<String, String> classNames(DesignPlan plan) {
        return JavaNames.classNames(plan.nodes().stream().map(NodePlan::id).toList());
    }

    private static List<String> notes(DesignPlan plan) {
        List<String> notes = new ArrayList<>(plan.notes());
        for (NodePlan node : plan.nodes()) {
            if (node.kind().isDevice()) {
                notes.add("Device " + node.id() + " runs ZMQ.proxy, which passes messages without counting"
                        + " them: its summary line has no counts.");
            }
        }
        return notes;
    }
}
