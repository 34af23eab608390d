package org.zmqdesigner.engine.export.java;

import static org.zmqdesigner.engine.export.java.JavaTypes.ARRAY_LIST;
import static org.zmqdesigner.engine.export.java.JavaTypes.ATOMIC_BOOLEAN;
import static org.zmqdesigner.engine.export.java.JavaTypes.LIST;
import static org.zmqdesigner.engine.export.java.JavaTypes.LOCALE;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_CONTEXT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.Link;

/**
 * The exported program's {@code Main}: starts every node (or those named with {@code --node}) on
 * its own thread over one shared context, stops them all after {@code --seconds}, when every node
 * is done, or on Ctrl-C, and prints what each node sent and received. Its {@code start} and
 * {@code stop} are public so that a test (or another program) can run the design and read the
 * counts without parsing the output.
 */
final class JavaMainClass {
    private JavaMainClass() {
    }

    static JavaFile file(String pkg, DesignPlan plan, Map<String, String> classNames) {
        ClassName node = ClassName.get(pkg, JavaNames.NODE);
        ClassName main = ClassName.get(pkg, JavaNames.MAIN);
        TypeName nodes = ParameterizedTypeName.get(LIST, node);
        TypeName strings = ParameterizedTypeName.get(LIST, ClassName.get(String.class));
        TypeSpec type = TypeSpec.classBuilder(JavaNames.MAIN)
                .addJavadoc("Runs the design $L: every node, or those named with --node ID (an id or a name on the"
                        + " canvas; repeatable), each on its own thread.\n\n<p>Usage: {@code java -jar <jar> [--node ID]... [--seconds N]}. It stops"
                        + " after N seconds, when every node is done, or on Ctrl-C, and prints what each node sent"
                        + " and received.\n", quoted(plan.name()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(Z_CONTEXT, "context", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("One context for all nodes: inproc connects only sockets of one context.\n")
                        .initializer("new $T()", Z_CONTEXT).build())
                .addField(FieldSpec.builder(nodes, "nodes", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ARRAY_LIST).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, ClassName.get(Thread.class)), "threads",
                        Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", ARRAY_LIST).build())
                .addField(FieldSpec.builder(ATOMIC_BOOLEAN, "stopped", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T()", ATOMIC_BOOLEAN).build())
                .addField(FieldSpec.builder(TypeName.LONG, "startNanos", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("System.nanoTime()").build())
                .addField(FieldSpec.builder(strings, "IDS", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The design's nodes, in its order.\n")
                        .initializer(idList(plan.nodes())).build())
                .addField(FieldSpec.builder(strings, "NAMES", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Their names on the canvas, which --node takes too.\n")
                        .initializer(nameList(plan.nodes())).build())
                .addField(FieldSpec.builder(strings, "BINDERS", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The nodes that bind: they start first.\n")
                        .initializer(idList(plan.nodes().stream().filter(JavaMainClass::binds).toList())).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(mainMethod(main))
                .addMethod(start(main, node))
                .addMethod(create(node, plan, classNames))
                .addMethod(MethodSpec.methodBuilder("launch").addModifiers(Modifier.PRIVATE)
                        .addParameter(node, "node")
                        .addStatement("Thread thread = new Thread(node, $S + node.id())", "node-")
                        .addStatement("nodes.add(node)")
                        .addStatement("threads.add(thread)")
                        .addStatement("thread.start()")
                        .build())
                .addMethod(inprocPeers(plan))
                .addMethod(MethodSpec.methodBuilder("nodes").addModifiers(Modifier.PUBLIC).returns(nodes)
                        .addJavadoc("The running nodes, with their counts.\n")
                        .addStatement("return $T.copyOf(nodes)", LIST).build())
                .addMethod(awaitFinished(node))
                .addMethod(stop(node))
                .addMethod(summary(node))
                .addMethod(usage())
                .build();
        return JavaFile.builder(pkg, type).indent("    ").skipJavaLangImports(true).build();
    }

    private static String quoted(String text) {
        return "\u201c" + JavaNames.comment(text) + "\u201d";
    }

    private static CodeBlock idList(List<NodePlan> nodes) {
        CodeBlock.Builder ids = CodeBlock.builder().add("$T.of(", LIST);
        for (int i = 0; i < nodes.size(); i++) {
            ids.add(i == 0 ? "$S" : ", $S", nodes.get(i).id());
        }
        return ids.add(")").build();
    }

    private static CodeBlock nameList(List<NodePlan> nodes) {
        CodeBlock.Builder names = CodeBlock.builder().add("$T.of(", LIST);
        for (int i = 0; i < nodes.size(); i++) {
            names.add(i == 0 ? "$S" : ", $S", nodes.get(i).node().label());
        }
        return names.add(")").build();
    }

    private static boolean binds(NodePlan node) {
        return node.sockets().stream().anyMatch(s -> !s.binds().isEmpty());
    }

    private static MethodSpec mainMethod(ClassName main) {
        return MethodSpec.methodBuilder("main").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, "args").addException(InterruptedException.class)
                .addStatement("$T<String> ids = new $T<>()", LIST, ARRAY_LIST)
                .addStatement("long seconds = 0")
                .beginControlFlow("for (int i = 0; i < args.length; i++)")
                .beginControlFlow("if (args[i].equals($S) && i + 1 < args.length)", "--node")
                .addStatement("ids.add(args[++i])")
                .nextControlFlow("else if (args[i].equals($S) && i + 1 < args.length)", "--seconds")
                .addStatement("seconds = Long.parseLong(args[++i])")
                .nextControlFlow("else")
                .addStatement("usage(args[i].equals($S) ? 0 : 2)", "--help")
                .endControlFlow()
                .endControlFlow()
                .addStatement("final $T running", main)
                .beginControlFlow("try")
                .addStatement("running = start(ids)")
                .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                .addStatement("System.err.println(e.getMessage())")
                .addStatement("System.exit(2)")
                .addStatement("return")
                .endControlFlow()
                .addComment("Ctrl-C stops every node and prints the summary (the zguide's interrupt example)")
                .addCode("Runtime.getRuntime().addShutdownHook(new Thread(() -> {\n$>")
                .beginControlFlow("if (running.stop())")
                .addStatement("System.out.println(running.summary())")
                .endControlFlow()
                .addCode("$<}));\n")
                .beginControlFlow("if (running.awaitFinished(seconds > 0 ? seconds * 1000 : Long.MAX_VALUE))")
                .addComment("Every node is done: give ZeroMQ a moment to deliver what is queued, as taskvent does")
                .addStatement("Thread.sleep(1000)")
                .endControlFlow()
                .beginControlFlow("if (running.stop())")
                .addStatement("System.out.println(running.summary())")
                .endControlFlow()
                .build();
    }

    private static MethodSpec start(ClassName main, ClassName node) {
        return MethodSpec.methodBuilder("start").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Starts the nodes with these ids, or every node when there are none. Refuses an id the"
                        + " design does not have, and a node whose inproc peer would run in another process.\n")
                .addParameter(ParameterizedTypeName.get(LIST, ClassName.get(String.class)), "ids")
                .returns(main)
                .addStatement("$T<String> chosen = new $T<>()", LIST, ARRAY_LIST)
                .beginControlFlow("for (String given : ids)")
                .addComment("An id, or a name on the canvas that only one node has")
                .addStatement("int named = NAMES.indexOf(given)")
                .beginControlFlow("if (IDS.contains(given))")
                .addStatement("chosen.add(given)")
                .nextControlFlow("else if (named >= 0 && named == NAMES.lastIndexOf(given))")
                .addStatement("chosen.add(IDS.get(named))")
                .nextControlFlow("else")
                .addStatement("throw new $T($S + given + $S + IDS)", IllegalArgumentException.class,
                        "The design has no node ", "; its nodes are ")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (chosen.isEmpty())")
                .addStatement("chosen.addAll(IDS)")
                .endControlFlow()
                .beginControlFlow("for (String id : chosen)")
                .beginControlFlow("for (String peer : inprocPeers(id))")
                .beginControlFlow("if (!chosen.contains(peer))")
                .addStatement("throw new $T($S + id + $S + peer + $S + peer + $S)", IllegalArgumentException.class,
                        "Node ", " talks to ", " over inproc, which connects threads of one process only:"
                                + " run them together (--node ", " as well), or run every node")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("$T main = new $T()", main, main)
                .addComment("The nodes that bind first, and bound before anyone connects: a tcp connection then finds"
                        + " its peer at once, and over inproc JeroMQ 0.6.0 loses what a PUB or XPUB sends to a SUB"
                        + " that connected before it bound")
                .beginControlFlow("for (String id : chosen)")
                .beginControlFlow("if (BINDERS.contains(id))")
                .addStatement("main.launch(create(id, main.context))")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for ($T node : main.nodes)", node)
                .beginControlFlow("try")
                .addComment("(a node that starts late is not waited for)")
                .addStatement("node.awaitReady(node.startDelayMillis() > 0 ? 0 : 5000)")
                .nextControlFlow("catch ($T e)", InterruptedException.class)
                .addStatement("Thread.currentThread().interrupt()")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for (String id : chosen)")
                .beginControlFlow("if (!BINDERS.contains(id))")
                .addStatement("main.launch(create(id, main.context))")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return main")
                .build();
    }

    private static MethodSpec create(ClassName node, DesignPlan plan, Map<String, String> classNames) {
        MethodSpec.Builder create = MethodSpec.methodBuilder("create").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(node).addParameter(String.class, "id").addParameter(Z_CONTEXT, "context")
                .addCode("return switch (id) {\n$>");
        for (NodePlan n : plan.nodes()) {
            create.addStatement("case $S -> new $T(context)", n.id(), ClassName.get(node.packageName(),
                    classNames.get(n.id())));
        }
        return create.addStatement("default -> throw new $T(id)", IllegalArgumentException.class)
                .addCode("$<};\n")
                .build();
    }

    /** For each node, the nodes it shares an inproc link with: they must run in one process. */
    private static MethodSpec inprocPeers(DesignPlan plan) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("inprocPeers").addModifiers(Modifier.PRIVATE,
                        Modifier.STATIC)
                .addJavadoc("The nodes each node talks to over inproc, which exists inside one process only.\n")
                .returns(ParameterizedTypeName.get(LIST, ClassName.get(String.class)))
                .addParameter(String.class, "id")
                .addCode("return switch (id) {\n$>");
        boolean any = false;
        for (NodePlan n : plan.nodes()) {
            Set<String> peers = new LinkedHashSet<>();
            for (Link link : plan.topology().links()) {
                if (!isInproc(link.endpoint())) {
                    continue;
                }
                if (link.from().node().equals(n.id()) && !link.to().node().equals(n.id())) {
                    peers.add(link.to().node());
                } else if (link.to().node().equals(n.id()) && !link.from().node().equals(n.id())) {
                    peers.add(link.from().node());
                }
            }
            if (!peers.isEmpty()) {
                any = true;
                CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", LIST);
                List<String> ordered = new ArrayList<>(peers);
                for (int i = 0; i < ordered.size(); i++) {
                    list.add(i == 0 ? "$S" : ", $S", ordered.get(i));
                }
                method.addStatement("case $S -> $L)", n.id(), list.build());
            }
        }
        if (!any) {
            return MethodSpec.methodBuilder("inprocPeers").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addJavadoc("The nodes each node talks to over inproc: none in this design.\n")
                    .returns(ParameterizedTypeName.get(LIST, ClassName.get(String.class)))
                    .addParameter(String.class, "id")
                    .addStatement("return $T.of()", LIST).build();
        }
        return method.addStatement("default -> $T.of()", LIST).addCode("$<};\n").build();
    }

    private static boolean isInproc(String endpoint) {
        try {
            return Endpoint.parse(endpoint).transport() == Endpoint.Transport.INPROC;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static MethodSpec awaitFinished(ClassName node) {
        return MethodSpec.methodBuilder("awaitFinished").addModifiers(Modifier.PUBLIC)
                .addJavadoc("Waits until every node's work is over, at most {@code millis}; whether it is.\n")
                .addParameter(TypeName.LONG, "millis").returns(TypeName.BOOLEAN)
                .addException(InterruptedException.class)
                .addStatement("long deadline = System.nanoTime() + $T.MILLISECONDS.toNanos(Math.min(millis,"
                        + " Long.MAX_VALUE / 2_000_000))", JavaTypes.TIME_UNIT)
                .beginControlFlow("for ($T node : nodes)", node)
                .beginControlFlow("if (!node.awaitFinished(Math.max(0, (deadline - System.nanoTime()) / 1_000_000)))")
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return true")
                .build();
    }

    private static MethodSpec stop(ClassName node) {
        return MethodSpec.methodBuilder("stop").addModifiers(Modifier.PUBLIC)
                .addJavadoc("Stops every node and closes the context; true for the call that did it. Terminating"
                        + " the context ends every node's blocking call with ETERM; each node then closes its own"
                        + " sockets, and the termination waits for that.\n")
                .returns(TypeName.BOOLEAN)
                .beginControlFlow("if (!stopped.compareAndSet(false, true))")
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("for ($T node : nodes)", node)
                .addStatement("node.stop()")
                .endControlFlow()
                .addStatement("context.getContext().term()")
                .beginControlFlow("for (Thread thread : threads)")
                .beginControlFlow("try")
                .addStatement("thread.join()")
                .nextControlFlow("catch ($T e)", InterruptedException.class)
                .addStatement("Thread.currentThread().interrupt()")
                .endControlFlow()
                .endControlFlow()
                .addStatement("context.close()")
                .addStatement("return true")
                .build();
    }

    private static MethodSpec summary(ClassName node) {
        return MethodSpec.methodBuilder("summary").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("What each node sent and received, one line each.\n")
                .addStatement("$T out = new $T(String.format($T.ROOT, $S, (System.nanoTime() - startNanos) / 1e9))",
                        StringBuilder.class, StringBuilder.class, LOCALE, "Total elapsed time: %.1f s%n")
                .beginControlFlow("for ($T node : nodes)", node)
                .addStatement("out.append($S).append(node.summary()).append(System.lineSeparator())", "  ")
                .endControlFlow()
                .addStatement("return out.toString()")
                .build();
    }

    private static MethodSpec usage() {
        return MethodSpec.methodBuilder("usage").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(TypeName.INT, "status")
                .addStatement("System.out.println($S + IDS)",
                        "Usage: java -jar <jar> [--node ID]... [--seconds N]\n"
                                + "  --node ID    run only this node, by id or name (repeatable); without it every node runs\n"
                                + "  --seconds N  stop after N seconds (else when every node is done, or on Ctrl-C)\n"
                                + "Nodes: ")
                .addStatement("System.exit(status)")
                .build();
    }
}
