package dev.heartwood.appraisal.planted;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A planted violation: outside its controllers, the appraisal module refuses with its error codes, not a status. */
public class FileRefusedWithAStatus {

    public RuntimeException refusal() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "The file is not CSV");
    }
}
