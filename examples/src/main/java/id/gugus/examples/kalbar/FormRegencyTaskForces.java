package id.gugus.examples.kalbar;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.ComplianceCheck;
import id.gugus.taskforce.Member;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.SubTaskForce;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Step 3: a task force in each of the 14 regencies and cities, under the provincial one: the
 * Bupati chairs a kabupaten's, the Wali Kota a kota's, and the resort police chief is the daily
 * chair (Regulation 49/2023). Each regent or mayor signs the decree on the day in
 * {@link Regencies}; two decrees are still unsigned.
 */
final class FormRegencyTaskForces {
    private FormRegencyTaskForces() {}

    static List<TaskForce> run(GugusStore store, TaskForce provincial, KalbarAgencies agencies, Console out) {
        out.step("The 14 regency and city task forces under it");
        ImmutableList.Builder<TaskForce> all = ImmutableList.builder();
        int found = 0;
        for (Jurisdiction area : KalbarAreas.regencies(store)) {
            Optional<TaskForce> stored = store.taskForces().activeFor(area.code());
            if (stored.isPresent()) {
                found++;
            }
            Optional<Saved<TaskForce>> saved = stored.isPresent() ? Optional.empty()
                    : Optional.of(store.taskForces().save(form(area, provincial, agencies)));
            TaskForce tf = stored.orElseGet(() -> saved.get().stored());
            all.add(tf);
            out.line("%-6s %-26s chair %-10s daily chair %-11s %-12s %s", area.code(), area.name(),
                    Offices.label(tf.chair().position()), Offices.label(tf.dailyChair().position()),
                    Offices.label(tf.status()), decree(tf));
            saved.ifPresent(out::warnings);
        }
        List<TaskForce> formed = all.build();
        long established = formed.stream().filter(tf -> tf.status() == TaskForceStatus.ESTABLISHED).count();
        out.line("%d task forces%s: %d established, %d waiting for the regent's or mayor's signature; "
                + "compliant composition: %d of %d", formed.size(), found == 0 ? " formed" : " (" + found
                + " found stored)", established, formed.size() - established,
                formed.stream().filter(ComplianceCheck::isCompliant).count(), formed.size());
        return formed;
    }

    private static TaskForce form(Jurisdiction area, TaskForce provincial, KalbarAgencies agencies) {
        Regencies.Seat seat = Regencies.seat(area.code());
        KalbarAgencies.Local local = agencies.of(area.code());
        Official head = Offices.regionalHead(area);
        TaskForce tf = TaskForce.propose("Gugus Tugas PP-TPPO " + area.name(), area.code(), head,
                        Offices.policeChief(area, seat), provincial.id())
                .withMember(new Member(local.dinasPppa(), Official.of(Position.OTHER, "Kepala Dinas PPPA")))
                .withMember(new Member(local.police(), Official.of(Position.OTHER, "Kepala Satuan Reserse Kriminal")))
                .withSubTaskForce(new SubTaskForce(Cluster.PREVENTION, local.dinasPppa()))
                .withSubTaskForce(new SubTaskForce(Cluster.LAW_ENFORCEMENT, local.police()))
                .draftDecree(decreeNumber(area, seat));
        Optional<LocalDate> signedOn = seat.signedOn();
        return signedOn.isPresent() ? tf.establish(signedOn.get(), head) : tf;
    }

    private static String decreeNumber(Jurisdiction area, Regencies.Seat seat) {
        String head = KalbarAreas.isCity(area.code()) ? "Wali Kota " : "Bupati ";
        int year = seat.signedOn().map(LocalDate::getYear).orElse(2024);
        return "Keputusan " + head + KalbarAreas.shortName(area) + " Nomor 400.10/" + seat.decreeSerial()
                + "/DPPPA/" + year;
    }

    private static String decree(TaskForce tf) {
        return tf.decree() != null && tf.decree().isSigned() ? "SK signed " + tf.decree().date() : "SK not yet signed";
    }
}
