/**
 * The design leaving the designer: as teaching source code (JeroMQ Java, pyzmq Python) and as
 * deployments (launcher scripts, Compose, Kubernetes).
 *
 * <p>Every exporter starts from one {@link org.zmqdesigner.engine.export.DesignPlan}: the design,
 * validated, with each behaviour's sockets named, each socket's endpoints as the exported program
 * must use them (ipc rewritten to tcp on loopback, see {@link org.zmqdesigner.engine.export.PortableEndpoints})
 * and each node's pattern and sockets' roles in words. The Java and Python renderers read the same
 * plan, so the two never tell different stories. An exporter returns an in-memory
 * {@link org.zmqdesigner.engine.export.ExportTree}; {@link org.zmqdesigner.engine.export.ExportWriter}
 * alone writes it to disk. Nothing here touches JavaFX: the designer calls {@link
 * org.zmqdesigner.engine.export.Exports} like the CLI does. Each target has its subpackage:
 * {@code java} (JavaPoet), {@code python} (one emitter, one literal writer), {@code deploy}
 * (launcher, Compose, Kubernetes).
 */
package org.zmqdesigner.engine.export;
