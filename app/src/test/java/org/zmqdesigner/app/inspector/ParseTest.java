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
        assertThat(Parse.id("A node").parse(" w1 ")).isEqualTo("w1");
        assertThatThrownBy(() -> Parse.id("A node").parse(" ")).isInstanceOf(Parse.Invalid.class);
        assertThatThrownBy(() -> Parse.id("A node").parse("a/b")).isInstanceOf(Parse.Invalid.class);
    }
}
