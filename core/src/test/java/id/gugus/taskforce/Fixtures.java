package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** Task forces for the tests: lawful ones per level, and ways to break exactly one thing. */
final class Fixtures {
    static final JurisdictionCode NATIONAL = JurisdictionCode.NATIONAL;
    static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    static final JurisdictionCode SAMBAS = JurisdictionCode.of("61.01");
    static final JurisdictionCode PONTIANAK = JurisdictionCode.of("61.71");
    static final JurisdictionCode KALTENG = JurisdictionCode.of("62");
    /** A signing day after Regulation 49/2023 took effect. */
    static final LocalDate AFTER_2023 = LocalDate.of(2023, 10, 2);
    static final LocalDate IN_2019 = LocalDate.of(2019, 3, 14);

    private Fixtures() {}

    /** A fictitious official: names are never checked, only offices. */
    static Official official(Position position) {
        return Official.of(position, "Pejabat " + position.name().toLowerCase());
    }

    static TaskForceLevel levelOf(JurisdictionCode area) {
        return TaskForceLevel.forArea(area);
    }

    /** A task force of the area with the offices the law requires, established after 2023. */
    static TaskForce lawful(JurisdictionCode area, TaskForce parent) {
        TaskForceLevel level = levelOf(area);
        return established(area, RequiredOffices.chair(level).iterator().next(),
                RequiredOffices.dailyChair(level).iterator().next(),
                RequiredOffices.decreeSignatory(level).iterator().next(), AFTER_2023, parent);
    }

    static TaskForce established(JurisdictionCode area, Position chair, Position dailyChair, Position signatory,
            LocalDate signedOn, TaskForce parent) {
        return TaskForce.propose("Gugus Tugas PP-TPPO " + area, area, official(chair), official(dailyChair),
                        parent == null ? null : parent.id())
                .draftDecree("SK/" + area + "/" + signedOn.getYear())
                .establish(signedOn, official(signatory));
    }

    static TaskForce national() {
        return lawful(NATIONAL, null);
    }

    static TaskForce kalbar() {
        return lawful(KALBAR, national());
    }

    /** A copy with other record components, bypassing the lifecycle (as a store or a form would). */
    static TaskForce with(TaskForce t, TaskForceLevel level, Official chair, Official dailyChair, Decree decree,
            TaskForceStatus status) {
        return new TaskForce(t.id(), t.version(), t.name(), level, t.jurisdiction(), chair, dailyChair,
                t.subTaskForces(), t.members(), decree, status, t.parent(), t.legalBasis(), t.history());
    }

    static TaskForce withDailyChair(TaskForce t, Position dailyChair) {
        return with(t, t.level(), t.chair(), official(dailyChair), t.decree(), t.status());
    }

    static TaskForce withChair(TaskForce t, Position chair) {
        return with(t, t.level(), official(chair), t.dailyChair(), t.decree(), t.status());
    }

    static TaskForce withDecree(TaskForce t, Decree decree, TaskForceStatus status) {
        return with(t, t.level(), t.chair(), t.dailyChair(), decree, status);
    }

    static TaskForce withLevel(TaskForce t, TaskForceLevel level) {
        return with(t, level, t.chair(), t.dailyChair(), t.decree(), t.status());
    }

    static TaskForce withParent(TaskForce t, TaskForce parent) {
        return t.withParent(parent == null ? null : parent.id());
    }

    static TaskForce withJurisdiction(TaskForce t, JurisdictionCode area) {
        return new TaskForce(t.id(), t.version(), t.name(), t.level(), area, t.chair(), t.dailyChair(),
                t.subTaskForces(), t.members(), t.decree(), t.status(), t.parent(), t.legalBasis(), t.history());
    }

    static TaskForce withLists(TaskForce t, List<SubTaskForce> subs, List<Member> members) {
        return new TaskForce(t.id(), t.version(), t.name(), t.level(), t.jurisdiction(), t.chair(), t.dailyChair(),
                ImmutableList.copyOf(subs), ImmutableList.copyOf(members), t.decree(), t.status(), t.parent(),
                t.legalBasis(), t.history());
    }

    /** Rule id, severity, path and both messages of each violation, for exact assertions. */
    static List<Tuple> described(Violations violations) {
        return violations.all().stream()
                .map(v -> Tuple.tuple(v.ruleId(), v.severity(), v.path(), v.messageId(), v.messageEn()))
                .toList();
    }

    static List<Violation> ofRule(Violations violations, TaskForceRule rule) {
        return violations.all().stream().filter(v -> v.ruleId().equals(rule.id())).toList();
    }
}
