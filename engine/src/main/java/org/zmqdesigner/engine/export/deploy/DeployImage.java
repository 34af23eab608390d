package org.zmqdesigner.engine.export.deploy;

/**
 * The container image Compose and Kubernetes run: Java 17 with the engine's jar and the design,
 * its entry point the engine's command line. The Dockerfile holds no user string at all, so no
 * design name can change what it does.
 */
final class DeployImage {

    /** The engine's runnable jar as the export names it, next to the Dockerfile and in the image. */
    static final String JAR = "zmq-designer-engine.jar";
    /** Where the image keeps the design as it was exported. */
    static final String TOPOLOGY = "/app/topology.zmqtopo";
    /** Where Compose and Kubernetes mount the design rewritten for them. */
    static final String MOUNTED_DIR = "/app/deploy";
    static final String MOUNTED_TOPOLOGY = MOUNTED_DIR + "/topology.zmqtopo";

    private DeployImage() {
    }

    /** The image's name for a design: {@code zmq-designer-<design>}, tagged latest. */
    static String name(String designLabel) {
        return "zmq-designer-" + designLabel + ":latest";
    }

    static String dockerfile() {
        return """
                # The ZMQ Designer engine and this design, for Compose and Kubernetes (see README.md).
                # Build it from the export's folder: docker build -t IMAGE .
                # It needs the engine's jar next to this file (README.md says where to find it).
                FROM eclipse-temurin:17-jre
                WORKDIR /app
                COPY %s /app/%s
                COPY topology.zmqtopo %s
                # Not root: the engine needs no privilege, only its ports (all above 1023 in the samples).
                USER 10001:10001
                ENTRYPOINT ["java", "-jar", "/app/%s"]
                CMD ["run", "%s"]
                """.formatted(JAR, JAR, TOPOLOGY, JAR, TOPOLOGY);
    }
}
