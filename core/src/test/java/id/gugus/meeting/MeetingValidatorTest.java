package id.gugus.meeting;

import static id.gugus.meeting.MeetingFixtures.BP3MI;
import static id.gugus.meeting.MeetingFixtures.FOLLOW_UP_1;
import static id.gugus.meeting.MeetingFixtures.IMIGRASI;
import static id.gugus.meeting.MeetingFixtures.MEETING_DAY;
import static id.gugus.meeting.MeetingFixtures.POLDA;
import static id.gugus.meeting.MeetingFixtures.followUp;
import static id.gugus.meeting.MeetingFixtures.rakor;
import static id.gugus.meeting.MeetingFixtures.withFollowUps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.validation.RuleMessages;
import id.gugus.validation.Severity;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Every rule of {@link MeetingRule}: a meeting that keeps it and one that breaks it, with both messages. */
class MeetingValidatorTest {

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertViolations(Violations v) {
        return assertThat(v.all()).extracting(
                Violation::ruleId, Violation::severity, Violation::path, Violation::messageId, Violation::messageEn);
    }

    @Test
    void aMeetingWithoutDecisionsOrWithSoundFollowUpsHasNoViolation() {
        assertThat(MeetingValidator.validate(rakor()).all()).isEmpty();
        CoordinationMeeting m = rakor()
                .withDecision("Laporan Polda tentang 70 korban diterima")
                .withDecision("Pendataan korban asal Kalimantan Barat", "Menyusun data korban per kabupaten/kota", POLDA,
                        MEETING_DAY.plusDays(14));
        assertThat(MeetingValidator.validate(m).all()).isEmpty();
    }

    @Test
    void aFollowUpDueOnTheMeetingDayPasses() {
        CoordinationMeeting m = withFollowUps(rakor(), followUp(FOLLOW_UP_1, POLDA, MEETING_DAY, null));
        assertThat(MeetingValidator.validate(m).contains("MEETING-FOLLOWUP-DUE")).isFalse();
    }

    @Test
    void aFollowUpDueBeforeTheMeetingFails() {
        CoordinationMeeting m = withFollowUps(rakor().withDecision("Catatan"),
                followUp(FOLLOW_UP_1, POLDA, MEETING_DAY.minusDays(1), null));
        assertViolations(MeetingValidator.validate(m)).containsExactly(tuple(
                "MEETING-FOLLOWUP-DUE", Severity.ERROR, "decisions[1].followUp.due",
                "Tindak lanjut jatuh tempo pada 2024-03-04, sebelum rapat tanggal 2024-03-05 yang memutuskannya.",
                "The follow-up is due on 2024-03-04, before the meeting of 2024-03-05 that decided it."));
    }

    @Test
    void aFollowUpDoneOnTheMeetingDayPasses() {
        CoordinationMeeting m = withFollowUps(rakor(), followUp(FOLLOW_UP_1, POLDA, MEETING_DAY.plusDays(7), MEETING_DAY));
        assertThat(MeetingValidator.validate(m).all()).isEmpty();
    }

    @Test
    void aFollowUpDoneBeforeTheMeetingFails() {
        CoordinationMeeting m = withFollowUps(rakor(), followUp(FOLLOW_UP_1, POLDA, MEETING_DAY.plusDays(7), MEETING_DAY.minusDays(3)));
        assertViolations(MeetingValidator.validate(m)).containsExactly(tuple(
                "MEETING-FOLLOWUP-DONE", Severity.ERROR, "decisions[0].followUp.doneOn",
                "Tindak lanjut dicatat selesai pada 2024-03-02, sebelum rapat tanggal 2024-03-05 yang memutuskannya.",
                "The follow-up is recorded as done on 2024-03-02, before the meeting of 2024-03-05 that decided it."));
    }

