package dev.orderflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class SharedInfrastructureTest {

    @Test
    void concurrentFirstUsersAllGetTheSameRunningServers() throws Exception {
        List<CompletableFuture<String>> addresses = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> SharedInfrastructure.jdbcUrl() + " " + SharedInfrastructure.kafkaBootstrapServers(),
                        CompletableFuture.delayedExecutor(0, TimeUnit.MILLISECONDS)))
                .toList();

        assertThat(addresses.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        try (Connection connection = DriverManager.getConnection(
                SharedInfrastructure.jdbcUrl(), SharedInfrastructure.username(), SharedInfrastructure.password());
             Statement statement = connection.createStatement();
             ResultSet fsync = statement.executeQuery("SHOW fsync")) {
            fsync.next();
            assertThat(fsync.getString(1)).isEqualTo("off");
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void uniqueNamesNeverRepeatAndSuitSchemasTopicsAndGroups() {
        List<String> names = IntStream.range(0, 100).parallel()
                .mapToObj(i -> SharedInfrastructure.uniqueName("shipping"))
                .toList();

        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("shipping_t\\d+"));
    }

    @Test
    void uniqueNameRejectsPrefixesThatAreNotPlainLowercaseIdentifiers() {
        assertThatThrownBy(() -> SharedInfrastructure.uniqueName("Shipping")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedInfrastructure.uniqueName("9lives")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SharedInfrastructure.uniqueName("order-service")).isInstanceOf(IllegalArgumentException.class);
    }
}
