package dev.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class KafkaAccessTest {

    @Test
    void onlyTheOrderServiceMayWriteTheOrderTopics() {
        for (String consumer : KafkaAccess.CONSUMERS) {
            assertThat(KafkaAccess.acls(consumer))
                    .filteredOn(acl -> acl.pattern().resourceType() == ResourceType.TOPIC
                            && acl.entry().operation() == AclOperation.WRITE)
                    .extracting(acl -> acl.pattern().name())
                    .containsExactly("order." + consumer + ".dlt");
        }
        assertThat(names(KafkaAccess.acls("order"), ResourceType.TOPIC, AclOperation.WRITE))
                .containsExactlyInAnyOrder("order", "order-schemas", "order-state");
    }

    @Test
    void eachConsumerReadsOnlyInItsOwnGroups() {
        assertThat(names(KafkaAccess.acls("shipping"), ResourceType.GROUP, AclOperation.READ))
                .containsExactlyInAnyOrder("shipping", "shipping-dead-letters");
        assertThat(names(KafkaAccess.acls("bonus"), ResourceType.GROUP, AclOperation.READ))
                .containsExactlyInAnyOrder("bonus", "bonus-dead-letters");
        assertThat(names(KafkaAccess.acls("order"), ResourceType.GROUP, AclOperation.READ)).isEmpty();
    }

    @Test
    void everyAclAllowsOneNamedUserAndAUserThatIsNoServiceGetsNone() {
        assertThat(KafkaAccess.acls("order")).allSatisfy(acl -> {
            assertThat(acl.entry().principal()).isEqualTo("User:order");
            assertThat(acl.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
        });
        assertThat(KafkaAccess.acls("admin")).isEmpty();
        assertThat(KafkaAccess.acls("stranger")).isEmpty();
    }

    private static List<String> names(List<AclBinding> acls, ResourceType type, AclOperation operation) {
        return acls.stream()
                .filter(acl -> acl.pattern().resourceType() == type && acl.entry().operation() == operation)
                .map(acl -> acl.pattern().name())
                .toList();
    }
}
