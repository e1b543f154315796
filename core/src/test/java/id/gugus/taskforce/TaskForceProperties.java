package id.gugus.taskforce;

import static id.gugus.taskforce.Fixtures.lawful;
import static id.gugus.taskforce.Fixtures.national;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.AgencyId;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Properties of the validator and the lifecycle over generated and real task forces. */
class TaskForceProperties {
    /** Marks generated official names, which must never reach a message. */
    private static final String NAME_MARK = "Namapejabat";
    private static final Set<String> RULE_IDS =
            Arrays.stream(TaskForceRule.values()).map(TaskForceRule::id).collect(Collectors.toSet());
    private static final List<AgencyId> AGENCIES = List.of(AgencyId.random(), AgencyId.random(), AgencyId.random());
    private static final List<JurisdictionCode> BELOW_REGENCIES = Stream.concat(
                    Stream.of(JurisdictionCode.of("61.71.01.1001"), JurisdictionCode.of("61.01.01.2001")),
                    codesAt(Level.DISTRICT))
            .toList();
    private static final List<JurisdictionCode> PROVINCES = codesAt(Level.PROVINCE).toList();
    private static final List<JurisdictionCode> REGENCIES = codesAt(Level.REGENCY).toList();
    private static final List<Jurisdiction> PROVINCES_AND_REGENCIES = JurisdictionDirectory.bundled().all().stream()
            .filter(j -> j.level() == Level.PROVINCE || j.level() == Level.REGENCY)
            .toList();

    @Property(tries = 400)
    void theValidatorReportsAndNeverThrows(@ForAll("taskForces") TaskForce taskForce,
            @ForAll("parents") Optional<TaskForce> parent) {
        Violations violations = TaskForceValidator.validate(taskForce, parent);

        assertThat(violations).isNotNull();
        for (Violation v : violations.all()) {
            TaskForceRule rule = Arrays.stream(TaskForceRule.values()).filter(r -> r.id().equals(v.ruleId()))
                    .findFirst().orElseThrow();
            assertThat(v.severity()).isEqualTo(rule.severity());
            assertThat(v.path()).isNotBlank();
            assertThat(List.of(v.messageId(), v.messageEn())).allSatisfy(m ->
                    assertThat(m).isNotBlank().doesNotContain("{").doesNotContain(NAME_MARK));
        }
        assertThat(violations.all()).extracting(Violation::ruleId).allMatch(RULE_IDS::contains);
        // The report verdict is a part of the full validation, never something else.
        assertThat(violations.all()).containsAll(ComplianceCheck.check(taskForce).all());

        // The generators reach every rule the validator checks, each broken and each kept.
        for (TaskForceRule rule : VALIDATED) {
            Statistics.label(rule.id()).collect(violations.contains(rule.id()));
        }
        for (TaskForceRule rule : VALIDATED) {
            Statistics.label(rule.id()).coverage(c -> {
                c.check(true).count(n -> n > 0);
                c.check(false).count(n -> n > 0);
            });
        }
    }

    private static final List<TaskForceRule> VALIDATED = Arrays.stream(TaskForceRule.values())
            .filter(r -> r != TaskForceRule.LIFECYCLE && r != TaskForceRule.LIFECYCLE_DATE)
            .toList();

    @Property(tries = 400)
    void theComplianceCheckNeverThrowsAndJudgesOnlyOffices(@ForAll("taskForces") TaskForce taskForce) {
        Violations verdict = ComplianceCheck.check(taskForce);
        assertThat(verdict.all()).extracting(Violation::ruleId)
                .allMatch(Set.of("TF-LEVEL", "TF-CHAIR", "TF-DAILY-CHAIR", "TF-NONCOMPLIANT")::contains);
        assertThat(ComplianceCheck.isCompliant(taskForce)).isEqualTo(verdict.isEmpty());
    }

