package dev.heartwood.reporting.api;

import dev.heartwood.kernel.TrustId;

/** Asks for one trust; answered with an optional {@link TrustView}. */
public record TrustQuery(TrustId trustId) {
}
