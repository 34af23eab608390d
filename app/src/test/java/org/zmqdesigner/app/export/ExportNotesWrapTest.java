package org.zmqdesigner.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The export's notes are wrapped by the dialog, because its result area keeps paths whole. */
class ExportNotesWrapTest {

    @Test
    void a_long_note_breaks_at_spaces_within_the_columns_and_continues_indented() {
        String note = "• ipc://hello.ipc is exported as tcp://127.0.0.1:15555: JeroMQ's ipc is tcp underneath while"
                + " libzmq's (pyzmq and every other binding) is a Unix socket, so a Java and a Python program"
                + " given the same ipc endpoint would never meet, and neither would say so.";
        String wrapped = ExportDialog.wrapped(note, 72);
        assertThat(wrapped.lines()).hasSizeGreaterThan(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(72));
        assertThat(wrapped.lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("  ").doesNotStartWith("   "));
        assertThat(wrapped.replace("\n  ", " ")).isEqualTo(note);
    }

    @Test
    void a_short_note_and_a_word_longer_than_a_line_are_left_whole() {
        assertThat(ExportDialog.wrapped("• short", 72)).isEqualTo("• short");
        String path = "x".repeat(100);
        assertThat(ExportDialog.wrapped("• " + path, 72)).isEqualTo("•\n  " + path);
    }
}
