package dev.heartwood.appraisal.web;

import java.time.LocalDate;

/**
 * The body of a step that says nothing but when it happened, which may be left out altogether.
 *
 * @param on the day it happened; today in the school's zone when there is none
 */
record DayRequest(LocalDate on) {

    static LocalDate on(DayRequest request) {
        return request == null ? null : request.on();
    }
}
