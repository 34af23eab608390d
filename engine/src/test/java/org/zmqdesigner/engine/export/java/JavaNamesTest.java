package org.zmqdesigner.engine.export.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void a_design_name_becomes_a_package_and_an_artifact() {
        assertThat(JavaNames.packageName("hello-reqrep")).isEqualTo("org.zmqdesigner.designs.hello_reqrep");
        assertThat(JavaNames.artifactId("hello-reqrep")).isEqualTo("hello-reqrep");
        assertThat(JavaNames.packageName("Wörker Démo!")).isEqualTo("org.zmqdesigner.designs.worker_demo");
        assertThat(JavaNames.packageName("3 ways")).isEqualTo("org.zmqdesigner.designs.d3_ways");
        assertThat(JavaNames.packageName("class")).isEqualTo("org.zmqdesigner.designs.class_");
        assertThat(JavaNames.packageName("日本")).isEqualTo("org.zmqdesigner.designs.design");
        assertThat(JavaNames.artifactId("class")).isEqualTo("class");
    }

    @Test
    void node_ids_become_distinct_class_names_that_clash_with_nothing() {
        assertThat(JavaNames.classNames(List.of("worker-1", "Worker.1", "main", "node", "String", "ZMQ", "9", "日本",
                "payload")).values())
                .containsExactly("Worker1", "Worker1_2", "MainNode", "NodeNode", "StringNode", "ZMQNode", "Node9",
                        "NodeNode2", "PayloadNode");
    }

    @Test
    void socket_ids_become_variables_that_shadow_nothing() {
        assertThat(JavaNames.variableNames(List.of("in", "out", "context", "sent", "class", "front-end", "1"))
                .values()).containsExactly("in", "out", "contextSocket", "sentSocket", "classSocket", "frontEnd",
                "socket1");
    }

    @Test
    void comment_text_cannot_end_the_comment_or_start_a_unicode_escape() {
        String text = JavaNames.comment("a */ b \\u002a/ c\nd {@code x} <b>");
        assertThat(text).doesNotContain("*/").doesNotContain("\\").doesNotContain("\n").doesNotContain("@")
                .doesNotContain("<b>");
    }
}
