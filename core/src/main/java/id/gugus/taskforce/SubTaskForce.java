package id.gugus.taskforce;

import id.gugus.agency.AgencyId;
import java.util.Objects;

/** A working group for one cluster, coordinated by one agency. */
public record SubTaskForce(Cluster cluster, AgencyId coordinator) {
    public SubTaskForce {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(coordinator, "coordinator");
    }
}
