package org.gsoia.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14, finding 5: an upload is streamed with a hard cap, never read whole into memory first. */
class CappedUploadTest {

    private static final int MAX = 1024;

    private final List<byte[]> received = new ArrayList<>();
    private int refused;
    private final CappedUpload upload = new CappedUpload(MAX, new CappedUpload.Receiver() {
        @Override
        public void received(String fileName, byte[] content) {
            received.add(content);
        }

        @Override
        public void tooLarge() {
            refused++;
        }
    });

    /** A body that never ends, as a hostile raw-body upload without a declared size can be; counts what was read. */
    static final class EndlessBody extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            return length;
        }
    }

    private static UploadEvent event(InputStream body, long declaredSize) {
        UploadEvent event = mock(UploadEvent.class);
        when(event.getInputStream()).thenReturn(body);
        when(event.getFileSize()).thenReturn(declaredSize);
        when(event.getFileName()).thenReturn("note.txt");
        return event;
    }

    @Test
    void anEndlessBodyWithoutADeclaredSizeIsRefusedAfterTheLimitAndNotReadFurther() throws Exception {
        EndlessBody body = new EndlessBody();
        upload.handleUploadRequest(event(body, -1));
        assertThat(refused).isEqualTo(1);
        assertThat(received).isEmpty();
        assertThat(body.read).isLessThanOrEqualTo(MAX + 8192);
    }

    @Test
    void aDeclaredSizeAboveTheLimitIsRefusedWithoutReadingAByte() throws Exception {
        EndlessBody body = new EndlessBody();
        upload.handleUploadRequest(event(body, MAX + 1));
        assertThat(refused).isEqualTo(1);
        assertThat(body.read).isZero();
    }

    @Test
    void aFileOfExactlyTheLimitArrivesWhole() throws Exception {
        upload.handleUploadRequest(event(new ByteArrayInputStream(new byte[MAX]), -1));
        assertThat(refused).isZero();
        assertThat(received).singleElement().satisfies(content -> assertThat(content).hasSize(MAX));
    }

    @Test
    void theMultipartLimitsAreTheCaseFilesLimit() {
        assertThat(upload.getFileSizeMax()).isEqualTo(MAX);
        assertThat(upload.getRequestSizeMax()).isBetween((long) MAX, MAX + 65_536L);
    }
}
