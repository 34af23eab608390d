package org.zmqdesigner.engine.export.java;

import com.palantir.javapoet.ClassName;

/** The library types the exported Java names, written once. */
final class JavaTypes {
    private JavaTypes() {
    }

    static final ClassName Z_CONTEXT = ClassName.get("org.zeromq", "ZContext");
    static final ClassName ZMQ = ClassName.get("org.zeromq", "ZMQ");
    static final ClassName SOCKET = ClassName.get("org.zeromq", "ZMQ", "Socket");
    static final ClassName POLLER = ClassName.get("org.zeromq", "ZMQ", "Poller");
    static final ClassName SOCKET_TYPE = ClassName.get("org.zeromq", "SocketType");
    static final ClassName Z_MSG = ClassName.get("org.zeromq", "ZMsg");
    static final ClassName Z_FRAME = ClassName.get("org.zeromq", "ZFrame");
    static final ClassName Z_EVENT = ClassName.get("org.zeromq", "ZEvent");
    static final ClassName Z_MONITOR_EVENT = ClassName.get("org.zeromq", "ZMonitor", "Event");
    static final ClassName ZMQ_EXCEPTION = ClassName.get("org.zeromq", "ZMQException");

    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName ARRAY_DEQUE = ClassName.get("java.util", "ArrayDeque");
    static final ClassName DEQUE = ClassName.get("java.util", "Deque");
    static final ClassName RANDOM = ClassName.get("java.util", "Random");
    static final ClassName LOCALE = ClassName.get("java.util", "Locale");
    static final ClassName COUNT_DOWN_LATCH = ClassName.get("java.util.concurrent", "CountDownLatch");
    static final ClassName TIME_UNIT = ClassName.get("java.util.concurrent", "TimeUnit");
    static final ClassName ATOMIC_BOOLEAN = ClassName.get("java.util.concurrent.atomic", "AtomicBoolean");
}
