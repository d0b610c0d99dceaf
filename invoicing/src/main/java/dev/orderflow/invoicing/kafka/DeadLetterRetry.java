package dev.orderflow.invoicing.kafka;

import dev.orderflow.invoicing.IssueInvoice;
import dev.orderflow.invoicing.events.OrderToInvoice;
import dev.orderflow.kafka.consumer.deadletters.DeadLetterProcessor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An admin's retry of a dead letter takes the listener's path: the same conversion, the same use case, so a retried
 * order is invoiced once however often it arrives.
 */
@Component
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
class DeadLetterRetry implements DeadLetterProcessor<OrderToInvoice> {

	private final IssueInvoice issueInvoice;

	DeadLetterRetry(IssueInvoice issueInvoice) {
		this.issueInvoice = issueInvoice;
	}

	@Override
	public Class<OrderToInvoice> valueType() {
		return OrderToInvoice.class;
	}

	@Override
	public void process(OrderToInvoice order) {
		issueInvoice.issue(OrderCreatedListener.toInvoice(order));
	}

}
