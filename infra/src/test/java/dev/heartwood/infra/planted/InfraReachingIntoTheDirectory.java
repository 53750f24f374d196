package dev.heartwood.infra.planted;

import dev.heartwood.appraisal.directory.Directory;

/** A planted violation: infra assembles the modules through their api packages only. */
public class InfraReachingIntoTheDirectory {

    public Class<?> directory() {
        return Directory.class;
    }
}
