package dev.orderflow.e2e;

/** Order requests for the seeded catalog, each with two lines of different items. */
public final class SampleOrders {

	private SampleOrders() {
	}

	/** Orders differ in customer, items and counts, so totals differ too. */
	public static String order(int i) {
		return order(i, 5);
	}

	/** Like {@link #order(int)}, with the first line's item among items 1 to {@code items} only. */
	public static String order(int i, int items) {
		return """
				{"customerId": %d,
				 "shippingAddress": {"street": "%d Harbour Road", "zip": "02139", "city": "Cambridge"},
				 "billingAddress": {"street": "7 Ledger Lane", "zip": "10001", "city": "New York"},
				 "lines": [{"itemId": %d, "count": %d}, {"itemId": 6, "count": %d}]}"""
			.formatted(1 + i % 5, i, 1 + i % items, 1 + i % 3, 1 + i % 4);
	}

}
