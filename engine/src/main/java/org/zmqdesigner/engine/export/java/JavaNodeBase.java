package org.zmqdesigner.engine.export.java;

import static org.zmqdesigner.engine.export.java.JavaTypes.ARRAY_LIST;
import static org.zmqdesigner.engine.export.java.JavaTypes.COUNT_DOWN_LATCH;
import static org.zmqdesigner.engine.export.java.JavaTypes.LIST;
import static org.zmqdesigner.engine.export.java.JavaTypes.LOCALE;
import static org.zmqdesigner.engine.export.java.JavaTypes.RANDOM;
import static org.zmqdesigner.engine.export.java.JavaTypes.SOCKET;
import static org.zmqdesigner.engine.export.java.JavaTypes.SOCKET_TYPE;
import static org.zmqdesigner.engine.export.java.JavaTypes.TIME_UNIT;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_CONTEXT;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.zmqdesigner.engine.export.SafeDefaults;

/**
 * The exported program's {@code Node}: what every node class shares, so that each node class holds
 * only its sockets and its loop. A node runs on its own thread; it opens its sockets through
 * {@code open}, which sets {@link SafeDefaults} on every one; it counts what it sent and received;
 * it pauses on a latch that stopping opens, so that no sleep holds up the end; and when the context
 * is terminated its blocking calls end with ETERM, which is how ZeroMQ programs stop.
 */
final class JavaNodeBase {
    private JavaNodeBase() {
    }

