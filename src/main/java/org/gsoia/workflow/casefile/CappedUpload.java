package org.gsoia.workflow.casefile;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives an attachment as a stream and never holds more than the case file's limit plus one byte: a larger file
 * (declared or not: a raw-body upload bypasses the multipart limits and may not say its size) is refused as soon as
 * the byte past the limit arrives, and the rest of the body is not read.
 */
final class CappedUpload implements UploadHandler {

    /** Room for the multipart headers around the file itself. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    interface Receiver {
        void received(String fileName, byte[] content);

        void tooLarge();
    }

    private final int maxBytes;
    private final Receiver receiver;

    CappedUpload(long maxBytes, Receiver receiver) {
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, maxBytes);
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            receiver.tooLarge();
            return;
        }
        try (InputStream in = event.getInputStream()) {
            byte[] content = in.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                receiver.tooLarge();
                return;
            }
            receiver.received(event.getFileName(), content);
        }
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
