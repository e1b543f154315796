package id.gugus.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.common.Period;
import id.gugus.common.Texts;
import id.gugus.taskforce.Cluster;
import java.math.BigDecimal;
import java.util.Objects;

/** One activity of an action plan (DESIGN §6). */
public record Activity(
        String title,
        Cluster cluster,
        AgencyId responsible,
        ImmutableSet<TargetGroup> targetGroups,
        Indicator indicator,
        Period schedule,
        Budget budget,
        ImmutableList<ProgressReport> progress) {
    public Activity {
        Texts.required(title, "activity.title", Texts.SHORT);
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(responsible, "responsible");
        targetGroups = ImmutableSet.copyOf(Objects.requireNonNull(targetGroups, "targetGroups"));
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(budget, "budget");
        progress = ImmutableList.copyOf(Objects.requireNonNull(progress, "progress"));
    }

    /** Sum of realised values over every progress report. */
    public BigDecimal realised() {
        return progress.stream().map(ProgressReport::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
