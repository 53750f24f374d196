package dev.heartwood.web.appraisal;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One event in an appraisal's history, as a page shows it to anyone who may read the appraisal: what happened, the
 * day it happened, when it was recorded and by whom; never the free text it carries.
 *
 * @param happenedOn the day the step happened in the world, for a step that has one
 * @param recordedAt when it was recorded, in the school's zone
 */
public record HistoryLine(String what, @Nullable LocalDate happenedOn, ZonedDateTime recordedAt, String who) {
}
