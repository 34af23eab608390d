package org.zmqdesigner.engine.export.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.zmqdesigner.engine.export.ExportTree;
import org.zmqdesigner.engine.export.ExportedFile;

/**
 * Test helper: writes Java exports to a folder, compiles them all in one javac call (in-process,
 * against the test classpath, where JeroMQ is), and runs an export's {@code Main} from a fresh
 * class loader, reading each node's counts through its public accessors.
 */
final class JavaExportCompiler {
    private JavaExportCompiler() {
    }

    /** Writes the tree under {@code folder} and returns the Java files written. */
    static List<Path> write(ExportTree tree, Path folder) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (ExportedFile file : tree.files()) {
            Path path = folder.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, file.content());
            if (file.path().endsWith(".java")) {
                sources.add(path);
            }
        }
        return sources;
    }

    /** Compiles the sources into {@code classes}; fails with javac's messages on any error or warning. */
    static void compile(List<Path> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler (tests need a JDK, not a JRE)").isNotNull();
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-encoding", "UTF-8", "--release", "17",
                    "-Xlint:all", "-Werror", "-implicit:none", "-proc:none");
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            StringBuilder messages = new StringBuilder(out.toString());
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                messages.append(d.getKind()).append(' ').append(d.getSource() == null ? "" : d.getSource().getName())
                        .append(':').append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT))
                        .append('\n');
            }
            assertThat(ok).as("the exported Java compiles without errors or warnings:\n%s", messages).isTrue();
        }
    }

    /** A running export: its Main instance, loaded from its own class loader. */
    static final class Running implements AutoCloseable {
        private final URLClassLoader loader;
        private final Object main;
        private final Class<?> mainClass;

        Running(Path classes, String pkg, List<String> nodeIds) throws Exception {
            this.loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                    JavaExportCompiler.class.getClassLoader());
            this.mainClass = loader.loadClass(pkg + ".Main");
            this.main = mainClass.getMethod("start", List.class).invoke(null, nodeIds);
        }

        /** Each node's counts by id: [sent, received]. */
        Map<String, long[]> counts() throws Exception {
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (Object node : (List<?>) mainClass.getMethod("nodes").invoke(main)) {
                Class<?> base = node.getClass().getSuperclass();
                counts.put((String) base.getMethod("id").invoke(node), new long[] {
                        (Long) base.getMethod("sent").invoke(node), (Long) base.getMethod("received").invoke(node)});
            }
            return counts;
        }

        /** Each node's state by id ("running", "done", "crashed: …"). */
        Map<String, String> states() throws Exception {
            Map<String, String> states = new LinkedHashMap<>();
            for (Object node : (List<?>) mainClass.getMethod("nodes").invoke(main)) {
                Class<?> base = node.getClass().getSuperclass();
                states.put((String) base.getMethod("id").invoke(node), (String) base.getMethod("state").invoke(node));
            }
            return states;
        }

        String summary() throws Exception {
            return (String) mainClass.getMethod("summary").invoke(main);
        }

        @Override
        public void close() throws Exception {
            Method stop = mainClass.getMethod("stop");
            try {
                stop.invoke(main);
            } finally {
                loader.close();
            }
        }
    }
}