    static JavaFile file(String pkg) {
        TypeName sockets = ParameterizedTypeName.get(LIST, SOCKET);
        TypeSpec type = TypeSpec.classBuilder(JavaNames.NODE)
                .addJavadoc("What every node of this program shares: its thread, its sockets with the safe defaults,"
                        + " its counts and its end.\n\n"
                        + "<p>All nodes share one {@link ZContext}, because inproc only connects sockets of one"
                        + " context. A node runs {@link #work()} on its own thread. It stops when the program"
                        + " terminates the context: every blocking call then ends with ETERM, as in the zguide's"
                        + " interrupt example, and the node closes its own sockets.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addSuperinterface(Runnable.class)
                .addField(constant("MAX_MSG_SIZE", SafeDefaults.MAX_MSG_SIZE,
                        "The largest message a socket accepts (ZMQ_MAXMSGSIZE, 1 MiB): a stranger announcing a 2 GB"
                                + " frame is disconnected before anything is allocated."))
                .addField(constant("HANDSHAKE_MILLIS", SafeDefaults.HANDSHAKE_MILLIS,
                        "How long a new connection may take to say who it is (ZMQ_HANDSHAKE_IVL): a silent peer"
                                + " does not hold a connection for 30 s."))
                .addField(constant("LINGER_MILLIS", SafeDefaults.LINGER_MILLIS,
                        "How long closing waits for unsent messages (ZMQ_LINGER): 0, so stopping never hangs on a"
                                + " peer that is gone."))
                .addField(FieldSpec.builder(Z_CONTEXT, "context", Modifier.PROTECTED, Modifier.FINAL)
                        .addJavadoc("The program's one context.\n").build())
                .addField(FieldSpec.builder(RANDOM, "random", Modifier.PROTECTED, Modifier.FINAL)
                        .addJavadoc("Random numbers for payloads ({rand}, {pick}).\n")
                        .initializer("new $T()", RANDOM).build())
                .addField(FieldSpec.builder(TypeName.LONG, "sent", Modifier.PROTECTED, Modifier.VOLATILE)
                        .addJavadoc("Messages sent and received, counted by the node's own thread.\n").build())
                .addField(FieldSpec.builder(TypeName.LONG, "received", Modifier.PROTECTED, Modifier.VOLATILE)
                        .build())
                .addField(FieldSpec.builder(String.class, "id", Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(FieldSpec.builder(TypeName.LONG, "startDelayMillis", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addField(FieldSpec.builder(sockets, "sockets", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ARRAY_LIST).build())
                .addField(latch("stopped"))
                .addField(latch("finished"))
                .addField(latch("ready"))
                .addField(FieldSpec.builder(String.class, "state", Modifier.PRIVATE, Modifier.VOLATILE)
                        .initializer("$S", "waiting").build())
                .addField(FieldSpec.builder(TypeName.LONG, "startNanos", Modifier.PRIVATE, Modifier.VOLATILE).build())
                .addField(FieldSpec.builder(TypeName.LONG, "endNanos", Modifier.PRIVATE, Modifier.VOLATILE).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
                        .addParameter(Z_CONTEXT, "context").addParameter(String.class, "id")
                        .addParameter(TypeName.LONG, "startDelayMillis")
                        .addStatement("this.context = context")
                        .addStatement("this.id = id")
                        .addStatement("this.startDelayMillis = startDelayMillis")
                        .build())
                .addMethod(MethodSpec.methodBuilder("work").addModifiers(Modifier.PROTECTED, Modifier.ABSTRACT)
                        .addJavadoc("What the node does: open its sockets, then its loop.\n").build())
                .addMethod(run())
                .addMethod(open())
                .addMethod(MethodSpec.methodBuilder("close").addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                        .addJavadoc("Closes one of this node's sockets before the end (Lazy Pirate's old socket).\n")
                        .addParameter(SOCKET, "socket")
                        .addStatement("sockets.remove(socket)")
                        .addStatement("socket.close()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("pause").addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                        .addJavadoc("Sleeps, or less when the program stops meanwhile.\n")
                        .addParameter(TypeName.LONG, "millis")
                        .beginControlFlow("try")
                        .addStatement("stopped.await(millis, $T.MILLISECONDS)", TIME_UNIT)
                        .nextControlFlow("catch ($T e)", InterruptedException.class)
                        .addStatement("Thread.currentThread().interrupt()")
                        .endControlFlow()
                        .build())
                .addMethod(pace())
                .addMethod(MethodSpec.methodBuilder("ready").addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                        .addJavadoc("Says the node's sockets are bound and connected: Main starts the nodes that"
                                + " connect once the nodes that bind are ready.\n")
                        .addStatement("ready.countDown()").build())
                .addMethod(MethodSpec.methodBuilder("awaitReady").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc("Waits until the node's sockets are up (or its work is over).\n")
                        .addParameter(TypeName.LONG, "millis").returns(TypeName.BOOLEAN)
                        .addException(InterruptedException.class)
                        .addStatement("return ready.await(millis, $T.MILLISECONDS)", TIME_UNIT).build())
                .addMethod(MethodSpec.methodBuilder("gaveUp").addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                        .addJavadoc("Ends the node's work in words: a client that gives up, as lpclient does.\n")
                        .addParameter(String.class, "why")
                        .addStatement("state = $S + why", "gave up: ")
                        .addStatement("System.out.println(id + $S + why)", ": E: ")
                        .build())
                .addMethod(MethodSpec.methodBuilder("counted").addModifiers(Modifier.PROTECTED)
                        .addJavadoc("Whether this node counts its messages; a device passing them with ZMQ.proxy"
                                + " cannot.\n")
                        .returns(TypeName.BOOLEAN).addStatement("return true").build())
                .addMethod(getter("id", String.class, "return id"))
                .addMethod(getter("sent", TypeName.LONG, "return sent"))
                .addMethod(getter("received", TypeName.LONG, "return received"))
                .addMethod(getter("state", String.class, "return state"))
                .addMethod(getter("startDelayMillis", TypeName.LONG, "return startDelayMillis"))
                .addMethod(MethodSpec.methodBuilder("stopping").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .returns(TypeName.BOOLEAN).addStatement("return stopped.getCount() == 0").build())
                .addMethod(MethodSpec.methodBuilder("stop").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc("Tells the node to stop; terminating the context ends its blocking calls.\n")
                        .addStatement("stopped.countDown()").build())
                .addMethod(MethodSpec.methodBuilder("awaitFinished").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc("Waits until the node's work is over (done, gave up, crashed or stopped).\n")
                        .addParameter(TypeName.LONG, "millis").returns(TypeName.BOOLEAN)
                        .addException(InterruptedException.class)
                        .addStatement("return finished.await(millis, $T.MILLISECONDS)", TIME_UNIT).build())
                .addMethod(summary())
                .build();
        return JavaFile.builder(pkg, type).indent("    ").skipJavaLangImports(true).build();
    }

    private static FieldSpec constant(String name, int value, String doc) {
        return FieldSpec.builder(TypeName.INT, name, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc).initializer("$L", value).build();
    }

    private static FieldSpec latch(String name) {
        return FieldSpec.builder(COUNT_DOWN_LATCH, name, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T(1)", COUNT_DOWN_LATCH).build();
    }

    private static MethodSpec getter(String name, TypeName type, String statement) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL).returns(type)
                .addStatement(statement).build();
    }

    private static MethodSpec getter(String name, Class<?> type, String statement) {
        return getter(name, TypeName.get(type), statement);
    }

    private static MethodSpec run() {
        return MethodSpec.methodBuilder("run").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .beginControlFlow("try")
                .beginControlFlow("if (startDelayMillis > 0)")
                .addComment("A late joiner: this node starts after the others")
                .addStatement("pause(startDelayMillis)")
                .endControlFlow()
                .beginControlFlow("if (stopping())")
                .addStatement("return")
                .endControlFlow()
                .addStatement("state = $S", "running")
                .addStatement("startNanos = System.nanoTime()")
                .addStatement("work()")
                .beginControlFlow("if (!stopping() && state.equals($S))", "running")
                .addStatement("state = $S", "done")
                .endControlFlow()
                .addStatement("endNanos = System.nanoTime()")
                .addStatement("finished.countDown()")
                .addComment("Keep the sockets open until the program stops, so that what is queued still goes out")
                .addStatement("pause(Long.MAX_VALUE)")
                .nextControlFlow("catch (RuntimeException e)")
                .addComment("While stopping, the calls that end with ETERM are the stop itself")
                .beginControlFlow("if (!stopping())")
                .addStatement("state = $S + e.getMessage()", "crashed: ")
                .addStatement("System.out.println(id + $S + e)", ": ")
                .endControlFlow()
                .nextControlFlow("finally")
                .beginControlFlow("if (endNanos == 0)")
                .addStatement("endNanos = System.nanoTime()")
                .endControlFlow()
                .beginControlFlow("if (state.equals($S) || state.equals($S))", "running", "waiting")
                .addStatement("state = $S", "stopped")
                .endControlFlow()
                .beginControlFlow("for ($T socket : $T.copyOf(sockets))", SOCKET, LIST)
                .addStatement("close(socket)")
                .endControlFlow()
                .addStatement("ready.countDown()")
                .addStatement("finished.countDown()")
                .endControlFlow()
                .build();
    }

    private static MethodSpec open() {
        return MethodSpec.methodBuilder("open").addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                .addJavadoc("A new socket of this node, with the options every socket of this program gets first;"
                        + " the design's own options are set after.\n")
                .addParameter(SOCKET_TYPE, "type").returns(SOCKET)
                .addStatement("$T socket = context.createSocket(type)", SOCKET)
                .addStatement("socket.setMaxMsgSize(MAX_MSG_SIZE)")
                .addStatement("socket.setHandshakeIvl(HANDSHAKE_MILLIS)")
                .addStatement("socket.setLinger(LINGER_MILLIS)")
                .addStatement("sockets.add(socket)")
                .addStatement("return socket")
                .build();
    }

    private static MethodSpec pace() {
        return MethodSpec.methodBuilder("pace").addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                .addJavadoc("Waits until the next message is due, one interval after the last one was: a schedule,"
                        + " so that sleeps that oversleep do not slow the rate. The first message is due at once;"
                        + " after a stall of more than a second the schedule starts afresh instead of bursting to"
                        + " catch up. Returns when this message was due.\n")
                .addParameter(TypeName.LONG, "lastDue").addParameter(TypeName.LONG, "intervalNanos")
                .returns(TypeName.LONG)
                .addStatement("long now = System.nanoTime()")
                .beginControlFlow("if (lastDue == 0 || now - (lastDue + intervalNanos) > 1_000_000_000L)")
                .addStatement("return now")
                .endControlFlow()
                .addStatement("long due = lastDue + intervalNanos")
                .beginControlFlow("if (due - now > 0)")
                .beginControlFlow("try")
                .addStatement("stopped.await(due - now, $T.NANOSECONDS)", TIME_UNIT)
                .nextControlFlow("catch ($T e)", InterruptedException.class)
                .addStatement("Thread.currentThread().interrupt()")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return due")
                .build();
    }

    private static MethodSpec summary() {
        return MethodSpec.methodBuilder("summary").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("One line for the summary the program prints when it stops.\n")
                .returns(String.class)
                .addStatement("long end = endNanos != 0 ? endNanos : System.nanoTime()")
                .addStatement("double seconds = startNanos == 0 ? 0 : (end - startNanos) / 1e9")
                .beginControlFlow("if (!counted())")
                .addStatement("return String.format($T.ROOT, $S, id, state, seconds)", LOCALE,
                        "%-16s passes messages with ZMQ.proxy, which does not count them; %s after %.1f s")
                .endControlFlow()
                .addStatement("return String.format($T.ROOT, $S, id, sent, received, state, seconds)", LOCALE,
                        "%-16s sent %d, received %d; %s after %.1f s")
                .build();
    }
}
