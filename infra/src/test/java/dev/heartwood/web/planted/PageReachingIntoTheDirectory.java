package dev.heartwood.web.planted;

import dev.heartwood.appraisal.directory.Directory;

/** A planted violation: the pages may use only the modules' api packages, not their aggregates or beans. */
public class PageReachingIntoTheDirectory {

    public Class<?> directory() {
        return Directory.class;
    }
}