    @Test
    void anAssigneeWhoTookPartPasses() {
        CoordinationMeeting m = rakor().withDecision("Pemulangan", "Mengoordinasikan pemulangan korban", BP3MI, MEETING_DAY.plusDays(30));
        assertThat(MeetingValidator.validate(m).all()).isEmpty();
    }

    @Test
    void anAssigneeWhoWasNotThereIsAWarning() {
        CoordinationMeeting m = withFollowUps(rakor(), followUp(FOLLOW_UP_1, IMIGRASI, MEETING_DAY.plusDays(30), null));
        Violations v = MeetingValidator.validate(m);
        assertViolations(v).containsExactly(tuple(
                "MEETING-ASSIGNEE", Severity.WARNING, "decisions[0].followUp.assignee",
                "Tindak lanjut ditugaskan kepada instansi 00000000-0000-4000-8000-0000000000a4 yang tidak ikut serta dalam rapat.",
                "The follow-up is assigned to agency 00000000-0000-4000-8000-0000000000a4, which did not take part in the meeting."));
        assertThat(v.hasErrors()).isFalse();
    }

    @Test
    void distinctFollowUpIdsPass() {
        CoordinationMeeting m = withFollowUps(rakor(), followUp(FOLLOW_UP_1, POLDA, MEETING_DAY, null),
                followUp(FollowUpId.random(), POLDA, MEETING_DAY, null));
        assertThat(MeetingValidator.validate(m).all()).isEmpty();
    }

    @Test
    void aRepeatedFollowUpIdFailsOnEachRepeat() {
        CoordinationMeeting m = withFollowUps(rakor(), followUp(FOLLOW_UP_1, POLDA, MEETING_DAY, null),
                followUp(FOLLOW_UP_1, BP3MI, MEETING_DAY, null), followUp(FOLLOW_UP_1, POLDA, MEETING_DAY, null));
        assertViolations(MeetingValidator.validate(m)).containsExactly(
                tuple("MEETING-FOLLOWUP-ID", Severity.ERROR, "decisions[1].followUp.id",
                        "ID tindak lanjut 00000000-0000-4000-8000-0000000000f1 sudah dipakai oleh keputusan nomor 1 dalam rapat ini.",
                        "Follow-up id 00000000-0000-4000-8000-0000000000f1 is already used by decision 1 of this meeting."),
                tuple("MEETING-FOLLOWUP-ID", Severity.ERROR, "decisions[2].followUp.id",
                        "ID tindak lanjut 00000000-0000-4000-8000-0000000000f1 sudah dipakai oleh keputusan nomor 1 dalam rapat ini.",
                        "Follow-up id 00000000-0000-4000-8000-0000000000f1 is already used by decision 1 of this meeting."));
    }

    @Test
    void everyViolationIsReportedTogether() {
        CoordinationMeeting m = withFollowUps(rakor(),
                followUp(FOLLOW_UP_1, IMIGRASI, MEETING_DAY.minusDays(2), MEETING_DAY.minusDays(1)),
                followUp(FOLLOW_UP_1, POLDA, MEETING_DAY, null));
        assertThat(MeetingValidator.validate(m).all()).extracting(Violation::ruleId, Violation::path).containsExactly(
                tuple("MEETING-FOLLOWUP-DUE", "decisions[0].followUp.due"),
                tuple("MEETING-FOLLOWUP-DONE", "decisions[0].followUp.doneOn"),
                tuple("MEETING-ASSIGNEE", "decisions[0].followUp.assignee"),
                tuple("MEETING-FOLLOWUP-ID", "decisions[1].followUp.id"));
    }

    @Test
    void everyRuleHasAMessageInBothLanguages() {
        for (MeetingRule rule : MeetingRule.values()) {
            assertThat(RuleMessages.format(rule, RuleMessages.INDONESIAN, "a", "b"))
                    .as(rule.id()).isNotBlank().isNotEqualTo(RuleMessages.format(rule, Locale.ENGLISH, "a", "b"));
            assertThat(rule.id()).startsWith("MEETING-");
        }
    }
}
