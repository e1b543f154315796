package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.cases.CaseId;
import id.gugus.cases.Exploitation;
import id.gugus.cases.LegalElements;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.Restitution;
import id.gugus.cases.Route;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectId;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The case the rows of one case number make: one victim per row, the suspects named on its rows
 * (one suspect per distinct name, with the roles of every row naming it), and which row each
 * victim and suspect came from, so that a rule broken at {@code victims[2].personal.nik} is
 * reported at the row and column the user has to fix.
 *
 * @param trafficking the case, version 0, as the register describes it
 * @param entries the rows of the case, in file order
 * @param victimRows the row of each victim, by index
 * @param suspectRows the first row naming each suspect, by index
 */
record RegisterCase(TraffickingCase trafficking, ImmutableList<RegisterEntry> entries,
        ImmutableList<Integer> victimRows, ImmutableList<Integer> suspectRows) {

    /** Builds the case from rows that were all read without problems. */
    static RegisterCase of(List<RegisterEntry> rows) {
        RegisterEntry first = rows.get(0);
        TraffickingCase c = new TraffickingCase(CaseId.random(), 0, first.number(), first.registeredIn(),
                first.reportedOn(), first.status(), first.closingReason(), ImmutableList.of(), ImmutableList.of(),
                route(rows), ImmutableList.of(), null);
        List<Victim> victims = new ArrayList<>();
        ImmutableList.Builder<Integer> victimRows = ImmutableList.builder();
        Map<String, SuspectDraft> suspects = new LinkedHashMap<>();
        for (RegisterEntry e : rows) {
            victims.add(victim(e));
            victimRows.add(e.row());
            if (e.suspectName() != null) {
                suspects.computeIfAbsent(e.suspectName().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT),
                        k -> new SuspectDraft(e)).roles.addAll(e.suspectRoles());
            }
        }
        c = c.withVictims(victims);
        ImmutableList.Builder<Integer> suspectRows = ImmutableList.builder();
        for (SuspectDraft s : suspects.values()) {
            c = c.withSuspect(s.build());
            suspectRows.add(s.first.row());
        }
        return new RegisterCase(c, ImmutableList.copyOf(rows), victimRows.build(), suspectRows.build());
    }

    private static Victim victim(RegisterEntry e) {
        Victim.Builder b = Victim.builder()
                .personal(e.personal())
                .sex(e.sex())
                .birthDate(e.birthDate())
                .age(e.age())
                .citizenship(e.citizenship())
                .origin(e.origin())
                .traffickedOn(e.traffickedOn())
                .elements(new LegalElements(e.acts(), e.means(), e.purposes()))
                .exploitation(new Exploitation(null, null, null, e.destination()))
                .recruitedThrough(e.channel(), e.platform());
        if (e.restitution() != null) {
            b.restitution(Restitution.claim(e.restitutionHead(), e.restitution()));
        }
        return b.build();
    }

    /** Exploited abroad in one country for every victim: that country is the case's destination. */
    private static Route route(List<RegisterEntry> rows) {
        if (rows.stream().anyMatch(e -> e.destination() == null)) {
            return Route.UNKNOWN;
        }
        ImmutableSet<CountryCode> destinations = rows.stream().map(RegisterEntry::destination)
                .collect(ImmutableSet.toImmutableSet());
        if (destinations.size() == 1 && !destinations.contains(CountryCode.INDONESIA)) {
            return new Route(null, ImmutableList.of(), Place.abroad(destinations.iterator().next()));
        }
        return Route.UNKNOWN;
    }

    /** The row of the case itself: its first. */
    int firstRow() {
        return entries.get(0).row();
    }

    /** The row with that number. */
    RegisterEntry entry(int row) {
        return entries.stream().filter(e -> e.row() == row).findFirst().orElse(entries.get(0));
    }

    /**
     * The column that would complete a victim's incomplete legal elements: the acts, else the
     * purposes, else (an adult's) the means.
     */
    static RegisterColumn elementColumn(RegisterEntry e, boolean child) {
        if (e.acts().isEmpty()) {
            return RegisterColumn.PROSES;
        }
        if (e.purposes().isEmpty() || child) {
            return RegisterColumn.JENIS_EKSPLOITASI;
        }
        return RegisterColumn.CARA;
    }

    /** A suspect as its rows describe it: the first row's name and kind, every row's roles. */
    private static final class SuspectDraft {
        final RegisterEntry first;
        final ImmutableSet.Builder<SuspectRole> roles = ImmutableSet.builder();

        SuspectDraft(RegisterEntry first) {
            this.first = Objects.requireNonNull(first);
        }

        Suspect build() {
            return new Suspect(SuspectId.random(), first.suspectKind(), PersonalData.named(first.suspectName()),
                    roles.build(), null);
        }
    }

    @Override
    public String toString() {
        return "RegisterCase[" + trafficking + "]";
    }
}
