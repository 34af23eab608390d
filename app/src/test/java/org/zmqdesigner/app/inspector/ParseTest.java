package org.zmqdesigner.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParseTest {

    @Test
    void an_empty_optional_number_is_the_default_and_text_or_too_small_is_refused() throws Exception {
        assertThat(Parse.optionalInt(0).parse("  ")).isNull();
        assertThat(Parse.optionalInt(0).parse(" 1000 ")).isEqualTo(1000);
        assertThat(Parse.optionalInt(-1).parse("-1")).isEqualTo(-1);
        assertThatThrownBy(() -> Parse.optionalInt(0).parse("abc")).isInstanceOf(Parse.Invalid.class)
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Parse.optionalInt(0).parse("-3")).isInstanceOf(Parse.Invalid.class);
        assertThatThrownBy(() -> Parse.optionalInt(0).parse("99999999999")).isInstanceOf(Parse.Invalid.class);
        assertThatThrownBy(() -> Parse.optionalPositive().parse("0")).isInstanceOf(Parse.Invalid.class);
    }

    @Test
    void numbers_show_as_people_write_them() {
        assertThat(Parse.show(360.0)).isEqualTo("360");
        assertThat(Parse.show(2.5)).isEqualTo("2.5");
        assertThat(Parse.show((Integer) null)).isEmpty();
    }

    @Test
    void ids_are_trimmed_and_may_not_be_empty_or_hold_a_slash() throws Exception {
        assertThat(Parse.id("node").parse(" w1 ")).isEqualTo("w1");
        assertThatThrownBy(() -> Parse.id("node").parse(" ")).isInstanceOf(Parse.Invalid.class);
        assertThatThrownBy(() -> Parse.id("node").parse("a/b")).isInstanceOf(Parse.Invalid.class);
    }

    @Test
    void a_chance_is_a_number_from_0_to_1() throws Exception {
        assertThat(Parse.optionalChance().parse(" ")).isNull();
        assertThat(Parse.optionalChance().parse("0.3")).isEqualTo(0.3);
        assertThat(Parse.optionalChance().parse("1")).isEqualTo(1.0);
        assertThatThrownBy(() -> Parse.optionalChance().parse("1.5")).isInstanceOf(Parse.Invalid.class)
                .hasMessageContaining("from 0 (never) to 1");
        assertThatThrownBy(() -> Parse.optionalChance().parse("often")).isInstanceOf(Parse.Invalid.class);
    }

    @Test
    void a_count_is_a_number_or_a_range_in_order() throws Exception {
        assertThat(Parse.optionalCount().parse("")).isNull();
        assertThat(Parse.optionalCount().parse(" 3 ")).isEqualTo(org.zmqdesigner.engine.model.CountRange.exactly(3));
        assertThat(Parse.optionalCount().parse("0..4")).hasToString("0..4");
        assertThatThrownBy(() -> Parse.optionalCount().parse("4..1")).isInstanceOf(Parse.Invalid.class)
                .hasMessageStartingWith("A count").hasMessageEndingWith(".").hasMessageContaining("was 4..1");
        assertThatThrownBy(() -> Parse.optionalCount().parse("lots")).isInstanceOf(Parse.Invalid.class)
                .hasMessageContaining("not a count");
    }
}
