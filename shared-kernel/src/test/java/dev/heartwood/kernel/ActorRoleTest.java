package dev.heartwood.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorRoleTest {

    @Test
    void readsTheRoleBackFromTheNameTheMetadataCarries() {
        assertThat(ActorRole.named("HEADTEACHER")).contains(ActorRole.HEADTEACHER);
        assertThat(ActorRole.named("SENIOR_LEADER")).contains(ActorRole.SENIOR_LEADER);
        assertThat(ActorRole.named("STAFF")).contains(ActorRole.STAFF);
    }

    @Test
    void takesAMissingOrUnknownNameForNoRole() {
        assertThat(ActorRole.named(null)).isEmpty();
        assertThat(ActorRole.named("TEACHER")).isEmpty();
        assertThat(ActorRole.named("headteacher")).isEmpty();
    }
}
