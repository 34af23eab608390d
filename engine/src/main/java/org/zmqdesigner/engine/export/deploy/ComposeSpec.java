package org.zmqdesigner.engine.export.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The fields of the Compose specification (compose-spec.io) a deployment export writes, as typed
 * records that Jackson's YAML module writes and reads back; the names are the specification's.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "services"})
record ComposeSpec(String name, Map<String, ComposeSpec.Service> services) {
    ComposeSpec {
        services = services == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(services));
    }

    /** One container: here, one engine process running some of the design's nodes. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"image", "build", "command", "labels", "volumes", "ports", "extra_hosts", "depends_on",
            "healthcheck"})
    record Service(String image, Build build, List<String> command, Map<String, String> labels,
                   List<Volume> volumes, List<Port> ports,
                   @JsonProperty("extra_hosts") List<String> extraHosts,
                   @JsonProperty("depends_on") Map<String, Dependency> dependsOn,
                   Healthcheck healthcheck) {
        /** What the file leaves out reads back as empty, as it was written. */
        Service {
            command = command == null ? List.of() : List.copyOf(command);
            labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
            volumes = volumes == null ? List.of() : List.copyOf(volumes);
            ports = ports == null ? List.of() : List.copyOf(ports);
            extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
            dependsOn = dependsOn == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dependsOn));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Build(String context, String dockerfile) {
    }

    /** The long syntax of a volume: a file of the export mounted into the container. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"type", "source", "target", "read_only"})
    record Volume(String type, String source, String target, @JsonProperty("read_only") Boolean readOnly) {
    }

    /** The long syntax of a port: {@code target} in the container, {@code published} on the host. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"target", "published", "host_ip", "protocol"})
    record Port(Integer target, String published, @JsonProperty("host_ip") String hostIp, String protocol) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"test", "interval", "timeout", "retries", "start_period"})
    record Healthcheck(List<String> test, String interval, String timeout, Integer retries,
                       @JsonProperty("start_period") String startPeriod) {
    }

    /** When a service starts after another: {@code service_started} or {@code service_healthy}. */
    record Dependency(String condition) {
    }
}
