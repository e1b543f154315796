package id.gugus.examples.casedesk;

import id.gugus.error.AccessDeniedException;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.GugusException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ValidationException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The library's refusals as HTTP problems (RFC 9457): the status, the rule id, and the library's
 * message in the language the caller asked for (Accept-Language {@code id} or {@code en}). The
 * library's messages never carry personal data, so they are safe to return.
 */
@RestControllerAdvice
public class CaseDeskErrors {
    /** One violated rule of a refused write: its id, where, and why. */
    public record ViolationView(String rule, String path, String message) {}

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail refused(AccessDeniedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage(locale));
        problem.setProperty("rule", e.rule().id());
        return problem;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage(locale));
        List<ViolationView> violations = e.violations().stream()
                .map(v -> new ViolationView(v.ruleId(), v.path(), v.message(locale))).toList();
        problem.setProperty("violations", violations);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ConflictException.class, DuplicateException.class})
    ProblemDetail conflict(GugusException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({CaseDeskController.UnknownDimensionException.class, IllegalArgumentException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** An authenticated user without a Gugus role: the starter's request store has no actor for them. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail noActor(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }
}
