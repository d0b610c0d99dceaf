package dev.orderflow.deploy;

import java.util.Set;
import java.util.TreeSet;

import dev.orderflow.infrastructure.KafkaAccess;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;
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
			assertThat(kubernetes(user)).as(user + ": users.yaml (actual) against KafkaAccess (expected)")
				.isNotEmpty()
				.isEqualTo(local(user));
		}
	}

	/** {@code topic order READ}: what one literal ALLOW rule of users.yaml grants. */
	private Set<String> kubernetes(String user) {
		Set<String> grants = new TreeSet<>();
		KafkaUser kafkaUser = manifests.get(KafkaUser.class, user);
		for (AclRule rule : ((KafkaUserAuthorizationSimple) kafkaUser.getSpec().getAuthorization()).getAcls()) {
			assertThat(rule.getType()).as(user + "'s rule on " + rule.getResource())
				.isIn(null, AclRuleType.ALLOW);
			String name;
			AclResourcePatternType pattern;
			if (rule.getResource() instanceof AclRuleTopicResource topic) {
				name = topic.getName();
				pattern = topic.getPatternType();
			}
			else if (rule.getResource() instanceof AclRuleGroupResource group) {
				name = group.getName();
				pattern = group.getPatternType();
			}
			else {
				throw new AssertionError(user + " is granted " + rule.getResource().getType() + ", which KafkaAccess is not");
			}
			assertThat(pattern).as(user + "'s rule on " + name).isEqualTo(AclResourcePatternType.LITERAL);
			rule.getOperations().forEach(operation -> grants.add(
					rule.getResource().getType() + " " + name + " " + operation.name().toUpperCase()));
		}
		return grants;
	}

	/** The same, of what {@code KafkaAccess} adds to the local broker. */
	private static Set<String> local(String user) {
		Set<String> grants = new TreeSet<>();
		for (AclBinding acl : KafkaAccess.acls(user)) {
			assertThat(acl.entry().principal()).isEqualTo("User:" + user);
			assertThat(acl.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
			assertThat(acl.entry().host()).isEqualTo("*");
			assertThat(acl.pattern().patternType()).isEqualTo(PatternType.LITERAL);
			grants.add(acl.pattern().resourceType().name().toLowerCase() + " " + acl.pattern().name() + " "
					+ acl.entry().operation().name().replace("_", ""));
		}
		return grants;
	}

}
