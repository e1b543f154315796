package id.gugus.taskforce;

import com.google.common.collect.ImmutableSet;

/**
 * Which office holds which seat of a task force, by level, under Presidential Regulation 49/2023
 * (docs/task-forces.md). Positions are public offices, not persons: they may appear in messages.
 */
public final class RequiredOffices {
    private RequiredOffices() {}

    /** Ketua: either coordinating minister nationally (Ketua I and II), else the regional head. */
    public static ImmutableSet<Position> chair(TaskForceLevel level) {
        return switch (level) {
            case NATIONAL -> ImmutableSet.of(
                    Position.COORDINATING_MINISTER_POLITICS_LAW_SECURITY,
                    Position.COORDINATING_MINISTER_HUMAN_DEVELOPMENT_CULTURE);
            case PROVINCE -> ImmutableSet.of(Position.GOVERNOR);
            case REGENCY -> ImmutableSet.of(Position.REGENT);
            case CITY -> ImmutableSet.of(Position.MAYOR);
        };
    }

    /**
     * Ketua harian: the police chief of the level. A regency or city is served by a Polres or a
     * Polresta (a Polrestabes in metropolitan cities), whichever the police have formed there, so any of those chiefs qualifies.
     */
    public static ImmutableSet<Position> dailyChair(TaskForceLevel level) {
        return switch (level) {
            case NATIONAL -> ImmutableSet.of(Position.KAPOLRI);
            case PROVINCE -> ImmutableSet.of(Position.KAPOLDA);
            case REGENCY, CITY -> ImmutableSet.of(Position.KAPOLRES, Position.KAPOLRESTA, Position.KAPOLRESTABES);
        };
    }

    /**
     * Who signs the forming decree: the governor (SK Gubernur), regent (SK Bupati) or mayor
     * (SK Wali Kota). The national task force is formed by a Presidential Regulation; the
     * President is not a {@link Position}, so it is recorded as {@link Position#OTHER}.
     */
    public static ImmutableSet<Position> decreeSignatory(TaskForceLevel level) {
        return switch (level) {
            case NATIONAL -> ImmutableSet.of(Position.OTHER);
            case PROVINCE -> ImmutableSet.of(Position.GOVERNOR);
            case REGENCY -> ImmutableSet.of(Position.REGENT);
            case CITY -> ImmutableSet.of(Position.MAYOR);
        };
    }
}
