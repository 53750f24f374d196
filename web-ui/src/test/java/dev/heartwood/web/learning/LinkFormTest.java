package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.learning.api.LinkCpdToDevelopmentNeed;
import dev.heartwood.learning.api.UnlinkCpdFromDevelopmentNeed;
import dev.heartwood.reporting.api.CpdActivityView.LinkKind;
import dev.heartwood.web.learning.LinkForm.Target;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.DefaultConversionService;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A link's target travels in a form as KIND:identifier and comes back as the same target. */
class LinkFormTest {

    private static final UUID NEED = UUID.randomUUID();

    @Test
    void aTargetIsReadBackAsItWasWritten() {
        Target target = new Target(LinkKind.DEVELOPMENT_NEED, NEED);

        assertThat(Target.valueOf(target.toString())).isEqualTo(target);
    }

    @Test
    void theFormsBindingReadsATargetAsThePageWroteIt() {
        Target target = new Target(LinkKind.OBJECTIVE, NEED);

        assertThat(DefaultConversionService.getSharedInstance().convert(target.toString(), Target.class))
                .isEqualTo(target);
    }

    @Test
    void aTargetThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> Target.valueOf(NEED.toString())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.valueOf("COURSE:" + NEED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTargetIsLinkedAndUnlinkedByItsKindsCommands() {
        CpdActivityId course = new CpdActivityId(UUID.randomUUID());
        LinkForm form = new LinkForm(new Target(LinkKind.DEVELOPMENT_NEED, NEED));

        assertThat(form.linkCommand(course)).isEqualTo(new LinkCpdToDevelopmentNeed(course,
                new DevelopmentNeedId(NEED)));
        assertThat(form.unlinkCommand(course)).isEqualTo(new UnlinkCpdFromDevelopmentNeed(course,
                new DevelopmentNeedId(NEED)));
    }
}
