package org.zmqdesigner.engine.export.java;

import static org.zmqdesigner.engine.export.java.JavaTypes.SOCKET;
import static org.zmqdesigner.engine.export.java.JavaTypes.SOCKET_TYPE;
import static org.zmqdesigner.engine.export.java.JavaTypes.ZMQ;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_CONTEXT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.zmqdesigner.engine.export.DesignPlan;
import org.zmqdesigner.engine.export.NodePlan;
import org.zmqdesigner.engine.export.SocketPlan;
import org.zmqdesigner.engine.model.Endpoint;
import org.zmqdesigner.engine.model.SocketOption;
import org.zmqdesigner.engine.model.SocketOptions;
import org.zmqdesigner.engine.text.Language;

/**
 * One node's class in the exported program: a Javadoc naming its pattern and each socket's role
 * (from the plan), a constructor, and {@code work()}: its sockets opened as the design sets them,
 * then its behaviour as a plain loop ({@link JavaBehaviourCode}).
 */
final class JavaNodeClass {
    private JavaNodeClass() {
    }

    static JavaFile file(String pkg, DesignPlan plan, NodePlan node, String className) {
        List<String> socketIds = node.sockets().stream().map(SocketPlan::id).toList();
        Map<String, String> vars = JavaNames.variableNames(socketIds);
        JavaBehaviourCode code = new JavaBehaviourCode(plan, node, vars, ClassName.get(pkg, JavaNames.PAYLOAD));
        MethodSpec.Builder work = MethodSpec.methodBuilder("work").addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED);
        List<MethodSpec> extra = new ArrayList<>();
        for (SocketPlan socket : node.sockets()) {
            String var = vars.get(socket.id());
            if (code.reopens(socket.id())) {
                // Lazy Pirate's socket is opened by a method of its own, so that a retry opens it the same way.
                String opener = "connect" + Character.toUpperCase(var.charAt(0)) + var.substring(1);
                extra.add(MethodSpec.methodBuilder(opener).addModifiers(Modifier.PRIVATE).returns(SOCKET)
                        .addJavadoc("Opens $L as the design sets it; a retry opens a fresh one the same way.\n",
                                "<code>" + JavaNames.comment(socket.id()) + "</code>")
                        .addCode(open(socket, var, code))
                        .addStatement("return $N", var)
                        .build());
                work.addComment("$L", JavaNames.comment(socket.role()));
                work.addStatement("$T $N = $N()", SOCKET, var, opener);
                code.opener(socket.id(), opener);
            } else {
                work.addComment("$L", JavaNames.comment(socket.role()));
                work.addCode(open(socket, var, code));
            }
            work.addCode("\n");
        }
        work.addComment("The sockets are up: Main starts the nodes that connect once those that bind are ready")
                .addStatement("ready()")
                .addCode("\n");
        work.addCode(code.behaviour());
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addJavadoc(javadoc(node))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ClassName.get(pkg, JavaNames.NODE))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(Z_CONTEXT, "context")
                        .addStatement("super(context, $S, $L)", node.id(), node.startDelayMs())
                        .build())
                .addMethod(work.build())
                .addMethods(extra);
        if (node.kind().isDevice()) {
            type.addMethod(MethodSpec.methodBuilder("counted").addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED).returns(TypeName.BOOLEAN)
                    .addComment("ZMQ.proxy passes messages without counting them")
                    .addStatement("return false").build());
        }
        return JavaFile.builder(pkg, type.build()).indent("    ").skipJavaLangImports(true).build();
    }

    private static CodeBlock javadoc(NodePlan node) {
        CodeBlock.Builder doc = CodeBlock.builder();
        String label = node.node().label().equals(node.id()) ? ""
                : " (\u201c" + JavaNames.comment(node.node().label()) + "\u201d on the canvas)";
        doc.add("Node <code>$L</code>$L: $L.\n", JavaNames.comment(node.id()), label,
                JavaNames.comment(node.pattern()));
        if (node.startDelayMs() > 0) {
            doc.add("\n<p>It starts $L ms after the others, a late joiner.\n", node.startDelayMs());
        }
        doc.add("\n<p>Sockets:\n<ul>\n");
        for (SocketPlan socket : node.sockets()) {
            doc.add("  <li><code>$L</code>: $L</li>\n", JavaNames.comment(socket.id()),
                    JavaNames.comment(socket.role()));
        }
        doc.add("</ul>\n");
        return doc.build();
    }

    /** Opens the socket: the safe defaults (in {@code open}), the design's options, then binds and connects. */
    private static CodeBlock open(SocketPlan socket, String var, JavaBehaviourCode code) {
        CodeBlock.Builder out = CodeBlock.builder();
        out.addStatement("$T $N = open($T.$L)", SOCKET, var, SOCKET_TYPE, socket.type().name());
        SocketOptions o = socket.options();
        for (SocketOption option : SocketOption.applicableTo(socket.type())) {
            if (!option.isSetIn(o)) {
                continue;
            }
            out.add("// $L: $L\n", option.zmqName(), JavaNames.comment(option.description(Language.ENGLISH)));
            switch (option) {
                case SNDHWM -> out.addStatement("$N.setSndHWM($L)", var, o.sndhwm());
                case RCVHWM -> out.addStatement("$N.setRcvHWM($L)", var, o.rcvhwm());
                case LINGER -> out.addStatement("$N.setLinger($L)", var, o.linger());
                case SUBSCRIBE -> o.subscribe().forEach(prefix ->
                        out.addStatement("$N.subscribe($L.getBytes($T.CHARSET))", var, literal(prefix), ZMQ));
                case ROUTING_ID -> out.addStatement("$N.setIdentity($L.getBytes($T.CHARSET))", var,
                        literal(o.routingId()), ZMQ);
                case CONFLATE -> out.addStatement("$N.setConflate($L)", var, o.conflate());
                case IMMEDIATE -> out.addStatement("$N.setImmediate($L)", var, o.immediate());
                case ROUTER_MANDATORY -> out.addStatement("$N.setRouterMandatory($L)", var, o.routerMandatory());
                case XPUB_VERBOSE -> out.addStatement("$N.setXpubVerbose($L)", var, o.xpubVerbose());
                case MAXMSGSIZE -> out.addStatement("$N.setMaxMsgSize($L)", var, o.maxmsgsize());
            }
        }
        if (needsIpv6(socket)) {
            out.add("// An IPv6 address: ZeroMQ speaks IPv4 only until told otherwise\n");
            out.addStatement("$N.setIPv6(true)", var);
        }
        out.add(code.monitorSetup(socket.id()));
        for (String bind : socket.binds()) {
            out.addStatement("$N.bind($S)", var, bind);
        }
        for (String connect : socket.connects()) {
            out.addStatement("$N.connect($S)", var, connect);
        }
        return out.build();
    }

    /**
     * A string literal to call a method on: JavaPoet writes a string with line breaks as a
     * concatenation, which then needs parentheses.
     */
    private static CodeBlock literal(String text) {
        return text.indexOf('\n') >= 0 ? CodeBlock.of("($S)", text) : CodeBlock.of("$S", text);
    }

    private static boolean needsIpv6(SocketPlan socket) {
        List<String> all = new ArrayList<>(socket.binds());
        all.addAll(socket.connects());
        for (String endpoint : all) {
            try {
                String host = Endpoint.parse(endpoint).host();
                if (host != null && host.contains(":")) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // The validator has said so; binding or connecting will fail with it.
            }
        }
        return false;
    }
}
