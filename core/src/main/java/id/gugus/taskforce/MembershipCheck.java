package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.AgencyId;
import id.gugus.validation.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** TF-SUBTASKFORCE and TF-MEMBER: one sub-task force per cluster, each agency a member once. */
final class MembershipCheck {
    private MembershipCheck() {}

    static void check(TaskForce taskForce, ImmutableList.Builder<Violation> out) {
        Map<Cluster, Integer> clusters = new HashMap<>();
        List<SubTaskForce> subs = taskForce.subTaskForces();
        for (int i = 0; i < subs.size(); i++) {
            Integer first = clusters.putIfAbsent(subs.get(i).cluster(), i);
            if (first != null) {
                out.add(duplicateCluster(subs.get(i).cluster(), i, first));
            }
        }
        Map<AgencyId, Integer> agencies = new HashMap<>();
        List<Member> members = taskForce.members();
        for (int i = 0; i < members.size(); i++) {
            Integer first = agencies.putIfAbsent(members.get(i).agency(), i);
            if (first != null) {
                out.add(duplicateMember(members.get(i).agency(), i, first));
            }
        }
    }

    static Violation duplicateCluster(Cluster cluster, int index, int first) {
        return Labels.violation(TaskForceRule.SUBTASKFORCE, "subTaskForces[" + index + "].cluster",
                locale -> new Object[] {Labels.of("cluster", cluster, locale), String.valueOf(first)});
    }

    static Violation duplicateMember(AgencyId agency, int index, int first) {
        return Labels.violation(TaskForceRule.MEMBER, "members[" + index + "].agency",
                locale -> new Object[] {agency.toString(), String.valueOf(first)});
    }
}
