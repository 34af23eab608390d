package org.zmqdesigner.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayloadTemplateTest {

    private final Random random = new Random(7);

    private String render(String template, long seq, String payload) {
        return PayloadTemplate.compile(template).render(seq, payload, "node-1", bound -> (long) (random.nextDouble() * bound));
    }

    @Test
    void placeholders_are_replaced_and_literals_kept() {
        assertThat(render("task {seq} from {node}: {payload}", 7, "x")).isEqualTo("task 7 from node-1: x");
        assertThat(render("{{literal}}", 1, null)).isEqualTo("{literal}");
        assertThat(render("Hello", 1, null)).isEqualTo("Hello");
        assertThat(PayloadTemplate.compile("Hello").isConstant()).isTrue();
    }

    @Test
    void random_ranges_are_inclusive_and_formatted_like_wuserver() {
        for (int i = 0; i < 2000; i++) {
            String update = render("{rand:0..99999:%05d} {rand:-80..134} {rand:10..59}", i, null);
            String[] parts = update.split(" ");
            assertThat(parts[0]).hasSize(5).containsOnlyDigits();
            assertThat(Integer.parseInt(parts[1])).isBetween(-80, 134);
            assertThat(Integer.parseInt(parts[2])).isBetween(10, 59);
        }
    }

    @Test
    void a_one_value_range_always_gives_that_value() {
        assertThat(render("{rand:5..5}", 1, null)).isEqualTo("5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hello {seq|7",
            "Hello }|7",
            "{sequence}|1",
            "{rand}|1",
            "{rand:9..1}|1",
            "{rand:a..b}|1",
            "{seq:%s}|1",
            "{payload:x}|1",
            "{cycle}|1",
            "{cycle:A}|1",
            "key {pick:}|5"})
    void broken_templates_say_where_they_break(String template, int column) {
        PayloadTemplate.SyntaxException error = catchThrowableOfType(PayloadTemplate.SyntaxException.class,
                () -> PayloadTemplate.compile(template));

        assertThat(error).isNotNull();
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.getMessage()).isNotBlank();
    }

    /** psenvpub's keys alternate, and a topic and a payload rendered for one message stay in step. */
    @Test
    void cycle_takes_the_choices_in_turn_by_the_messages_number() {
        PayloadTemplate key = PayloadTemplate.compile("{cycle:A|B}");
        PayloadTemplate content = PayloadTemplate.compile("{cycle:We don't want to see this|We would like to see this}");

        assertThat(java.util.stream.LongStream.rangeClosed(1, 5).mapToObj(seq -> render("{cycle:A|B}", seq, null)))
                .containsExactly("A", "B", "A", "B", "A");
        assertThat(key.render(2, null, "n", bound -> 0) + ": " + content.render(2, null, "n", bound -> 0))
                .isEqualTo("B: We would like to see this");
        assertThat(render("{cycle:x:1|y:2|z}", 3, null)).as("a choice may hold a colon").isEqualTo("z");
        assertThat(key.isConstant()).isFalse();
    }

    @Test
    void pick_takes_every_choice_at_random_and_nothing_else() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i <= 500; i++) {
            seen.add(render("{pick:A|B|C|D|E|F|G|H|I|J}-{rand:0..99999:%05d}", i, null).substring(0, 1));
        }

        assertThat(seen).containsExactlyInAnyOrder("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");
    }

    /** Such a range validated, then crashed the node at run time ("bound must be positive"). */
    @org.junit.jupiter.api.Test
    void a_range_wider_than_any_long_bound_renders_numbers_inside_it() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (String range : new String[] {"0..9223372036854775807", "-9223372036854775808..9223372036854775807",
                "-5..9223372036854775807"}) {
            PayloadTemplate template = PayloadTemplate.compile("{rand:" + range + "}");
            long min = Long.parseLong(range.substring(0, range.indexOf("..")));
            for (int i = 0; i < 200; i++) {
                long value = Long.parseLong(template.render(i, "", "n", random::nextLong));
                org.assertj.core.api.Assertions.assertThat(value).as(range).isGreaterThanOrEqualTo(min);
            }
        }
    }
}
