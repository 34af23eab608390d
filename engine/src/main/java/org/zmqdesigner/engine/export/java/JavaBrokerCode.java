package org.zmqdesigner.engine.export.java;

import static org.zmqdesigner.engine.export.java.JavaTypes.ARRAY_DEQUE;
import static org.zmqdesigner.engine.export.java.JavaTypes.DEQUE;
import static org.zmqdesigner.engine.export.java.JavaTypes.POLLER;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_FRAME;
import static org.zmqdesigner.engine.export.java.JavaTypes.Z_MSG;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import org.zmqdesigner.engine.model.Behaviour;
import org.zmqdesigner.engine.model.SocketType;

/**
 * A broker as the zguide writes it: with a DEALER backend, rrbroker's poll loop passing whole
 * messages both ways; with a ROUTER backend, lbbroker's queue of ready workers, the frontend
 * polled only while a worker is ready. Unlike the designer's run, the exported lbbroker does not
 * pass over a worker that left while it waited in the queue (a program cannot see that without
 * looking inside JeroMQ); the request sent to it is lost, as in the zguide's own lbbroker.
 */
final class JavaBrokerCode {
    private JavaBrokerCode() {
    }

    static CodeBlock code(JavaBehaviourCode code, Behaviour.Broker b) {
        String front = code.var(b.frontend());
        String back = code.var(b.backend());
        if (code.type(b.backend()) == SocketType.DEALER) {
            return CodeBlock.builder()
                    .add("// rrbroker: requests go to the DEALER, which deals them to the workers in turn;"
                            + " replies come back the same way\n")
                    .addStatement("$T poller = context.createPoller(2)", POLLER)
                    .addStatement("poller.register($N, $T.POLLIN)", front, POLLER)
                    .addStatement("poller.register($N, $T.POLLIN)", back, POLLER)
                    .beginControlFlow("while (!stopping())")
                    .beginControlFlow("if (poller.poll() < 0)").addStatement("break").endControlFlow()
                    .beginControlFlow("if (poller.pollin(0))")
                    .addStatement("$T.recvMsg($N).send($N)", Z_MSG, front, back)
                    .addStatement("received++")
                    .addStatement("sent++")
                    .endControlFlow()
                    .beginControlFlow("if (poller.pollin(1))")
                    .addStatement("$T.recvMsg($N).send($N)", Z_MSG, back, front)
                    .addStatement("received++")
                    .addStatement("sent++")
                    .endControlFlow()
                    .endControlFlow()
                    .build();
        }
        return CodeBlock.builder()
                .add("// lbbroker: the workers ready for a request, the one ready longest first\n")
                .addStatement("$T workers = new $T<>()", ParameterizedTypeName.get(DEQUE, Z_FRAME), ARRAY_DEQUE)
                .add("// Poll the backend in all cases, and the frontend only when a worker is ready: meanwhile"
                        + " requests wait in the frontend's queue\n")
                .addStatement("$T workersOnly = context.createPoller(1)", POLLER)
                .addStatement("workersOnly.register($N, $T.POLLIN)", back, POLLER)
                .addStatement("$T workersAndClients = context.createPoller(2)", POLLER)
                .addStatement("workersAndClients.register($N, $T.POLLIN)", back, POLLER)
                .addStatement("workersAndClients.register($N, $T.POLLIN)", front, POLLER)
                .beginControlFlow("while (!stopping())")
                .addStatement("$T poller = workers.isEmpty() ? workersOnly : workersAndClients", POLLER)
                .beginControlFlow("if (poller.poll() < 0)").addStatement("break").endControlFlow()
                .beginControlFlow("if (poller.pollin(0))")
                .add("// A worker's READY, [worker, \"\", READY], or a reply, [worker, \"\", client, \"\", reply]:"
                        + " either way the worker is ready again\n")
                .addStatement("$T message = $T.recvMsg($N)", Z_MSG, Z_MSG, back)
                .addStatement("received++")
                .addStatement("$T worker = message.unwrap()", Z_FRAME)
                .beginControlFlow("if (!workers.contains(worker))").addStatement("workers.add(worker)").endControlFlow()
                .beginControlFlow("if (message.size() > 1)")
                .addStatement("message.send($N)", front)
                .addStatement("sent++")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (poller == workersAndClients && poller.pollin(1))")
                .add("// A client's request, [client, \"\", request], goes to the worker ready longest\n")
                .addStatement("$T request = $T.recvMsg($N)", Z_MSG, Z_MSG, front)
                .addStatement("received++")
                .addStatement("request.wrap(workers.poll())")
                .addStatement("request.send($N)", back)
                .addStatement("sent++")
                .endControlFlow()
                .endControlFlow()
                .build();
    }
}
