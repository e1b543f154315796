package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import id.gugus.error.ValidationException;
import id.gugus.common.Aggregate;
import id.gugus.common.Texts;
import id.gugus.error.NotFoundException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.ViolationCollector;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A trafficking-in-persons case (perkara TPPO), registered by a jurisdiction: its victims and
 * suspects, route, and its progress through criminal procedure (docs/cases.md).
 *
 * <p>Immutable: every change returns a new copy with the same id and version, ready to save (the
 * {@code with…} methods, {@link #replaceVictim}, {@link #moveTo}, {@link #close}). {@link #moveTo}
 * and {@link #close} refuse an illegal step at once; the full rule set is {@link CaseValidator}.
 *
 * @param status the stage of criminal procedure
 * @param closingReason why the case was closed; null unless closed
 * @param statusHistory every status change, oldest first
 * @param management the case work with the victims (HTCDS {@code cas_Status}, case owner), beside
 *     the criminal procedure; null if not recorded (and in records written before it existed)
 */
public record TraffickingCase(
        CaseId id,
        long version,
        CaseNumber number,
        JurisdictionCode registeredIn,
        LocalDate reportedOn,
        CaseStatus status,
        String closingReason,
        ImmutableList<Victim> victims,
        ImmutableList<Suspect> suspects,
        Route route,
        ImmutableList<StatusChange> statusHistory,
        CaseManagement management)
        implements Aggregate<CaseId, TraffickingCase> {

    public TraffickingCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(registeredIn, "registeredIn");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(route, "route");
        Texts.optional(closingReason, "closingReason", Texts.LONG);
        victims = ImmutableList.copyOf(Objects.requireNonNull(victims, "victims"));
        suspects = ImmutableList.copyOf(Objects.requireNonNull(suspects, "suspects"));
        statusHistory = ImmutableList.copyOf(Objects.requireNonNull(statusHistory, "statusHistory"));
    }

    /** A case without case-management data (state and owner not recorded). */
    public TraffickingCase(CaseId id, long version, CaseNumber number, JurisdictionCode registeredIn, LocalDate reportedOn,
            CaseStatus status, String closingReason, ImmutableList<Victim> victims, ImmutableList<Suspect> suspects,
            Route route, ImmutableList<StatusChange> statusHistory) {
        this(id, version, number, registeredIn, reportedOn, status, closingReason, victims, suspects, route,
                statusHistory, null);
    }

    /** With the case work's state and owner (HTCDS {@code cas_Status}, {@code cas_CaseOwner}). */
    public TraffickingCase withManagement(CaseManagement management) {
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, victims,
                suspects, route, statusHistory, management);
    }

    /** Whether any victim or suspect of the case has personal data (name, NIK, contact, address). */
    public boolean holdsPersonalData() {
        return victims.stream().anyMatch(v -> !v.personal().isEmpty())
                || suspects.stream().anyMatch(s -> !s.personal().isEmpty());
    }

    /**
     * This case with the personal data of every victim and suspect removed: what an actor without
     * the personal-data permission sees, and what may be published. Everything else is kept.
     */
    public TraffickingCase withoutPersonalData() {
        if (!holdsPersonalData()) {
            return this;
        }
        ImmutableList<Victim> anonymousVictims = victims.stream()
                .map(v -> v.personal().isEmpty() ? v : v.withPersonal(PersonalData.NONE))
                .collect(ImmutableList.toImmutableList());
        ImmutableList<Suspect> anonymousSuspects = suspects.stream()
                .map(s -> s.personal().isEmpty() ? s : s.withPersonal(PersonalData.NONE))
                .collect(ImmutableList.toImmutableList());
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, anonymousVictims,
                anonymousSuspects, route, statusHistory, management);
    }

    /** A new case as reported: fresh id, version 0, {@link CaseStatus#REPORTED}, nobody in it yet. */
    public static TraffickingCase register(CaseNumber number, JurisdictionCode registeredIn, LocalDate reportedOn) {
        return new TraffickingCase(CaseId.random(), 0, number, registeredIn, reportedOn, CaseStatus.REPORTED, null,
                ImmutableList.of(), ImmutableList.of(), Route.UNKNOWN, ImmutableList.of(), null);
    }

    @Override
    public TraffickingCase withVersion(long version) {
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, victims,
                suspects, route, statusHistory, management);
    }

    /** With the number corrected (a typo in the police report number, say). */
    public TraffickingCase withNumber(CaseNumber number) {
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, victims,
                suspects, route, statusHistory, management);
    }

    /**
     * Handed to another registering area (a provincial case passed to the regency, say). A store
     * refuses to move a case out of, or into, an actor's scope.
     */
    public TraffickingCase withRegisteredIn(JurisdictionCode area) {
        return new TraffickingCase(id, version, number, area, reportedOn, status, closingReason, victims,
                suspects, route, statusHistory, management);
    }

    /** With the report date corrected; {@link CaseValidator} checks it against the other dates. */
    public TraffickingCase withReportedOn(LocalDate date) {
        return new TraffickingCase(id, version, number, registeredIn, date, status, closingReason, victims,
                suspects, route, statusHistory, management);
    }

    /** Adds a victim after the existing ones. */
    public TraffickingCase withVictim(Victim victim) {
        return withVictims(List.of(Objects.requireNonNull(victim, "victim")));
    }

    /** Adds these victims after the existing ones (it does not replace them). */
    public TraffickingCase withVictims(List<Victim> more) {
        ImmutableList<Victim> all = ImmutableList.<Victim>builder().addAll(victims).addAll(more).build();
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, all,
                suspects, route, statusHistory, management);
    }

    /** Replaces the victim with the same id, keeping its place in the list. */
    public TraffickingCase replaceVictim(Victim victim) {
        Objects.requireNonNull(victim, "victim");
        int at = -1;
        for (int i = 0; i < victims.size(); i++) {
            if (victims.get(i).id().equals(victim.id())) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new NotFoundException("victim", victim.id());
        }
        ImmutableList.Builder<Victim> all = ImmutableList.builder();
        for (int i = 0; i < victims.size(); i++) {
            all.add(i == at ? victim : victims.get(i));
        }
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, all.build(),
                suspects, route, statusHistory, management);
    }

    /**
     * Without the victim of that id (recorded by mistake, or in the wrong case); the others keep
     * their order.
     *
     * @throws NotFoundException if the case has no such victim
     */
    public TraffickingCase withoutVictim(VictimId victim) {
        Objects.requireNonNull(victim, "victim");
        if (victims.stream().noneMatch(v -> v.id().equals(victim))) {
            throw new NotFoundException("victim", victim);
        }
        ImmutableList<Victim> rest = victims.stream().filter(v -> !v.id().equals(victim))
                .collect(ImmutableList.toImmutableList());
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, rest,
                suspects, route, statusHistory, management);
    }

    /**
     * Without the suspect of that id; the others keep their order.
     *
     * @throws NotFoundException if the case has no such suspect
     */
    public TraffickingCase withoutSuspect(SuspectId suspect) {
        Objects.requireNonNull(suspect, "suspect");
        if (suspects.stream().noneMatch(s -> s.id().equals(suspect))) {
            throw new NotFoundException("suspect", suspect);
        }
        ImmutableList<Suspect> rest = suspects.stream().filter(s -> !s.id().equals(suspect))
                .collect(ImmutableList.toImmutableList());
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, victims,
                rest, route, statusHistory, management);
    }

    /** Adds a suspect after the existing ones. */
    public TraffickingCase withSuspect(Suspect suspect) {
        ImmutableList<Suspect> all = ImmutableList.<Suspect>builder()
                .addAll(suspects).add(Objects.requireNonNull(suspect, "suspect")).build();
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, victims,
                all, route, statusHistory, management);
    }

    public TraffickingCase withRoute(Route route) {
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, victims,
                suspects, route, statusHistory, management);
    }

    /**
     * One step forward in criminal procedure on {@code on}, recorded in the history. Throws a
     * {@link id.gugus.error.ValidationException} with every broken rule: CASE-STATUS-TRANSITION for
     * a skip, a step back or any step after closing; CASE-CLOSING-REASON for closing this way (use
     * {@link #close}); CASE-PROSECUTION-ELEMENTS per victim with incomplete elements when moving
     * into prosecution or later; CASE-DATE-ORDER for a date before the report or the last change.
     */
    public TraffickingCase moveTo(CaseStatus next, LocalDate on) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(on, "on");
        ViolationCollector v = new ViolationCollector();
        if (!v.check(!status.canMoveTo(next), CaseRule.STATUS_TRANSITION, "status", status.ordinal(), next.ordinal())) {
            v.check(next == CaseStatus.CLOSED, CaseRule.CLOSING_REASON, "closingReason", 0);
        }
        v.addAll(CaseStatusRules.elementsFor(next, victims));
        checkStepDate(on, v);
        ValidationException.throwIfErrors(v.result());
        return step(next, on, null);
    }

    /** Closes the case from any open stage, with the reason (e.g. investigation stopped). */
    public TraffickingCase close(LocalDate on, String reason) {
        Objects.requireNonNull(on, "on");
        ViolationCollector v = new ViolationCollector();
        v.check(status == CaseStatus.CLOSED, CaseRule.STATUS_TRANSITION, "status", status.ordinal(),
                CaseStatus.CLOSED.ordinal());
        v.check(CaseStatusRules.isBlank(reason), CaseRule.CLOSING_REASON, "closingReason", 0);
        checkStepDate(on, v);
        ValidationException.throwIfErrors(v.result());
        return step(CaseStatus.CLOSED, on, reason);
    }

    public boolean hasChildVictim() {
        return victims.stream().anyMatch(Victim::wasChild);
    }

    /** Ids, number, area and status only: victims' and suspects' identities never show. */
    @Override
    public String toString() {
        return "TraffickingCase[id=" + id + ", version=" + version + ", number=" + number + ", registeredIn="
                + registeredIn + ", status=" + status + ", victims=" + victims.size() + ", suspects="
                + suspects.size() + "]";
    }

    private void checkStepDate(LocalDate on, ViolationCollector v) {
        LocalDate previous = statusHistory.isEmpty() ? null : statusHistory.get(statusHistory.size() - 1).on();
        CaseDates.statusChangeOrder(v, on, previous, reportedOn, "statusHistory[" + statusHistory.size() + "].on");
    }

    private TraffickingCase step(CaseStatus next, LocalDate on, String reason) {
        ImmutableList<StatusChange> history = ImmutableList.<StatusChange>builder()
                .addAll(statusHistory).add(new StatusChange(status, next, on, reason)).build();
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, next, reason, victims, suspects,
                route, history, management);
    }
}
