package dev.orderflow.kafka.consumer.deadletters;

/** A dead letter is the record at this place of the topic; the page's forms send these three fields. */
public record DeadLetterId(String topic, int partition, long offset) {

	/** As Kafka's tools write it, e.g. {@code order-2@17}. */
	@Override
	public String toString() {
		return topic + "-" + partition + "@" + offset;
	}

}
