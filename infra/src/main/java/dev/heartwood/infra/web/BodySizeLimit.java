package dev.heartwood.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a request body larger than {@link RequestLimits} with a 413 problem document: at once when its declared
 * length is too large, or as soon as a body sent without one (chunked) goes past the limit while it is read. A page's
 * form with a file is refused with the error page instead, which a browser shows.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimit extends OncePerRequestFilter {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final RequestLimits limits;
    private final ObjectMapper json;

    BodySizeLimit(RequestLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MediaType type = typeOf(request);
        boolean aPageUpload = is(MediaType.MULTIPART_FORM_DATA, type);
        long limit = (is(CSV, type) ? limits.maxImportBodySize()
                : aPageUpload ? limits.maxUploadBodySize() : limits.maxBodySize()).toBytes();
        long declared = request.getContentLengthLong();
        if (declared > limit && aPageUpload) {
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value()); // the container's error page
            return;
        }
        if (declared > limit) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), tooLarge(limit));
            return;
        }
        // with a declared length the server reads no further than it; without one, count
        chain.doFilter(declared >= 0 ? request : new Limited(request, limit), response);
    }

    private static MediaType typeOf(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? MediaType.ALL : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            return MediaType.ALL; // refused later as an unsupported media type
        }
    }

    /** Whether the body is of this type; one of no type, or of a type that does not parse, is of none. */
    private static boolean is(MediaType kind, MediaType type) {
        return !type.isWildcardType() && kind.isCompatibleWith(type);
    }

    private static ProblemDetail tooLarge(long limit) {
        return Problems.of(WebProblem.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + limit / 1024 + " KiB allowed here; nothing was changed");
    }

    /** A request whose body stops with a 413 once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        Counted(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        /**
         * An {@link ErrorResponseException}, which the problem handler answers with its own 413 where the
         * controller reads the body itself (an import) and where the JSON reader wraps it.
         */
        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(limit), null);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
