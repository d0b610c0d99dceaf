package dev.orderflow.deploy;

import java.util.Set;
import java.util.TreeSet;

import dev.orderflow.infrastructure.KafkaAccess;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./orderflow up --secure} grants the services' Kafka users their rights with {@code KafkaAccess} (module
 * infrastructure, the one source of the local ACLs); {@code deploy/kubernetes/users.yaml} grants them on a Strimzi
 * cluster. Both must name the same principals with the same rights on the same topics and groups, so that what runs
 * locally in secure mode is what runs in Kubernetes.
 */
class LocalKafkaAccessTest {

	private final Manifests manifests = Manifests.load();

	@Test
	void theKubernetesUsersAreTheLocalUsers() {
		Set<String> kubernetes = new TreeSet<>(manifests.of(KafkaUser.class).stream()
			.map(user -> user.getMetadata().getName()).toList());

		assertThat(kubernetes).isEqualTo(new TreeSet<>(KafkaAccess.USERS));
	}

	@Test
	void eachUserHasTheSameRightsOnTheSameTopicsAndGroupsLocallyAsInKubernetes() {
		for (String user : KafkaAccess.USERS) {
			assertThat(KafkaUserGrants.of(manifests, user)).as(user + ": users.yaml (actual) against KafkaAccess (expected)")
				.isNotEmpty()
				.isEqualTo(local(user));
		}
	}

	/** What {@code KafkaAccess} adds to the local broker, written as {@link KafkaUserGrants} writes users.yaml's. */
	private static Set<String> local(String user) {
		Set<String> grants = new TreeSet<>();
		for (AclBinding acl : KafkaAccess.acls(user)) {
			assertThat(acl.entry().principal()).isEqualTo("User:" + user);
			assertThat(acl.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
			assertThat(acl.entry().host()).isEqualTo("*");
			assertThat(acl.pattern().patternType()).isEqualTo(PatternType.LITERAL);
			grants.add(KafkaUserGrants.grant(acl.pattern().resourceType().name().toLowerCase(), acl.pattern().name(),
					acl.entry().operation().name().replace("_", "")));
		}
		return grants;
	}

}
