package id.gugus.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
import id.gugus.common.Texts;
import id.gugus.taskforce.Cluster;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/** One activity of an action plan (docs/action-plans.md). */
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

    /** Starts an activity; indicator, schedule and budget are required before {@code build()}. */
    public static Builder builder(String title, Cluster cluster, AgencyId responsible) {
        return new Builder(title, cluster, responsible);
    }

    /** Sum of realised values over every progress report. */
    public BigDecimal realised() {
        return progress.stream().map(ProgressReport::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Activity withProgress(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        return new Activity(title, cluster, responsible, targetGroups, indicator, schedule, budget,
                ImmutableList.<ProgressReport>builder().addAll(progress).add(report).build());
    }

    /** Builds an activity step by step; the record's constructor checks the result. */
    public static final class Builder {
        private final String title;
        private final Cluster cluster;
        private final AgencyId responsible;
        private final ImmutableSet.Builder<TargetGroup> targetGroups = ImmutableSet.builder();
        private final ImmutableList.Builder<ProgressReport> progress = ImmutableList.builder();
        private Indicator indicator;
        private Period schedule;
        private Budget budget;

        private Builder(String title, Cluster cluster, AgencyId responsible) {
            this.title = title;
            this.cluster = cluster;
            this.responsible = responsible;
        }

        public Builder targetGroups(TargetGroup... groups) {
            targetGroups.addAll(Arrays.asList(groups));
            return this;
        }

        public Builder indicator(Indicator indicator) {
            this.indicator = indicator;
            return this;
        }

        /** E.g. {@code indicator("Students reached by outreach", "person", 5000)}. */
        public Builder indicator(String description, String unit, long target) {
            return indicator(Indicator.of(description, unit, target));
        }

        public Builder schedule(Period schedule) {
            this.schedule = schedule;
            return this;
        }

        public Builder budget(Budget budget) {
            this.budget = budget;
            return this;
        }

        public Builder budget(long rupiah, FundingSource source) {
            return budget(new Budget(Rupiah.of(rupiah), source));
        }

        public Builder progress(ProgressReport... reports) {
            progress.addAll(Arrays.asList(reports));
            return this;
        }

        public Activity build() {
            return new Activity(title, cluster, responsible, targetGroups.build(), indicator, schedule, budget,
                    progress.build());
        }
    }
}
