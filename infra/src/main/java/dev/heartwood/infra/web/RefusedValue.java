package dev.heartwood.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value in a request body that reads as JSON but is refused, with the reason told to the client. */
class RefusedValue extends JsonMappingException {

    private final String reason;

    RefusedValue(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
