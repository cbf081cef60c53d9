package uk.reviewhub.ui.membership;

import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.ui.backend.Backend;

import java.util.UUID;

/** A review group's members, as the signed-in user. */
@Singleton
public class MembershipClient {

    private final Backend backend;

    MembershipClient(Backend backend) {
        this.backend = backend;
    }

    public GroupMembershipView members(UUID groupId) {
        return backend.get(ApiPaths.GROUP_MEMBERS.replace("{groupId}", groupId.toString()), GroupMembershipView.class);
    }
}
