package dev.orderflow.kafka.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterRecovererTest {

	private final ConsumerRecord<String, String> record = new ConsumerRecord<>("order", 0, 7, "7created", "{}");

	@Test
	void aDeadLetterNamesTheExceptionThatMadeTheRecordFailNotTheBatchListenersWrapper() {
		UnprocessableRecordException cause = new UnprocessableRecordException("no lines");
		Exception thrown = new ListenerExecutionFailedException("listener failed", "shipping",
				new BatchListenerFailedException("no lines", cause, record));

		Exception named = DeadLetterRecoverer.withoutBatchWrapper(thrown);

		assertThat(named).isInstanceOf(ListenerExecutionFailedException.class).hasCause(cause);
		assertThat(((ListenerExecutionFailedException) named).getGroupId()).isEqualTo("shipping");
	}

	@Test
	void anExceptionOfARecordListenerIsNamedAsItIs() {
		Exception thrown = new ListenerExecutionFailedException("listener failed", "shipping",
				new UnprocessableRecordException("no lines"));

		assertThat(DeadLetterRecoverer.withoutBatchWrapper(thrown)).isSameAs(thrown);
	}

}
