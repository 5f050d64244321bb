package org.gsoia.workflow.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the product acknowledged to the load, one line per acknowledgement ({@code SUBMITTED VR-…}), written only after
 * the service call returned and forced to disk before the next call: a line in the journal is a promise the product
 * made, so after a crash the database must hold it. A kill may cut the last line; readers skip lines they cannot
 * parse, and a new writer first ends a cut line.
 */
final class Journal implements AutoCloseable {

    /** One acknowledgement: what was done, to which case, and its details (decision, user). */
    record Entry(String kind, String reference, List<String> details) {
    }

    private final FileChannel channel;

    Journal(Path file) throws IOException {
        boolean cut = false;
        if (Files.exists(file) && Files.size(file) > 0) {
            try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer last = ByteBuffer.allocate(1);
                reader.read(last, reader.size() - 1);
                cut = last.get(0) != '\n';
            }
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (cut) {
            append("\n");
        }
    }

    /** Appends the line and forces it to disk before returning. */
    synchronized void record(String kind, String reference, String... details) {
        StringBuilder line = new StringBuilder(kind).append(' ').append(reference);
        for (String detail : details) {
            line.append(' ').append(detail);
        }
        append(line.append('\n').toString());
    }

    private void append(String text) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return entries;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split(" ");
            if (parts.length >= 2 && parts[0].matches("[A-Z]+") && parts[1].matches("[A-Z]{2}-[0-9A-Z-]+")) {
                entries.add(new Entry(parts[0], parts[1], List.of(parts).subList(2, parts.length)));
            }
        }
        return entries;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
