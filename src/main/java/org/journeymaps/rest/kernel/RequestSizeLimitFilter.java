package org.journeymaps.rest.kernel;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Rejects request bodies over 2 MB with 413, whether or not the client announced their length. */
@Provider
public class RequestSizeLimitFilter implements ContainerRequestFilter {

    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY_BYTES) {
            throw new RequestTooLargeException(MAX_BODY_BYTES);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream()));
        }
    }

    /** Counts what is read so a chunked body cannot slip past the limit. */
    private static final class LimitedStream extends FilterInputStream {
        private long read;

        LimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw new RequestTooLargeException(MAX_BODY_BYTES);
            }
        }
    }
}
