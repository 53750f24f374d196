package dev.heartwood.kernel.planted;

import org.springframework.util.StringUtils;

/** A planted violation: the kernel must not depend on Spring. */
public class KernelUsingSpring {

    public boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
