package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Violation;
import java.util.Optional;

/** TF-LEVEL: the level follows from the area's code; districts and villages have no task force. */
final class LevelCheck {
    private LevelCheck() {}

    static void check(TaskForce taskForce, ImmutableList.Builder<Violation> out) {
        JurisdictionCode area = taskForce.jurisdiction();
        Optional<TaskForceLevel> required = TaskForceLevel.find(area);
        if (required.isEmpty()) {
            out.add(noTaskForceHere(area));
        } else if (required.get() != taskForce.level()) {
            out.add(Labels.violation(TaskForceRule.LEVEL, "level", locale -> new Object[] {
                area.value(), Labels.of("kind", area.kind(), locale),
                Labels.phrase("level.fits", locale, Labels.of("level", required.get(), locale),
                        Labels.of("level", taskForce.level(), locale))}));
        }
    }

    /** The area is a district or village: no task force may be formed for it. */
    static Violation noTaskForceHere(JurisdictionCode area) {
        return Labels.violation(TaskForceRule.LEVEL, "jurisdiction", locale -> new Object[] {
            area.value(), Labels.of("kind", area.kind(), locale), Labels.phrase("level.none", locale)});
    }
}
