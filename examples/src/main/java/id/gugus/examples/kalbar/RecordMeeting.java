package id.gugus.examples.kalbar;

import id.gugus.agency.AgencyId;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.Decision;
import id.gugus.meeting.FollowUp;
import id.gugus.meeting.FollowUpState;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import id.gugus.taskforce.TaskForce;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Step 5: the coordination meeting (rakor) the provincial task force held after Regulation
 * 49/2023, its decisions and their follow-ups: Dinas PPPA drafts the decree and writes the RAD
 * with the regional police (both done), the regencies form their task forces (not done by its
 * due date: overdue on the scenario's today).
 */
final class RecordMeeting {
    static final String TITLE = "Rapat koordinasi Gugus Tugas PP-TPPO Provinsi Kalimantan Barat: "
            + "tindak lanjut Perpres 49/2023";
    static final LocalDate DATE = LocalDate.of(2023, 9, 14);

    private static final EnumSet<ProvincialAgency> PARTICIPANTS = EnumSet.of(ProvincialAgency.GOVERNMENT,
            ProvincialAgency.DINAS_PPPA, ProvincialAgency.POLDA, ProvincialAgency.MANPOWER,
            ProvincialAgency.IMMIGRATION, ProvincialAgency.BP3MI, ProvincialAgency.SOCIAL_AFFAIRS,
            ProvincialAgency.PLANNING);

    private RecordMeeting() {}

    static CoordinationMeeting run(GugusStore store, TaskForce host, KalbarAgencies agencies, Console out) {
        out.step("The coordination meeting (rakor) and its follow-ups");
        Optional<CoordinationMeeting> found = store.meetings().hostedBy(host.id()).stream()
                .filter(m -> m.title().equals(TITLE))
                .findFirst();
        Optional<Saved<CoordinationMeeting>> saved = found.isPresent() ? Optional.empty()
                : Optional.of(store.meetings().save(record(host, agencies)));
        CoordinationMeeting meeting = found.orElseGet(() -> saved.get().stored());
        out.line("%s, %s (%s): %d participating agencies, %d decisions", meeting.date(), meeting.venue(),
                found.isPresent() ? "found stored" : "recorded", meeting.participants().size(),
                meeting.decisions().size());
        saved.ifPresent(out::warnings);
        LocalDate today = LocalDate.now(store.clock());
        int n = 0;
        for (Decision d : meeting.decisions()) {
            n++;
            if (!d.hasFollowUp()) {
                out.line("%d. %s", n, d.text());
                continue;
            }
            FollowUp f = d.followUp();
            FollowUpState state = f.stateOn(today);
            out.line("%d. %s (due %s): %s", n, f.task(), f.due(), switch (state) {
                case DONE -> "done " + f.doneOn();
                case OPEN -> "open";
                case OVERDUE -> "OVERDUE on " + today;
            });
        }
        return meeting;
    }

    private static CoordinationMeeting record(TaskForce host, KalbarAgencies agencies) {
        List<AgencyId> participants = PARTICIPANTS.stream().map(agencies::get).toList();
        CoordinationMeeting meeting = CoordinationMeeting.record(TITLE, DATE,
                        "Aula Kantor Gubernur Kalimantan Barat, Pontianak", host.id(), participants)
                .withDecision("Gugus Tugas provinsi dibentuk ulang sesuai Perpres 49/2023 dengan Kapolda "
                                + "sebagai ketua harian",
                        "Dinas PPPA menyusun rancangan SK Gubernur pembentukan ulang Gugus Tugas",
                        agencies.get(ProvincialAgency.DINAS_PPPA), LocalDate.of(2023, 10, 31))
                .withDecision("RAD PP-TPPO 2020-2024 disusun mengacu pada RAN (Perpres 19/2023)",
                        "Dinas PPPA menyusun RAD bersama Polda Kalimantan Barat",
                        agencies.get(ProvincialAgency.DINAS_PPPA), LocalDate.of(2024, 2, 29))
                .withDecision("Setiap kabupaten dan kota membentuk Gugus Tugas dengan Kapolres sebagai ketua harian",
                        "Kabupaten dan kota menetapkan SK Gugus Tugas masing-masing",
                        agencies.get(ProvincialAgency.GOVERNMENT), LocalDate.of(2024, 6, 30))
                .withDecision("Rapat mencatat laporan keluarga tentang warga yang berangkat ke Kamboja melalui "
                        + "lowongan kerja daring");
        // The minutes record what was done by the scenario's today; the third follow-up never was.
        FollowUp decree = meeting.followUps().get(0);
        FollowUp rad = meeting.followUps().get(1);
        return meeting.markDone(decree.id(), FormProvincialTaskForce.NEW_DECREE_DRAFTED)
                .markDone(rad.id(), LocalDate.of(2024, 2, 20));
    }
}
