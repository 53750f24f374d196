package dev.heartwood.reporting.planted;

import dev.heartwood.appraisal.directory.Directory;

/** A planted violation: reporting may use only the write modules' api packages. */
public class ReportingReachingIntoTheDirectory {

    public Class<?> directory() {
        return Directory.class;
    }
}
