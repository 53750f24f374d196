package dev.heartwood.learning.planted;

import dev.heartwood.appraisal.directory.Directory;

/** A planted violation: learning may use only the appraisal module's api. */
public class LearningReachingIntoTheDirectory {

    public Class<?> directory() {
        return Directory.class;
    }
}