    /** Every province and regency/city in the bundled directory, each tried once. */
    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void everyAreaWithTheOfficesTheLawRequiresIsValid(@ForAll("provincesAndRegencies") Jurisdiction area) {
        TaskForce national = national();
        TaskForce parent = area.level() == Level.PROVINCE
                ? national
                : lawful(area.parent().orElseThrow(), national);
        TaskForce taskForce = lawful(area.code(), parent);

        assertThat(TaskForceValidator.validate(taskForce, Optional.of(parent)).all()).isEmpty();
        assertThat(ComplianceCheck.isCompliant(taskForce)).isTrue();
    }

    /** Random sequences of lifecycle steps: each is taken, or refused with a task force rule. */
    @Property(tries = 300)
    void lifecycleStepsSucceedOrAreRefusedByARule(@ForAll("areasWithTaskForces") JurisdictionCode area,
            @ForAll("steps") List<Step> steps, @ForAll("dates") List<LocalDate> dates) {
        TaskForceLevel level = TaskForceLevel.forArea(area);
        TaskForce t = TaskForce.propose("Gugus Tugas " + area, area, official(RequiredOffices.chair(level)),
                official(RequiredOffices.dailyChair(level)), null);
        for (int i = 0; i < steps.size(); i++) {
            LocalDate on = dates.get(i % dates.size());
            TaskForce before = t;
            try {
                t = steps.get(i).apply(t, on, level);
            } catch (ValidationException e) {
                assertThat(e.violations()).hasSize(1);
                assertThat(e.violations().get(0).ruleId())
                        .isIn("TF-LIFECYCLE", "TF-LIFECYCLE-DATE", "TF-SUBTASKFORCE", "TF-MEMBER");
                continue;
            }
            assertThat(t.id()).isEqualTo(before.id());
            // History only grows, and what it held stays as it was.
            assertThat(t.history().size()).isGreaterThanOrEqualTo(before.history().size());
            assertThat(t.history().subList(0, before.history().size())).isEqualTo(before.history());
            assertThat(before.status() != TaskForceStatus.DISSOLVED || t.equals(before)).isTrue();
            assertThat(TaskForceValidator.validate(t, Optional.empty()).errors()).as(t.status() + " after " + steps)
                    .isEmpty();
        }
        Statistics.label("status").collect(t.status());
        Statistics.label("status").coverage(c -> {
            for (TaskForceStatus status : TaskForceStatus.values()) {
                c.check(status).count(n -> n > 0);
            }
        });
        Statistics.label("re-formed and active").collect(t.status().isActive() && !t.history().isEmpty());
        Statistics.label("re-formed and active").coverage(c -> c.check(true).count(n -> n > 0));
    }

    enum Step {
        DRAFT, ESTABLISH, REFORM_SIGNED, REFORM_DRAFTED, DISSOLVE, ADD_MEMBER, ADD_SUB_TASK_FORCE;

        TaskForce apply(TaskForce t, LocalDate on, TaskForceLevel level) {
            Official signatory = official(RequiredOffices.decreeSignatory(level));
            return switch (this) {
                case DRAFT -> t.draftDecree("SK/" + on);
                case ESTABLISH -> t.establish(on, signatory);
                case REFORM_SIGNED -> t.reform(t.chair(), t.dailyChair(), Decree.draft("SK/" + on).sign(on, signatory), on);
                case REFORM_DRAFTED -> t.reform(t.chair(), t.dailyChair(), Decree.draft("SK/" + on), on);
                case DISSOLVE -> t.dissolve(on);
                case ADD_MEMBER -> t.withMember(new Member(AGENCIES.get(on.getDayOfMonth() % 3),
                        official(Set.of(Position.OTHER))));
                case ADD_SUB_TASK_FORCE -> t.withSubTaskForce(new SubTaskForce(
                        Cluster.values()[on.getDayOfMonth() % Cluster.values().length], AGENCIES.get(0)));
            };
        }
    }

