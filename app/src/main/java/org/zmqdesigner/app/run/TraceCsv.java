package org.zmqdesigner.app.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zmqdesigner.engine.io.AtomicFile;

/**
 * Writes a message trace as CSV (RFC 4180: a header row, CRLF line ends, fields holding a comma, a
 * quote, CR or LF quoted with their quotes doubled) in UTF-8. The file is replaced atomically, so
 * a spreadsheet that has the old export open never reads half of the new one.
 */
final class TraceCsv {

    static final String HEADER = "time_s,from,to,types,frames,payload,message_id";
    private static final String CRLF = "\r\n";

    private TraceCsv() {
    }

    static void write(Path file, List<TraceRow> rows) throws IOException {
        AtomicFile.write(file, temp -> {
            // An OutputStreamWriter replaces unpaired surrogates (a preview cut inside a character)
            // instead of failing the whole export, as Files.newBufferedWriter would.
            try (Writer out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
                out.write(HEADER);
                out.write(CRLF);
                for (TraceRow row : rows) {
                    out.write(line(row));
                    out.write(CRLF);
                }
            }
        });
    }

    /** One record without its line end. */
    static String line(TraceRow row) {
        return row.timeText() + ',' + field(row.from()) + ',' + field(row.to()) + ',' + field(row.types())
                + ',' + row.frames() + ',' + field(row.payload()) + ',' + row.messageId();
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0
                && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
