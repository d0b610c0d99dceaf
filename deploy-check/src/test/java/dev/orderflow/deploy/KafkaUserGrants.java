package dev.orderflow.deploy;

import java.util.Set;
import java.util.TreeSet;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a {@code KafkaUser} of {@code users.yaml} is granted, one {@code topic order READ} per operation, so the checks
 * compare rights as plain strings. Only allow rules on literal topic and group names exist here: anything else
 * (a prefix, a deny, a cluster right) fails the check that reads it, since no code needs it.
 */
final class KafkaUserGrants {

	private KafkaUserGrants() {
	}

	static Set<String> of(Manifests manifests, String user) {
		Set<String> grants = new TreeSet<>();
		var authorization = (KafkaUserAuthorizationSimple) manifests.get(KafkaUser.class, user).getSpec()
			.getAuthorization();
		for (AclRule rule : authorization.getAcls()) {
			assertThat(rule.getType()).as(user + "'s rule on " + rule.getResource()).isIn(null, AclRuleType.ALLOW);
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
				throw new AssertionError(user + " is granted " + rule.getResource().getType() + ", which no code needs");
			}
			assertThat(pattern).as(user + "'s rule on " + name).isEqualTo(AclResourcePatternType.LITERAL);
			rule.getOperations().forEach(operation -> grants.add(grant(rule.getResource().getType(), name,
					operation.name())));
		}
		return grants;
	}

	static String grant(String type, String name, String operation) {
		return type + " " + name + " " + operation.toUpperCase();
	}

}