    private static Official official(Set<Position> positions) {
        return Official.of(positions.iterator().next(), NAME_MARK + " Lawful");
    }

    @Provide
    Arbitrary<TaskForce> taskForces() {
        Arbitrary<Official> officials = Combinators.combine(Arbitraries.of(Position.class),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12))
                .as((p, n) -> Official.of(p, NAME_MARK + " " + n));
        Arbitrary<Decree> decrees = Combinators.combine(
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8).injectNull(0.2),
                        days().injectNull(0.2),
                        officials.injectNull(0.2),
                        Arbitraries.of(DecreeStatus.class))
                .as(Decree::new)
                .injectNull(0.2);
        Arbitrary<ImmutableList<SubTaskForce>> subs = Combinators.combine(Arbitraries.of(Cluster.class),
                        Arbitraries.of(AGENCIES)).as(SubTaskForce::new)
                .list().ofMaxSize(8).map(ImmutableList::copyOf);
        Arbitrary<ImmutableList<Member>> members = Combinators.combine(Arbitraries.of(AGENCIES), officials)
                .as(Member::new).list().ofMaxSize(5).map(ImmutableList::copyOf);
        Arbitrary<TaskForceId> parentIds = Arbitraries.create(TaskForceId::random).injectNull(0.3);
        Arbitrary<Seats> seats = Combinators.combine(areas(), Arbitraries.of(TaskForceLevel.class),
                officials, officials, decrees, Arbitraries.of(TaskForceStatus.class)).as(Seats::new);
        return Combinators.combine(seats, subs, members, parentIds).as((s, sub, mem, parent) ->
                new TaskForce(TaskForceId.random(), 0, "Gugus Tugas " + s.area(), s.level(), s.area(), s.chair(),
                        s.dailyChair(), sub, mem, s.decree(), s.status(), parent, LegalBasis.DEFAULT,
                        ImmutableList.of()));
    }

    private record Seats(JurisdictionCode area, TaskForceLevel level, Official chair, Official dailyChair,
            Decree decree, TaskForceStatus status) {}

    @Provide
    Arbitrary<Optional<TaskForce>> parents() {
        return taskForces().optional();
    }

    @Provide
    Arbitrary<Jurisdiction> provincesAndRegencies() {
        return Arbitraries.of(PROVINCES_AND_REGENCIES);
    }

    /** Areas of every kind, districts and villages included, weighted so each level is common. */
    private static Arbitrary<JurisdictionCode> areas() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(JurisdictionCode.NATIONAL)),
                Tuple.of(3, Arbitraries.of(PROVINCES)),
                Tuple.of(4, Arbitraries.of(REGENCIES)),
                Tuple.of(2, Arbitraries.of(BELOW_REGENCIES)));
    }

    /** Steps forward are common, dissolving (after which everything is refused) is rare. */
    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.frequency(
                        Tuple.of(3, Step.DRAFT), Tuple.of(3, Step.ESTABLISH), Tuple.of(2, Step.REFORM_SIGNED),
                        Tuple.of(2, Step.REFORM_DRAFTED), Tuple.of(1, Step.DISSOLVE), Tuple.of(1, Step.ADD_MEMBER),
                        Tuple.of(1, Step.ADD_SUB_TASK_FORCE))
                .list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<JurisdictionCode> areasWithTaskForces() {
        return areas().filter(c -> TaskForceLevel.find(c).isPresent());
    }

    private static Stream<JurisdictionCode> codesAt(Level level) {
        return JurisdictionDirectory.bundled().all().stream().filter(j -> j.level() == level).map(Jurisdiction::code);
    }

    /** Days around the regulation's entry into force, so both sides of the boundary occur. */
    @Provide
    Arbitrary<List<LocalDate>> dates() {
        return days().list().ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-2000, 2000).map(d -> LegalBasis.PERPRES_49_2023_IN_FORCE.plusDays(d));
    }
}
