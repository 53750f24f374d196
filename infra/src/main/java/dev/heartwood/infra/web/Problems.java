package dev.heartwood.infra.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** RFC 9457 problem documents with Heartwood's stable {@code code}. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        withCode(problem, code);
        return problem;
    }

    public static ProblemDetail of(WebProblem problem, String detail) {
        return of(problem.status(), problem.code(), detail);
    }

    /** The code for a status that has no more particular one: its name, as in {@code method-not-allowed}. */
    static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
    }

    static void withCode(ProblemDetail problem, String code) {
        problem.setType(URI.create("urn:heartwood:problem:" + code));
        problem.setProperty("code", code);
    }
}
